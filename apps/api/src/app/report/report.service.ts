import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import {
  PdfUnavailableError,
  renderDocx,
  renderHtml,
  renderPdf,
  type ReportFormat,
  type ReportLang,
  type ReportScope,
  writeReport,
} from '@bs/api-report';
import { ReportDataService } from './report-data.service';

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export function scopeLabel(scope: ReportScope): string {
  return scope.kind === 'city' ? 'city' : `${scope.kind}-${scope.code}`;
}

/** The supervision report in one format: gathered, written in the language, rendered. */
@Injectable()
export class ReportService {
  constructor(@Inject(ReportDataService) private readonly data: ReportDataService) {}

  async render(opts: {
    fiscalYear?: number;
    asOf?: string;
    scope: ReportScope;
    lang: ReportLang;
    format: ReportFormat;
  }): Promise<RenderedReport> {
    const data = await this.data.gather(opts.fiscalYear, opts.asOf, opts.scope);
    const doc = writeReport(data, opts.lang);
    const base = `${opts.lang === 'zh' ? '监督报告' : 'supervision-report'}_${data.fiscalYear}_${scopeLabel(opts.scope)}_${data.asOf}`;
    let body: Buffer;
    if (opts.format === 'docx') body = await renderDocx(doc);
    else if (opts.format === 'html') body = Buffer.from(renderHtml(doc), 'utf8');
    else {
      try {
        body = await renderPdf(renderHtml(doc));
      } catch (e) {
        if (e instanceof PdfUnavailableError)
          throw new ServiceUnavailableException({
            code: 'PDF_UNAVAILABLE',
            message: '本服务器未安装 Chromium，无法生成 PDF；请选择 Word 或网页格式',
            messageEn: 'no Chromium on this server to print a PDF; choose DOCX or HTML',
          });
        throw e;
      }
    }
    return { body, contentType: TYPES[opts.format], fileName: `${base}.${opts.format}` };
  }
}

/** `city`, `district:150124` or `agency:101001`; null when the text is none of these. */
export function parseScope(text: string | undefined): ReportScope | null {
  if (!text || text === 'city') return { kind: 'city' };
  const m = /^(district|agency):([0-9A-Za-z]{1,64})$/.exec(text);
  return m ? { kind: m[1] as 'district' | 'agency', code: m[2] } : null;
}

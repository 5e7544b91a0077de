import { Inject, Injectable } from '@nestjs/common';
import { type ReportFormat, type ReportLang, type ReportScope, writeReport } from '@bs/api-report';
import { ReportDataService } from './report-data.service';
import { REPORT_TYPES, renderDocument } from './render-document';

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

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
    const body = await renderDocument(doc, opts.format);
    return { body, contentType: REPORT_TYPES[opts.format], fileName: `${base}.${opts.format}` };
  }
}

/** `city`, `district:150124` or `agency:101001`; null when the text is none of these. */
export function parseScope(text: string | undefined): ReportScope | null {
  if (!text || text === 'city') return { kind: 'city' };
  const m = /^(district|agency):([0-9A-Za-z]{1,64})$/.exec(text);
  return m ? { kind: m[1] as 'district' | 'agency', code: m[2] } : null;
}

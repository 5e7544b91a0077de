import { ServiceUnavailableException } from '@nestjs/common';
import {
  PdfUnavailableError,
  renderDocx,
  renderHtml,
  renderPdf,
  type ReportDocument,
  type ReportFormat,
} from '@bs/api-report';

export const REPORT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** A written document as Word, HTML or PDF (503 with a bilingual reason when no Chromium prints PDFs). */
export async function renderDocument(doc: ReportDocument, format: ReportFormat): Promise<Buffer> {
  if (format === 'docx') return renderDocx(doc);
  if (format === 'html') return Buffer.from(renderHtml(doc), 'utf8');
  try {
    return await renderPdf(renderHtml(doc));
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

/** One kept supervision report (GET /api/reports): monthly after the inbox, or kept by a user. */
export interface KeptReportDto {
  id: number;
  fiscalYear: number;
  /** YYYY-MM-DD. */
  asOf: string;
  /** `city`, `district:150124` or `agency:101001`. */
  scope: string;
  lang: 'zh' | 'en';
  format: 'docx' | 'pdf' | 'html';
  /** The name the download carries. */
  fileName: string;
  size: number | null;
  sha256: string | null;
  status: 'generating' | 'ready' | 'failed';
  error: string | null;
  /** ISO timestamp (UTC). */
  generatedAt: string;
  /** `inbox` (the monthly schedule) or a username. */
  generatedBy: string;
}

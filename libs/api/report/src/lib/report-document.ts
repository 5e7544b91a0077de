/** A report as headings, plain sentences and tables; rendered to HTML, DOCX or PDF. */
export interface ReportTable {
  head: string[];
  rows: string[][];
  /** Columns of figures are right-aligned. */
  numeric: boolean[];
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  table?: ReportTable;
}

export interface ReportDocument {
  lang: 'zh' | 'en';
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

/** A report as headings, plain sentences and tables; rendered to HTML, DOCX or PDF. */
export interface ReportTable {
  head: string[];
  rows: string[][];
  /** Columns of figures are right-aligned. */
  numeric: boolean[];
}

/** A chart drawn on the server (ECharts SSR): SVG, inline in HTML/PDF, an image in Word. */
export interface ReportChart {
  svg: string;
  /** Pixels (CSS px at 96 dpi). */
  width: number;
  height: number;
  caption: string;
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  chart?: ReportChart;
  table?: ReportTable;
}

export interface ReportDocument {
  lang: 'zh' | 'en';
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

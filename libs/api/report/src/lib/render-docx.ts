import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartPng } from './chart-png';
import type { ReportChart, ReportDocument, ReportTable } from './report-document';

const FONT_ZH = 'SimSun';
const A4 = { width: 11906, height: 16838 }; // twips
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function table(t: ReportTable): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (v, i) =>
          new TableCell({
            borders: { top: border, bottom: border, left: border, right: border },
            shading: header ? { fill: 'F0F0F0' } : undefined,
            children: [
              new Paragraph({
                alignment: t.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text: v, bold: header, size: 20 })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(t.head, true), ...t.rows.map((r) => row(r, false))],
  });
}

/**
 * The report as a Word document that opens and edits in Word and WPS: A4, heading styles (so the
 * table of contents and the navigation pane work), page numbers in the footer.
 */
/** The chart as an SVG image with its PNG fallback and caption; nothing when no PNG can be made. */
async function chart(c: ReportChart): Promise<Paragraph[]> {
  const png = await chartPng(c);
  if (!png) return [];
  // 15 cm wide on the page, the chart's proportions kept (docx sizes images in pixels at 96 dpi).
  const width = 567;
  const height = Math.round((width * c.height) / c.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(c.svg, 'utf8'),
          fallback: { type: 'png', data: png },
          transformation: { width, height },
          altText: { title: c.caption, description: c.caption, name: 'chart' },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: c.caption, color: '555555', size: 19 })],
    }),
  ];
}

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const zh = doc.lang === 'zh';
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(doc.title)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: doc.subtitle, color: '555555' })],
    }),
    new Paragraph({ children: [new TextRun({ text: zh ? '目录' : 'Contents', bold: true })] }),
    new TableOfContents(zh ? '目录' : 'Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.heading)] }));
    for (const p of s.paragraphs)
      children.push(
        new Paragraph({
          indent: zh ? { firstLine: 480 } : undefined,
          spacing: { after: 120 },
          children: [new TextRun(p)],
        }),
      );
    if (s.chart) children.push(...(await chart(s.chart)));
    if (s.table) {
      children.push(table(s.table));
      children.push(new Paragraph({ children: [] }));
    }
  }
  const document = new Document({
    creator: zh ? '预算和国有资产联网监督系统' : 'Budget and state-asset supervision system',
    title: doc.title,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: zh ? FONT_ZH : 'Calibri', size: 22 } } },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [zh ? '第 ' : 'Page ', PageNumber.CURRENT, zh ? ' 页' : ''] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

import type { ReportChart, ReportDocument, ReportTable } from './report-document';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function table(t: ReportTable): string {
  // Short columns (severity, status, dates, figures) never wrap; the long ones take the rest.
  const short = t.head.map(
    (h, i) => t.numeric[i] || [h, ...t.rows.map((r) => r[i] ?? '')].every((v) => v.length <= 10),
  );
  const cls = (i: number) => [t.numeric[i] ? 'num' : '', short[i] ? 'short' : ''].filter(Boolean).join(' ');
  const cell = (tag: 'th' | 'td', v: string, i: number) =>
    `<${tag}${cls(i) ? ` class="${cls(i)}"` : ''}>${esc(v)}</${tag}>`;
  return `<table><thead><tr>${t.head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${t.rows
    .map((r) => `<tr>${r.map((v, i) => cell('td', v, i)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** The server-drawn SVG inline (ECharts output, no script), with its caption. */
function figure(c: ReportChart): string {
  return `<figure class="chart">${c.svg}<figcaption>${esc(c.caption)}</figcaption></figure>`;
}

/** A self-contained A4 page (print stylesheet included): what the PDF is printed from. */
export function renderHtml(doc: ReportDocument): string {
  const body = doc.sections
    .map(
      (s) =>
        `<section><h2>${esc(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${s.chart ? figure(s.chart) : ''}${s.table ? table(s.table) : ''}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${esc(doc.title)}</title>
<style>
  @page { size: A4; margin: 20mm 18mm; }
  body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "WenQuanYi Micro Hei", serif; font-size: 11pt; line-height: 1.7; color: #111; max-width: 180mm; margin: 0 auto; }
  h1 { font-size: 18pt; text-align: center; margin: 0 0 4pt; }
  .subtitle { text-align: center; color: #555; margin: 0 0 18pt; }
  h2 { font-size: 13pt; margin: 16pt 0 6pt; }
  section { break-inside: auto; }
  figure.chart { margin: 8pt 0; text-align: center; break-inside: avoid; }
  figure.chart svg { max-width: 100%; height: auto; }
  figcaption { font-size: 9.5pt; color: #555; }
  section + section h2 { break-before: auto; }
  p { margin: 0 0 6pt; text-indent: ${doc.lang === 'zh' ? '2em' : '0'}; }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 10pt; }
  th, td { border: 1px solid #999; padding: 3pt 6pt; text-align: left; }
  th { background: #f0f0f0; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .short { white-space: nowrap; }
  tr { break-inside: avoid; }
</style>
</head>
<body>
<h1>${esc(doc.title)}</h1>
<p class="subtitle">${esc(doc.subtitle)}</p>
${body}
</body>
</html>
`;
}

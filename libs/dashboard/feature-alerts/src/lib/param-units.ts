/**
 * How a rule parameter is shown and entered: ratios as percentages, large yuan amounts in 万元,
 * small ones (materiality) in 元, days and counts as they are. Pure; both directions exact to
 * the precision the server keeps (yuan to the cent, ratios to 1e-6).
 */
export interface ParamDef {
  name: string;
  default: number;
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
  labelZh: string;
  labelEn: string;
}

export type DisplayUnit = '%' | '万元' | '元' | 'days' | 'count' | 'raw';

export function displayUnit(d: ParamDef): DisplayUnit {
  if (d.unit === 'ratio') return '%';
  if (d.unit === 'yuan') return d.default >= 10_000 ? '万元' : '元';
  if (d.unit === 'days') return 'days';
  return d.unit === 'count' ? 'count' : 'raw';
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Stored value → the number in the input. */
export function toDisplay(d: ParamDef, value: number): number {
  switch (displayUnit(d)) {
    case '%':
      return round(value * 100, 4);
    case '万元':
      return round(value / 10_000, 6);
    default:
      return value;
  }
}

/** The number typed → the stored value (NaN stays NaN for the form to flag). */
export function fromDisplay(d: ParamDef, shown: number): number {
  if (!Number.isFinite(shown)) return NaN;
  switch (displayUnit(d)) {
    case '%':
      return round(shown / 100, 6);
    case '万元':
      return round(shown * 10_000, 2);
    case '元':
      return round(shown, 2);
    default:
      return shown;
  }
}

/** The input's step: whole days and counts, else any. */
export function stepOf(d: ParamDef): string {
  return d.integer || d.unit === 'days' || d.unit === 'count' ? '1' : 'any';
}

/** A problem the browser can see before asking the server (range, whole number), or null. */
export function localProblem(d: ParamDef, stored: number): 'required' | 'range' | 'integer' | null {
  if (!Number.isFinite(stored)) return 'required';
  if ((d.integer || d.unit === 'days' || d.unit === 'count') && !Number.isInteger(stored)) return 'integer';
  if (stored < d.min || stored > d.max) return 'range';
  return null;
}

/**
 * The server's issues (`highLagThreshold must be ≥ lagThreshold`, `minAmount must be between …`)
 * per parameter: an issue belongs to every parameter it names, its keys replaced by labels.
 */
/** The engine's English issue phrases in Chinese (the labels are put in by issuesByParam). */
export function issueZh(text: string): string {
  return text
    .replace(/ must be ≥ /g, ' 须不小于 ')
    .replace(/ must be ≤ /g, ' 须不大于 ')
    .replace(/ must be > /g, ' 须大于 ')
    .replace(/ must be < /g, ' 须小于 ')
    .replace(/ must be between (\S+) and (\S+)/g, ' 须在 $1 与 $2 之间')
    .replace(/ must be a whole number/g, ' 须为整数')
    .replace(/ must be a finite number/g, ' 须为数字')
    .replace(/^unknown param /, '未知参数 ');
}

export function issuesByParam(
  issues: readonly string[],
  defs: readonly ParamDef[],
  label: (d: ParamDef) => string,
  zh = false,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const named = (issue: string, name: string) => new RegExp(`(^|[^\\w])${name}([^\\w]|$)`).test(issue);
  for (const issue of issues) {
    const hit = defs.filter((d) => named(issue, d.name));
    let text = issue;
    for (const d of [...defs].sort((a, b) => b.name.length - a.name.length))
      text = text.replace(new RegExp(`\\b${d.name}\\b`, 'g'), `“${label(d)}”`);
    if (zh) text = issueZh(text);
    for (const d of hit.length ? hit : defs.slice(0, 1)) (out[d.name] ??= []).push(text);
  }
  return out;
}

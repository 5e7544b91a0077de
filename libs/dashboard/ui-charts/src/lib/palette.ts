/** Colours with meaning: on track, slightly behind, far behind / risky. */
export const COLORS = {
  primary: '#2f6fde',
  secondary: '#8fb3f0',
  ok: '#2e9d6a',
  warn: '#e49b0f',
  danger: '#d14343',
  muted: '#98a2b3',
  text: '#344054',
} as const;

/** ECharts tooltips render HTML: escape anything that came from data. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Colour for a spending rate compared with the share of the year elapsed. */
export function lagColor(rate: number | null | undefined, timeProgress: number | null | undefined): string {
  if (rate === null || rate === undefined || timeProgress === null || timeProgress === undefined)
    return COLORS.muted;
  if (rate < timeProgress - 0.2) return COLORS.danger;
  if (rate < timeProgress - 0.1) return COLORS.warn;
  return COLORS.ok;
}

export function percentLabel(value: number, digits = 0): string {
  return `${(value * 100).toFixed(digits)}%`;
}

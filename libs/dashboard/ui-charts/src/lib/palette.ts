import type { Band } from '@bs/shared-model';

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

export function percentLabel(value: number, digits = 0): string {
  return `${(value * 100).toFixed(digits)}%`;
}

/** Band colours (same hues as styles.css `.band-*`); the band itself comes from the API. */
export const BAND_COLORS: Record<Band, string> = {
  ok: '#2e9d6a',
  warning: '#e49b0f',
  high: '#d14343',
  critical: '#7a271a',
};

export function bandColor(band: Band | null | undefined): string {
  return band ? BAND_COLORS[band] : COLORS.muted;
}

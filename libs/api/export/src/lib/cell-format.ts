import Decimal from 'decimal.js';

const SHANGHAI = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** An ISO timestamp as local time in Asia/Shanghai, `2025-07-01 01:00:00`; other text unchanged. */
export function localDateTime(value: string | number): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value) : SHANGHAI.format(d);
}

/** A ratio as a percentage with one decimal, exactly rounded: `0.97145` → `97.1%`, `3` → `300.0%`. */
export function percentText(value: string | number): string {
  try {
    return `${new Decimal(value).times(100).toFixed(1)}%`;
  } catch {
    return String(value);
  }
}

/** A difference of two ratios in percentage points with one decimal: `0.1234` → `12.3`. */
export function percentPoints(value: number | string | null): number | null {
  return value === null ? null : Number(new Decimal(value).times(100).toFixed(1));
}

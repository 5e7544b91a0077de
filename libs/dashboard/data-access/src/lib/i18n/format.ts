import { formatWanYi, toCents } from '@bs/shared-model';
import type { Lang } from './i18n.service';

/** Dash shown for a missing value, in every language. */
export const NONE = '—';

/** Exact yuan with thousands separators, from the decimal string (no float on the way). */
export function formatExactYuan(value: string, lang: Lang): string {
  const cents = toCents(value);
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${neg ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
  return lang === 'zh-CN' ? `${text} 元` : `${text} yuan`;
}

/** 万元/亿元 with the unit written (shared helper), or a dash. */
export function formatMoneyShort(value: string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return NONE;
  return formatWanYi(value, lang === 'zh-CN' ? 'zh' : 'en');
}

/**
 * Money as a number of 万元 for chart axes only (display, never summed or stored):
 * rounded to whole yuan on BigInt first so the float carries no more than 2 decimals of 万元.
 */
export function moneyToWan(value: string | null | undefined): number {
  if (!value) return 0;
  // Half away from zero on both sides (BigInt division truncates toward zero).
  const cents = toCents(value);
  const yuan = (cents < 0n ? cents - 50n : cents + 50n) / 100n;
  return Number(yuan) / 10_000;
}

export function localeOf(lang: Lang): string {
  return lang === 'zh-CN' ? 'zh-CN' : 'en-US';
}

export function formatNumber(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NONE;
  return new Intl.NumberFormat(localeOf(lang), {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/** A ratio as a percentage: 0.4567 → "45.7%". */
export function formatPercent(ratio: number | null | undefined, lang: Lang, digits = 1): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return NONE;
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(ratio);
}

/** `YYYY-MM-DD` (or ISO timestamp) → localised date; dates are calendar days, so read them as UTC. */
export function formatDate(iso: string | null | undefined, lang: Lang, withTime = false): string {
  if (!iso) return NONE;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    // Times in the committee's clock (as the exports), whatever the browser's zone; dates as written.
    timeZone: withTime ? 'Asia/Shanghai' : 'UTC',
  }).format(date);
}

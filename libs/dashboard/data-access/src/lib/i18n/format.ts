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

/**
 * One unit for a whole table column (written once, in the header): Chinese 万元 or 亿元, English
 * thousand / million / billion yuan, 元 for exact voucher amounts. The cells then show bare figures.
 */
export type MoneyUnit = 'yuan' | 'wan' | 'yi' | 'thousand' | 'million' | 'billion';

/** Cents per unit. */
const UNIT_CENTS: Record<MoneyUnit, bigint> = {
  yuan: 100n,
  wan: 1_000_000n,
  yi: 10_000_000_000n,
  thousand: 100_000n,
  million: 100_000_000n,
  billion: 100_000_000_000n,
};

const UNIT_LABEL: Record<MoneyUnit, [string, string]> = {
  yuan: ['元', 'yuan'],
  wan: ['万元', '10,000 yuan'],
  yi: ['亿元', '100 million yuan'],
  thousand: ['千元', 'thousand yuan'],
  million: ['百万元', 'million yuan'],
  billion: ['十亿元', 'billion yuan'],
};

export function unitLabel(unit: MoneyUnit, lang: Lang): string {
  return UNIT_LABEL[unit][lang === 'zh-CN' ? 0 : 1];
}

/**
 * The unit a column of amounts reads best in: chosen by the median size, so most figures have one
 * to four digits before the point (a few large ones get more digits, never another unit).
 */
export function pickMoneyUnit(values: readonly (string | null | undefined)[], lang: Lang): MoneyUnit {
  const sizes = values
    .filter((v): v is string => !!v)
    .map((v) => {
      const c = toCents(v);
      return c < 0n ? -c : c;
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const median = sizes.length ? sizes[Math.floor(sizes.length / 2)] : 0n;
  if (lang === 'zh-CN') return median >= UNIT_CENTS.yi ? 'yi' : 'wan';
  if (median >= UNIT_CENTS.billion) return 'billion';
  return median >= UNIT_CENTS.million ? 'million' : 'thousand';
}

/** A figure in the column's unit, two decimals, thousands separators, no unit word (it is in the header). */
export function formatMoneyIn(value: string | null | undefined, unit: MoneyUnit): string {
  if (value === null || value === undefined || value === '') return NONE;
  const cents = toCents(value);
  const abs = cents < 0n ? -cents : cents;
  const div = UNIT_CENTS[unit];
  const scaled = (abs * 100n + div / 2n) / div;
  const whole = (scaled / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${whole}.${(scaled % 100n).toString().padStart(2, '0')}`;
  return cents < 0n && scaled > 0n ? `-${text}` : text;
}

/**
 * Chart labels without the prefix most names share (the city, 呼和浩特市…): a name keeps its own
 * part; the full name stays in the tooltip. A prefix is the text up to the first 市/盟 within six
 * characters, dropped when at least a third of the names (and two or more) start with it.
 */
export function shortLabels(names: readonly string[]): string[] {
  const prefixOf = (n: string): string | null => {
    const m = n.slice(0, 7).match(/^[^市盟]{1,6}[市盟]/);
    return m && m[0].length < n.length ? m[0] : null;
  };
  const counts = new Map<string, number>();
  for (const n of names) {
    const p = prefixOf(n);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const common = new Set(
    [...counts.entries()].filter(([, c]) => c >= 2 && c * 3 >= names.length).map(([p]) => p),
  );
  return names.map((n) => {
    const p = prefixOf(n);
    return p && common.has(p) ? n.slice(p.length) : n;
  });
}

/** A filter's number field: null when empty, else the number, or 'invalid' for text like "abc". */
export function parseAmountField(text: string | null | undefined): number | null | 'invalid' {
  const t = (text ?? '').trim().replace(/,/g, '');
  if (!t) return null;
  if (!/^-?\d+(\.\d+)?$/.test(t)) return 'invalid';
  return Number(t);
}

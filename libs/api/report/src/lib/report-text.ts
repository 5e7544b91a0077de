import { formatWanYi, toCents } from '@bs/shared-model';
import type { ReportLang } from './report-data';

/** 万元/亿元 (zh) or thousand/million yuan (en), the unit written. */
export const money = (v: string, lang: ReportLang): string => formatWanYi(v, lang);

/** Exact yuan with separators (the appendix: checkable against the ledger). */
export function exactYuan(v: string): string {
  const cents = toCents(v);
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** A ratio as a percentage with one decimal. */
export const pct = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** Percentage points between two ratios, one decimal. */
export const points = (r: number): string => (r * 100).toFixed(1);

export function date(iso: string, lang: ReportLang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[m - 1]} ${y}`;
}

export interface MoneyUnit {
  /** Cents per unit. */
  cents: bigint;
  zh: string;
  en: string;
}
const YI: MoneyUnit = { cents: 10_000_000_000n, zh: '亿元', en: '100 million yuan' };
const WAN: MoneyUnit = { cents: 1_000_000n, zh: '万元', en: '10 thousand yuan' };
const MILLION: MoneyUnit = { cents: 100_000_000n, zh: '百万元', en: 'million yuan' };

/** One unit for a whole column (a column never mixes 亿元 and 万元): 亿元 once any value reaches 1亿. */
export function columnUnit(values: readonly string[], lang: ReportLang): MoneyUnit {
  if (lang === 'en') return MILLION;
  const max = values.reduce((m, v) => {
    const c = toCents(v);
    const a = c < 0n ? -c : c;
    return a > m ? a : m;
  }, 0n);
  return max >= YI.cents ? YI : WAN;
}

/** A money value in the column's unit, two decimals, rounded half up, with separators. */
export function inUnit(v: string, unit: MoneyUnit): string {
  const c = toCents(v);
  const neg = c < 0n;
  const abs = neg ? -c : c;
  const scaled = (abs * 100n + unit.cents / 2n) / unit.cents;
  const whole = (scaled / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg && scaled > 0n ? '-' : ''}${whole}.${(scaled % 100n).toString().padStart(2, '0')}`;
}

export const unitName = (u: MoneyUnit, lang: ReportLang): string => (lang === 'zh' ? u.zh : u.en);

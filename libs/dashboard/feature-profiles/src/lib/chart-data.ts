import { formatPercent, moneyToWan, type Lang } from '@bs/dashboard-data-access';
import type { ExecutionRow } from '@bs/shared-model';

/** Short month names in the page's language (1月 / Jan). */
export function monthLabels(lang: Lang): string[] {
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  return Array.from({ length: 12 }, (_, i) =>
    new Date(2024, i, 1).toLocaleString(locale, { month: 'short' }),
  );
}

/** The largest rows by budget (or spending), for a readable chart. */
export function topRows(rows: readonly ExecutionRow[], n = 10): ExecutionRow[] {
  return [...rows]
    .sort(
      (a, b) => moneyToWan(b.budget) + moneyToWan(b.executed) - moneyToWan(a.budget) - moneyToWan(a.executed),
    )
    .slice(0, n);
}

/** `—`-safe percent with the language's format. */
export function pct(value: number | null | undefined, lang: Lang): string {
  return formatPercent(value, lang);
}

/** Change of a against b as a ratio; null when b is zero. */
export function change(a: string, b: string): number | null {
  const x = Number(a);
  const y = Number(b);
  return y === 0 ? null : (x - y) / y;
}

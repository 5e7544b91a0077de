/**
 * Exact money helpers on decimal strings (two decimals). BigInt cents, never floats.
 */
const MONEY_RE = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

export function toCents(value: string): bigint {
  const m = MONEY_RE.exec(value.trim());
  if (!m) throw new Error(`not a money value: ${value}`);
  const cents = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const s = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

export function addMoney(...values: string[]): string {
  return fromCents(values.reduce((acc, v) => acc + toCents(v), 0n));
}

/** Display in 万元 / 亿元 with the unit written; exact value stays available to the caller. */
export function formatWanYi(value: string, locale: 'zh' | 'en' = 'zh'): string {
  const cents = toCents(value);
  const abs = cents < 0n ? -cents : cents;
  const yi = 10_000_000_000n; // 1亿元 in cents
  const wan = 1_000_000n; // 1万元 in cents
  const [div, unit] = abs >= yi ? [yi, locale === 'zh' ? '亿元' : '100M yuan'] : [wan, locale === 'zh' ? '万元' : '10k yuan'];
  // Two decimals of the unit, rounded half up, computed on integers.
  const scaled = (abs * 100n + div / 2n) / div;
  const text = `${scaled / 100n}.${(scaled % 100n).toString().padStart(2, '0')}`;
  return `${cents < 0n ? '-' : ''}${text} ${unit}`;
}

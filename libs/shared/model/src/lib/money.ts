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

/** Two decimals of `abs / div`, rounded half up on integers, with thousands separators in the whole part. */
function scaledText(abs: bigint, div: bigint, separators: boolean): string {
  const scaled = (abs * 100n + div / 2n) / div;
  const whole = (scaled / 100n).toString();
  return `${separators ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${(scaled % 100n).toString().padStart(2, '0')}`;
}

/**
 * Display with the unit written; the exact value stays available to the caller.
 * Chinese uses 万元 / 亿元 (≥ 1亿), and 元 for non-zero amounts that would round to 0.00 万元. English readers do not think in 10^4, so English uses
 * the same magnitude in thousand / million / billion yuan (1亿元 = 100 million yuan).
 */
export function formatWanYi(value: string, locale: 'zh' | 'en' = 'zh'): string {
  const cents = toCents(value);
  const abs = cents < 0n ? -cents : cents;
  const sign = cents < 0n ? '-' : '';
  if (locale === 'zh') {
    const yi = 10_000_000_000n; // 1亿元 in cents
    const wan = 1_000_000n; // 1万元 in cents
    // A non-zero amount under 50 yuan would read "0.00 万元" (an overdue bond short by a few yuan
    // looks settled): such amounts are shown in 元.
    if (abs > 0n && abs < 5_000n) return `${sign}${scaledText(abs, 100n, true)} 元`;
    return abs >= yi
      ? `${sign}${scaledText(abs, yi, false)} 亿元`
      : `${sign}${scaledText(abs, wan, false)} 万元`;
  }
  const steps: [bigint, string][] = [
    [100_000_000_000n, 'billion yuan'], // 10亿元
    [100_000_000n, 'million yuan'], // 100万元
    [100_000n, 'thousand yuan'],
    [100n, 'yuan'],
  ];
  // Take the largest unit in which the rounded figure is at least 1.00 (so never "1,000.00 thousand").
  const [div, unit] = steps.find(([d]) => abs * 200n >= d * 199n) ?? [100n, 'yuan'];
  return `${sign}${scaledText(abs, div, true)} ${unit}`;
}

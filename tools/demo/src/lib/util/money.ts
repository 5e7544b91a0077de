/**
 * Money in the generator is integer cents held in a JS number. Sums stay far below
 * 2^53 (5M vouchers x 1M yuan = 5e13 cents), so integer arithmetic is exact; the
 * guard below makes an overflow loud instead of silently wrong.
 */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`cents not a safe integer: ${cents}`);
  const neg = cents < 0;
  const abs = neg ? -cents : cents;
  const yuan = Math.floor(abs / 100);
  const rest = abs - yuan * 100;
  return `${neg ? '-' : ''}${yuan}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Yuan (integer or with fraction given as cents) to cents, for literals in planted data. */
export function yuan(value: number): number {
  return Math.round(value * 100);
}

import { BadRequestException } from '@nestjs/common';

export const PAYMENT_SORTS = ['payDate', '-payDate', 'amount', '-amount'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

/** Where a keyset page starts: the last row's sort value and voucher number. */
export interface PaymentCursor {
  sort: PaymentSort;
  value: string;
  voucherNo: string;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY_RE = /^-?\d{1,16}\.\d{2}$/;

export function encodeCursor(c: PaymentCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.value, c.voucherNo]), 'utf8').toString('base64url');
}

/** An opaque cursor back to its parts; rejects tampered cursors and ones made for another sort. */
export function decodeCursor(raw: string, sort: PaymentSort): PaymentCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new BadRequestException('cursor is not valid');
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((p) => typeof p === 'string')) {
    throw new BadRequestException('cursor is not valid');
  }
  const [s, value, voucherNo] = parts as string[];
  if (s !== sort)
    throw new BadRequestException('cursor belongs to another sort order; start again without a cursor');
  const valueOk = sort.endsWith('payDate') ? DATE_RE.test(value) : MONEY_RE.test(value);
  if (!valueOk || voucherNo.length === 0 || voucherNo.length > 64)
    throw new BadRequestException('cursor is not valid');
  return { sort, value, voucherNo };
}

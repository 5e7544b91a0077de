/** Outcome of parsing one cell: canonical text (null = empty) or a reason in both languages. */
export type ParseResult =
  { ok: true; value: string | null } | { ok: false; reasonZh: string; reasonEn: string };

export const ok = (value: string | null): ParseResult => ({ ok: true, value });
export const fail = (reasonZh: string, reasonEn: string): ParseResult => ({ ok: false, reasonZh, reasonEn });

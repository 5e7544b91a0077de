import type { Role } from '@bs/shared-model';

/** Payees that are natural persons (payee_type individual): their name and account are personal data. */
export const INDIVIDUAL = 'individual';

/** Auditors and admins see individuals in full (each such read is audited); viewers see them masked. */
export function seesPersonalData(role: Role | string | null | undefined): boolean {
  return role === 'auditor' || role === 'admin';
}

/** 张三国 → 张*国, 张三 → 张*, a longer name keeps its first and last character. */
export function maskPersonName(name: string | null): string | null {
  if (name === null) return null;
  const chars = Array.from(name.trim());
  if (chars.length === 0) return name;
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 2, 3))}${chars[chars.length - 1]}`;
}

/** Only the last 4 digits of a bank account: 6222020012345678 → ****5678. */
export function maskAccount(account: string | null): string | null {
  if (account === null) return null;
  const s = account.replace(/\s+/g, '');
  return s.length <= 4 ? '****' : `****${s.slice(-4)}`;
}

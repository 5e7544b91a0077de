import { randomInt } from 'node:crypto';

// Printable, no quotes, backslash, `$` or spaces (safe to paste into shells and .env files);
// no look-alikes (0/O, 1/l/I).
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '-_.!@#%+=';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

/** A random password (default 24 characters, ~150 bits) with at least one of each class. */
export function generatePassword(length = 24): string {
  if (length < 20) throw new Error('generated passwords are at least 20 characters');
  for (;;) {
    let out = '';
    for (let i = 0; i < length; i++) out += ALL[randomInt(ALL.length)];
    if ([LOWER, UPPER, DIGITS, SYMBOLS].every((set) => [...out].some((c) => set.includes(c)))) return out;
  }
}

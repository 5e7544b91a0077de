import { generatePassword } from './generate-password';
import { hashPassword, verifyPassword } from './password-hash';
import { passwordProblem } from './password-policy';

describe('password hashing', () => {
  it('stores scrypt$N$r$p$salt$hash with the required parameters and verifies', async () => {
    const stored = await hashPassword('correct horse battery staple');
    const [alg, N, r, p, salt, key] = stored.split('$');
    expect([alg, N, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(key, 'base64')).toHaveLength(64);
    await expect(verifyPassword('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapl', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('same-password-1'), hashPassword('same-password-1')]);
    expect(a).not.toBe(b);
  });

  it('refuses malformed or hostile hashes without throwing', async () => {
    for (const bad of [
      '',
      'plain',
      'bcrypt$1$2$3$4$5',
      'scrypt$1048577$8$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==',
      'scrypt$32768$8$1$$',
    ]) {
      await expect(verifyPassword('x', bad)).resolves.toBe(false);
    }
  });
});

describe('generatePassword', () => {
  it('makes long printable passwords with every character class, all different', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p.length).toBeGreaterThanOrEqual(20);
      expect(p).toMatch(/^[\x21-\x7e]+$/);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[0-9]/);
      expect(p).not.toMatch(/["'`\\$ ]/);
      expect(passwordProblem(p)).toBeNull();
      seen.add(p);
    }
    expect(seen.size).toBe(200);
    expect(() => generatePassword(8)).toThrow();
  });
});

describe('passwordProblem', () => {
  it('refuses short, huge and control-character passwords', () => {
    expect(passwordProblem('short')).toMatch(/at least/);
    expect(passwordProblem('x'.repeat(300))).toMatch(/at most/);
    expect(passwordProblem('abcdefghijkl\n')).toMatch(/control/);
    expect(passwordProblem('一二三四五六七八九十百千')).toBeNull();
  });
});

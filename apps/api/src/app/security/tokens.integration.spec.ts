import * as jwt from 'jsonwebtoken';
import { PUBLIC_DEV_JWT_SECRET } from '@bs/api-core';
import type { TestApp } from '../testing/test-app';
import { send, startSecureApp, userOf } from './support';

// Issue 12 point 1 (forged tokens, tokens without exp) and point 11 (`sub` beyond int4).
jest.setTimeout(60_000);

describe('security: access tokens', () => {
  let t: TestApp;
  let adminId: number;
  let sid: string;

  beforeAll(async () => {
    t = await startSecureApp();
    const admin = await userOf(t, 'admin');
    const me = await send(t.base, 'GET', '/api/auth/me', { token: admin.accessToken });
    adminId = Number(me.json['id']);
    sid = String((jwt.decode(admin.accessToken) as Record<string, unknown>)['sid']);
  });
  afterAll(() => t?.close());

  const forge = (secret: string, claims: object, opts: jwt.SignOptions = {}) =>
    jwt.sign({ typ: 'access', username: 'x', role: 'admin', sid, ...claims }, secret, {
      algorithm: 'HS256',
      issuer: 'budget-supervision',
      subject: String(adminId),
      ...opts,
    });

  it('refuses an admin token forged with the public example secret', async () => {
    const r = await send(t.base, 'GET', '/api/users', {
      token: forge(PUBLIC_DEV_JWT_SECRET, {}, { expiresIn: 600 }),
    });
    expect(r.status).toBe(401);
  });

  it('refuses a correctly signed token without exp', async () => {
    const secret = t.config.jwtSecret ?? '';
    const r = await send(t.base, 'GET', '/api/users', { token: forge(secret, {}) });
    expect(r.status).toBe(401);
  });

  it('accepts the same token with exp (the refusals above are for the reasons named)', async () => {
    const secret = t.config.jwtSecret ?? '';
    const r = await send(t.base, 'GET', '/api/users', { token: forge(secret, {}, { expiresIn: 600 }) });
    expect(r.status).toBe(200);
  });

  it('answers 401, not 500, for a sub beyond int4', async () => {
    const secret = t.config.jwtSecret ?? '';
    for (const sub of ['2147483648', '99999999999999999999', '-1', '1e3']) {
      const r = await send(t.base, 'GET', '/api/auth/me', {
        token: forge(secret, {}, { expiresIn: 600, subject: sub }),
      });
      expect(r.status).toBe(401);
    }
  });
});

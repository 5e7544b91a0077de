import type { TestApp } from '../testing/test-app';
import { send, startSecureApp, userOf } from './support';

// Issue 12 point 5: logout, single-use refresh tokens with rotation (reuse revokes the family),
// revocation on password reset / role change / disable; the refresh cookie (issue 16 point 7).
jest.setTimeout(60_000);

describe('security: sessions', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof userOf>>;

  beforeAll(async () => {
    t = await startSecureApp();
    admin = await userOf(t, 'admin');
  });
  afterAll(() => t?.close());

  const me = (token: string) => send(t.base, 'GET', '/api/auth/me', { token });
  const refresh = (refreshToken: string) =>
    send(t.base, 'POST', '/api/auth/refresh', { body: { refreshToken } });

  it('login keeps its {accessToken, user} contract and sets an httpOnly SameSite=Strict cookie on /api/auth', async () => {
    const u = await userOf(t, 'viewer');
    const r = await send(t.base, 'POST', '/api/auth/login', {
      body: { username: u.username, password: u.password },
    });
    expect(r.json).toMatchObject({
      accessToken: expect.any(String),
      user: { username: u.username, role: 'viewer' },
    });
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^bs_refresh=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    // A new tab: no token in memory, the cookie alone brings the session back.
    const viaCookie = await send(t.base, 'POST', '/api/auth/refresh', {
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(viaCookie.status).toBe(200);
    expect((await me(String(viaCookie.json['accessToken']))).status).toBe(200);
  });

  it('logout ends the access token and the refresh token', async () => {
    const u = await userOf(t, 'viewer');
    expect((await me(u.accessToken)).status).toBe(200);
    const out = await send(t.base, 'POST', '/api/auth/logout', {
      token: u.accessToken,
      headers: { cookie: u.cookie },
    });
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/bs_refresh=;/);
    expect((await me(u.accessToken)).status).toBe(401);
    expect((await refresh(u.refreshToken)).status).toBe(401);
  });

  it('a refresh token works once; replaying a rotated one revokes the whole family', async () => {
    const u = await userOf(t, 'auditor');
    const first = await refresh(u.refreshToken);
    expect(first.status).toBe(200);
    const next = String(first.json['refreshToken']);
    expect(next).not.toBe(u.refreshToken);
    // Later (past the few seconds two tabs may race), the attacker replays the old token: refused,
    // and the family (the owner's new tokens too) dies.
    await t.db.ds.query(
      `UPDATE auth_session SET used_at = used_at - interval '1 minute' WHERE used_at IS NOT NULL`,
    );
    expect((await refresh(u.refreshToken)).status).toBe(401);
    expect((await refresh(next)).status).toBe(401);
    expect((await me(String(first.json['accessToken']))).status).toBe(401);
  });

  it('two tabs refreshing with the same cookie at once both stay logged in', async () => {
    const u = await userOf(t, 'viewer');
    const [a, b] = await Promise.all([refresh(u.refreshToken), refresh(u.refreshToken)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await me(String(b.json['accessToken']))).status).toBe(200);
  });

  it('a password reset, a role change and a disable each revoke the user’s sessions', async () => {
    for (const change of [{ resetPassword: true }, { role: 'auditor' }, { disabled: true }]) {
      const u = await userOf(t, 'viewer');
      const id = Number((await me(u.accessToken)).json['id']);
      const r = await send(t.base, 'PATCH', `/api/users/${id}`, { token: admin.accessToken, body: change });
      expect(r.status).toBe(200);
      expect((await me(u.accessToken)).status).toBe(401);
      expect((await refresh(u.refreshToken)).status).toBe(401);
    }
  });
});

import { Controller, Get, Global, INestApplication, Module, ValidationPipe } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { Public, Roles } from '@bs/api-core';
import { AuditLogService } from '@bs/api-db';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { RouteInventory } from './access/route-inventory';
import { AuthOverrides } from './auth/auth-options';
import { AuthModule } from './auth.module';
import { UsersService } from './users/users.service';

@Controller('probe')
class ProbeController {
  @Public() @Get('open') open() {
    return { ok: true };
  }
  @Roles('auditor') @Get('auditor') auditor() {
    return { ok: true };
  }
  @Get('undeclared') undeclared() {
    return { ok: true };
  }
  @Public() @Get('boom') boom(): never {
    throw new Error('secret detail /srv/app/db.ts:42');
  }
}

@Roles('viewer')
@Controller('cls')
class ClassRolesController {
  @Get() viewerOnly() {
    return { ok: true };
  }
  @Public() @Get('pub') open() {
    return { ok: true };
  }
}

const CONFIG = {
  jwtSecret: 'test-secret-0123456789abcdef0123456789',
  jwtTtlSeconds: 900,
  refreshTtlSeconds: 3600,
};

async function startApp(
  ds: DataSource,
  overrides: AuthOverrides = {},
): Promise<{ app: INestApplication; base: string }> {
  @Global()
  @Module({
    providers: [{ provide: DataSource, useValue: ds }, AuditLogService],
    exports: [DataSource, AuditLogService],
  })
  class TestDbModule {}
  @Module({ controllers: [ProbeController, ClassRolesController] })
  class ProbeModule {}
  const ref = await Test.createTestingModule({
    imports: [TestDbModule, AuthModule.register(CONFIG, overrides), ProbeModule],
  }).compile();
  const app = ref.createNestApplication({ logger: false, forceCloseConnections: true });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.listen(0, '127.0.0.1');
  return { app, base: `${await app.getUrl()}/api` };
}

interface Res {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

function client(base: string) {
  return async (
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<Res> => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
    if (opts.body !== undefined || opts.raw !== undefined) headers['content-type'] = 'application/json';
    const r = await fetch(`${base}${path}`, {
      method,
      headers,
      body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
    const text = await r.text();
    return {
      status: r.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      headers: r.headers,
    };
  };
}

// scrypt (N=2^15) costs ~100 ms per hash, more on a busy 2-core machine.
jest.setTimeout(30_000);

describe('AuthModule (HTTP, real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let call: ReturnType<typeof client>;
  const pw: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  async function login(username: string, password: string): Promise<Res> {
    return call('POST', '/auth/login', { body: { username, password } });
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ app } = await startApp(db.ds, { throttle: { minDelaySeconds: 0, freeFailures: 1000 } }));
    call = client(`${await app.getUrl()}/api`);
    const users = app.get(UsersService);
    for (const role of ['viewer', 'auditor', 'importer', 'admin'] as const) {
      const created = await users.create({ username: `t-${role}`, role }, { actor: 'test' });
      pw[role] = created.password ?? '';
    }
    for (const role of Object.keys(pw)) {
      const r = await login(`t-${role}`, pw[role]);
      expect(r.status).toBe(200);
      tokens[role] = String(r.body['accessToken']);
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  }, 30_000);

  it('logs in and answers LoginResponse; /auth/me returns the user', async () => {
    const r = await login('T-Viewer', pw['viewer']);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: { id: expect.any(Number), username: 't-viewer', role: 'viewer' },
    });
    const me = await call('GET', '/auth/me', { token: String(r.body['accessToken']) });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: expect.any(Number),
      username: 't-viewer',
      role: 'viewer',
      agencyCode: null,
      districtCode: null,
    });
  });

  it('refuses wrong passwords and unknown users alike, with bilingual messages, audited with the request id', async () => {
    const wrong = await call('POST', '/auth/login', {
      body: { username: 't-auditor', password: 'nope-nope-nope' },
      headers: { 'x-request-id': 'probe-req-0001' },
    });
    const unknown = await login('nobody-here', 'whatever-password');
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({
        message: '用户名或密码错误',
        messageEn: 'invalid username or password',
      });
    }
    expect(wrong.headers.get('x-request-id')).toBe('probe-req-0001');
    const rows: Array<{ actor: string; after: { outcome: string } }> = await db.ds.query(
      `SELECT actor, after FROM audit_log WHERE action = 'auth.login.failure' AND request_id = 'probe-req-0001'`,
    );
    expect(rows).toEqual([{ actor: 't-auditor', after: { outcome: 'wrong-password' } }]);
    // A success clears the failures of that account and address.
    expect((await login('t-auditor', pw['auditor'])).status).toBe(200);
    const left = await db.ds.query(`SELECT 1 FROM login_throttle WHERE username = 't-auditor'`);
    expect(left).toEqual([]);
  });

  it('slows repeated failures with growing delays (429 + Retry-After), never a hard lock', async () => {
    const small = await startApp(db.ds, {
      throttle: { freeFailures: 2, minDelaySeconds: 1, maxDelaySeconds: 900 },
    });
    const c = client(small.base);
    const users = app.get(UsersService);
    const { password } = await users.create({ username: 'slow-me', role: 'viewer' }, { actor: 'test' });
    const attempt = (username: string, pass: string) =>
      c('POST', '/auth/login', { body: { username, password: pass } });
    const later = () => db.ds.query(`UPDATE login_throttle SET next_allowed_at = now() - interval '1 ms'`);
    try {
      for (const name of ['slow-me', 'no-such-user']) {
        expect((await attempt(name, 'wrong-password-1')).status).toBe(401);
        const soon = await attempt(name, password ?? '');
        expect(soon.status).toBe(429); // 1 s spacing after a failure, known or unknown name alike
        await later();
        expect((await attempt(name, 'wrong-password-2')).status).toBe(401);
        await later();
        expect((await attempt(name, 'wrong-password-3')).status).toBe(401);
        const r = await attempt(name, password ?? '');
        expect(r.status).toBe(429);
        expect(r.body).toMatchObject({ messageEn: expect.stringMatching(/too many/), retryAfterSeconds: 2 });
        expect(r.headers.get('retry-after')).toBe('2');
      }
      await later();
      expect((await attempt('slow-me', password ?? '')).status).toBe(200);
      expect(await db.ds.query(`SELECT 1 FROM login_throttle WHERE username = 'slow-me'`)).toEqual([]);
      const [row] = await db.ds.query(
        `SELECT after->>'outcome' AS o FROM audit_log WHERE action = 'auth.login.failure' AND actor = 'no-such-user' ORDER BY id DESC LIMIT 1`,
      );
      expect(row.o).toBe('throttled');
    } finally {
      await small.app.close();
    }
  });

  it('validates the login body (400) before counting anything', async () => {
    expect((await call('POST', '/auth/login', { body: { username: 'x' } })).status).toBe(400);
    expect(
      (await call('POST', '/auth/login', { body: { username: 'x', password: 'y', extra: 1 } })).status,
    ).toBe(400);
    const bad = await call('POST', '/auth/login', { raw: '{"username":' });
    expect(bad.status).toBe(400);
    expect(bad.body['requestId']).toEqual(expect.any(String));
  });

  it('refreshes with a refresh token only', async () => {
    const r = await login('t-importer', pw['importer']);
    const refreshed = await call('POST', '/auth/refresh', { body: { refreshToken: r.body['refreshToken'] } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body['user']).toMatchObject({ username: 't-importer', role: 'importer' });
    expect((await call('GET', '/auth/me', { token: String(refreshed.body['accessToken']) })).status).toBe(
      200,
    );
    expect(
      (await call('POST', '/auth/refresh', { body: { refreshToken: r.body['accessToken'] } })).status,
    ).toBe(401);
    expect((await call('POST', '/auth/refresh', { body: { refreshToken: 'garbage' } })).status).toBe(401);
    // A refresh token is not an access token.
    expect((await call('GET', '/auth/me', { token: String(r.body['refreshToken']) })).status).toBe(401);
  });

  it('guards routes: deny by default, 401 without token, 403 for the wrong role, admin passes every @Roles', async () => {
    expect((await call('GET', '/probe/open')).status).toBe(200);
    expect((await call('GET', '/probe/auditor')).status).toBe(401);
    expect((await call('GET', '/probe/auditor', { token: 'not.a.jwt' })).status).toBe(401);
    expect((await call('GET', '/probe/auditor', { token: tokens['viewer'] })).status).toBe(403);
    expect((await call('GET', '/probe/auditor', { token: tokens['auditor'] })).status).toBe(200);
    expect((await call('GET', '/probe/auditor', { token: tokens['admin'] })).status).toBe(200);
    for (const t of [undefined, tokens['viewer'], tokens['admin']]) {
      const r = await call('GET', '/probe/undeclared', { token: t });
      expect(r.status).toBe(403);
      expect(r.body['messageEn']).toMatch(/declares no access/);
    }
    expect((await call('GET', '/cls', { token: tokens['viewer'] })).status).toBe(200);
    expect((await call('GET', '/cls', { token: tokens['importer'] })).status).toBe(403);
    expect((await call('GET', '/cls/pub')).status).toBe(200);
  });

  it('lists routes with their declared access; undeclared ones are reported', () => {
    const inv = app.get(RouteInventory);
    const routes = inv.list().map((r) => `${r.method} ${r.path} ${r.access.kind}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'post /api/auth/login public',
        'get /api/auth/me roles',
        'patch /api/users/{id} roles',
        'get /api/audit-log roles',
        'get /api/probe/undeclared undeclared',
        'get /api/cls/pub public',
      ]),
    );
    expect(inv.undeclared().map((r) => r.path)).toEqual(['/api/probe/undeclared']);
  });

  it('never leaks an unexpected error: 500 with a request id, no stack', async () => {
    const r = await call('GET', '/probe/boom', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(r.status).toBe(500);
    expect(r.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL',
      message: '内部错误',
      messageEn: 'internal error',
      requestId: expect.any(String),
    });
    expect(r.headers.get('x-request-id')).toBe(r.body['requestId']);
    expect(r.body['requestId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(r.body)).not.toMatch(/secret|db\.ts/);
  });

  it('gives every response a request id', async () => {
    const ok = await call('GET', '/probe/open');
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const denied = await call('GET', '/probe/auditor', { headers: { 'x-request-id': 'client-chosen-42' } });
    expect(denied.headers.get('x-request-id')).toBe('client-chosen-42');
    expect(denied.body['requestId']).toBe('client-chosen-42');
    const missing = await call('GET', '/no/such/route');
    expect(missing.status).toBe(404);
    expect(missing.body['requestId']).toEqual(expect.any(String));
  });

  describe('users API (admin)', () => {
    it('creates with a generated password shown once, validates, refuses duplicates', async () => {
      const admin = tokens['admin'];
      expect((await call('GET', '/users', { token: tokens['auditor'] })).status).toBe(403);
      const created = await call('POST', '/users', {
        token: admin,
        body: { username: 'Zhang.Wei', role: 'auditor' },
      });
      expect(created.status).toBe(201);
      expect(created.body['user']).toMatchObject({
        username: 'zhang.wei',
        role: 'auditor',
        disabled: false,
        lockedUntil: null,
      });
      const password = String(created.body['password']);
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect((await login('zhang.wei', password)).status).toBe(200);
      expect(
        (await call('POST', '/users', { token: admin, body: { username: 'zhang.wei', role: 'viewer' } }))
          .status,
      ).toBe(409);
      expect(
        (await call('POST', '/users', { token: admin, body: { username: 'a b', role: 'viewer' } })).status,
      ).toBe(400);
      expect(
        (await call('POST', '/users', { token: admin, body: { username: 'ok-name', role: 'root' } })).status,
      ).toBe(400);
      expect(
        (
          await call('POST', '/users', {
            token: admin,
            body: { username: 'ok-name', role: 'viewer', password: 'short' },
          })
        ).status,
      ).toBe(400);
      const chosen = await call('POST', '/users', {
        token: admin,
        body: { username: 'li.na', role: 'viewer', password: 'a-long-chosen-passphrase' },
      });
      expect(chosen.status).toBe(201);
      expect(chosen.body['password']).toBeNull();
      const list = await call('GET', '/users', { token: admin });
      expect(JSON.stringify(list.body)).not.toMatch(/scrypt|hash/i);
      const [row] = await db.ds.query(
        `SELECT after FROM audit_log WHERE action = 'user.create' AND target = 'user:zhang.wei'`,
      );
      expect(row.after).toEqual({ username: 'zhang.wei', role: 'auditor' });
    });

    it('changes roles and disables accounts, effective at once for live tokens, audited before → after', async () => {
      const admin = tokens['admin'];
      const created = await call('POST', '/users', {
        token: admin,
        body: { username: 'wang.fang', role: 'viewer' },
      });
      const id = (created.body['user'] as { id: number }).id;
      const t = String((await login('wang.fang', String(created.body['password']))).body['accessToken']);
      expect((await call('GET', '/probe/auditor', { token: t })).status).toBe(403);
      const promoted = await call('PATCH', `/users/${id}`, { token: admin, body: { role: 'auditor' } });
      expect(promoted.status).toBe(200);
      // A role change ends the user's sessions: log in again to get the new role.
      expect((await call('GET', '/probe/auditor', { token: t })).status).toBe(401);
      const t2 = String((await login('wang.fang', String(created.body['password']))).body['accessToken']);
      expect((await call('GET', '/probe/auditor', { token: t2 })).status).toBe(200);
      expect((await call('PATCH', `/users/${id}`, { token: admin, body: { disabled: true } })).status).toBe(
        200,
      );
      expect((await call('GET', '/auth/me', { token: t2 })).status).toBe(401);
      expect((await login('wang.fang', String(created.body['password']))).status).toBe(401);
      const reset = await call('PATCH', `/users/${id}`, {
        token: admin,
        body: { disabled: false, resetPassword: true },
      });
      expect((await login('wang.fang', String(reset.body['password']))).status).toBe(200);
      expect((await call('PATCH', `/users/999999`, { token: admin, body: { disabled: true } })).status).toBe(
        404,
      );
      expect(
        (await call('PATCH', `/users/99999999999`, { token: admin, body: { disabled: true } })).status,
      ).toBe(404);
      const log = await call('GET', `/audit-log?action=user.&actor=t-admin`, { token: admin });
      const mine = (
        log.body['items'] as Array<{
          action: string;
          target: string;
          before: unknown;
          after: unknown;
          requestId: string;
        }>
      ).filter((e) => e.target === 'user:wang.fang');
      expect(mine.map((e) => e.action)).toEqual([
        'user.password-reset',
        'user.enable',
        'user.disable',
        'user.role',
        'user.create',
      ]);
      expect(mine[3]).toMatchObject({
        before: { role: 'viewer' },
        after: { role: 'auditor' },
        requestId: expect.any(String),
      });
    });

    it('keeps at least one enabled admin', async () => {
      const me = await call('GET', '/auth/me', { token: tokens['admin'] });
      const id = Number(me.body['id']);
      const r = await call('PATCH', `/users/${id}`, { token: tokens['admin'], body: { role: 'viewer' } });
      expect(r.status).toBe(409);
      expect(r.body['messageEn']).toMatch(/admin/);
    });
  });

  it('serves the audit log to admins only, filtered and paged', async () => {
    expect((await call('GET', '/audit-log', { token: tokens['auditor'] })).status).toBe(403);
    const all = await call('GET', '/audit-log?pageSize=3', { token: tokens['admin'] });
    expect(all.status).toBe(200);
    expect((all.body['items'] as unknown[]).length).toBe(3);
    const total = Number(all.body['total']);
    expect(total).toBeGreaterThan(10);
    const page2 = await call('GET', '/audit-log?pageSize=3&page=2', { token: tokens['admin'] });
    const ids = (x: Res) => (x.body['items'] as Array<{ id: string }>).map((i) => BigInt(i.id));
    expect(Math.min(...ids(all).map(Number))).toBeGreaterThan(Math.max(...ids(page2).map(Number)));
    const beyond = await call('GET', '/audit-log?pageSize=3&page=10000', { token: tokens['admin'] });
    expect(beyond.body).toEqual({ items: [], total });
    const logins = await call('GET', '/audit-log?action=auth.login.success&actor=t-viewer', {
      token: tokens['admin'],
    });
    expect(Number(logins.body['total'])).toBe(2);
    const today = new Date().toISOString().slice(0, 10);
    const inRange = await call('GET', `/audit-log?from=2000-01-01&to=${today}`, { token: tokens['admin'] });
    expect(Number(inRange.body['total'])).toBeGreaterThanOrEqual(total);
    const none = await call('GET', '/audit-log?to=2000-01-01', { token: tokens['admin'] });
    expect(none.body).toEqual({ items: [], total: 0 });
    expect((await call('GET', '/audit-log?from=yesterday', { token: tokens['admin'] })).status).toBe(400);
    expect((await call('GET', '/audit-log?pageSize=100000', { token: tokens['admin'] })).status).toBe(400);
  });
});

import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { UsersService } from '@bs/api-auth';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * The real application on a throwaway database, its JSON logs captured line by line: every request
 * leaves one line with its id, method, URL, status and duration; the id is the caller's when valid
 * and always echoed; secrets (Authorization, cookies, passwords) never reach the log.
 */

interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  req?: { id?: string; method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  [key: string]: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request logging (pino, X-Request-Id)', () => {
  let testApp: TestApp;
  let base: string;
  const password = 'Log-Secret_Pw.2024-abcdefgh';
  const raw: string[] = [];
  const sink = { write: (chunk: string) => void raw.push(chunk) };

  const lines = (): LogLine[] =>
    raw
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LogLine);

  /** The request line is written when the response finishes, which may be just after fetch resolves. */
  async function requestLine(id: string): Promise<LogLine> {
    for (let i = 0; i < 100; i++) {
      const found = lines().find((l) => l.req?.id === id && l.res);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no request log line with id ${id}:\n${raw.join('')}`);
  }

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { LOG_LEVEL: 'info' },
      module: { log: { destination: sink } },
      nest: { bufferLogs: true },
      prepare: (app) => app.useLogger(app.get(Logger)),
    });
    base = testApp.base;
    await testApp.app
      .get(UsersService)
      .create({ username: 'log-auditor', role: 'auditor', password }, { actor: 'test' });
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
  }, 60_000);

  it('writes one JSON line per request with id, method, url, status and response time', async () => {
    const r = await fetch(`${base}/api/health?probe=1`, { headers: { 'X-Request-Id': 'probe-1.A_b' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-request-id')).toBe('probe-1.A_b');
    const line = await requestLine('probe-1.A_b');
    expect(line).toMatchObject({
      level: 30,
      req: { id: 'probe-1.A_b', method: 'GET', url: '/api/health?probe=1' },
      res: { statusCode: 200 },
    });
    expect(typeof line.responseTime).toBe('number');
    expect(line.responseTime).toBeGreaterThanOrEqual(0);
    expect(typeof line['time']).toBe('string');
  });

  it('generates a UUID when the caller sends none, and logs client errors at warn', async () => {
    const r = await fetch(`${base}/api/alerts`);
    expect(r.status).toBe(401);
    const id = r.headers.get('x-request-id') ?? '';
    expect(id).toMatch(UUID);
    // The error body, the response header and the log line carry the same id.
    expect(((await r.json()) as { requestId?: string }).requestId).toBe(id);
    expect(await requestLine(id)).toMatchObject({
      level: 40,
      req: { method: 'GET', url: '/api/alerts' },
      res: { statusCode: 401 },
    });
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['spaces', 'two words'],
    ['quotes and markup', '"><script>'],
    ['a forged log field', 'x","level":60,"y'],
  ])('replaces an invalid incoming id (%s) with a UUID', async (_what, bad) => {
    const r = await fetch(`${base}/api/health`, { headers: { 'X-Request-Id': bad } });
    const id = r.headers.get('x-request-id') ?? '';
    expect(id).toMatch(UUID);
    expect((await requestLine(id)).req?.url).toBe('/api/health');
    expect(raw.join('')).not.toContain(bad);
  });

  it('never logs the Authorization header, cookies, passwords or bodies', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Request-Id': 'login-1' },
      body: JSON.stringify({ username: 'log-auditor', password }),
    });
    expect(login.status).toBe(200);
    const { accessToken, refreshToken } = (await login.json()) as {
      accessToken: string;
      refreshToken: string;
    };
    const me = await fetch(`${base}/api/auth/me`, {
      headers: {
        authorization: `Bearer ${accessToken}`,
        cookie: 'session=cookie-secret-value',
        'X-Request-Id': 'me-1',
      },
    });
    expect(me.status).toBe(200);
    expect(await requestLine('login-1')).toMatchObject({ req: { method: 'POST', url: '/api/auth/login' } });
    expect(await requestLine('me-1')).toMatchObject({ res: { statusCode: 200 } });
    // A hand-written log of an object holding secrets is redacted too.
    new NestLogger('test').log({ headers: { authorization: `Bearer ${accessToken}` }, password });

    const all = raw.join('');
    expect(all).not.toContain(accessToken);
    expect(all).not.toContain(refreshToken);
    expect(all).not.toContain(password);
    expect(all).not.toContain('cookie-secret-value');
    expect(all).not.toMatch(/bearer/i);
  });

  it('sends the application’s own logs through the same JSON logger', () => {
    new NestLogger('startup').log('demo account: viewer / Abcdefghijkmnopqrstuv-2 (viewer)');
    expect(lines()).toContainEqual(
      expect.objectContaining({
        context: 'startup',
        msg: 'demo account: viewer / Abcdefghijkmnopqrstuv-2 (viewer)',
      }),
    );
  });
});

import { request } from 'node:http';
import type { Role } from '@bs/shared-model';
import { UsersService } from '@bs/api-auth';
import { startTestApp, TestApp, TestAppOptions } from '../testing/test-app';

/** The real app served exactly as main.ts serves it (helmet, CSP, body limits), on a throwaway database. */
export function startSecureApp(opts: TestAppOptions = {}): Promise<TestApp> {
  return startTestApp({
    http: true,
    nest: { logger: false },
    ...opts,
    env: { LOG_LEVEL: 'silent', ...opts.env },
  });
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
}

/** One HTTP request with node:http (so the client address can be chosen: any 127.x.y.z is loopback). */
export function send(
  base: string,
  method: string,
  path: string,
  opts: {
    body?: unknown;
    raw?: string | Buffer;
    token?: string;
    headers?: Record<string, string>;
    from?: string;
  } = {},
): Promise<Reply> {
  const url = new URL(path, base);
  const body = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  const headers: Record<string, string> = { ...opts.headers };
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers,
        localAddress: opts.from,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Record<string, unknown> = {};
          try {
            json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A user of the role with a generated password, logged in: its password and tokens. */
export async function userOf(
  t: TestApp,
  role: Role,
  username = `sec-${role}-${Math.random().toString(36).slice(2, 8)}`,
): Promise<{
  username: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  cookie: string;
}> {
  const { password } = await t.app.get(UsersService).create({ username, role }, { actor: 'test' });
  const r = await send(t.base, 'POST', '/api/auth/login', { body: { username, password } });
  if (r.status !== 200) throw new Error(`login of ${username} failed: ${r.status} ${r.text}`);
  const setCookie = r.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : (setCookie ?? '')).split(';')[0];
  return {
    username,
    password: password ?? '',
    accessToken: String(r.json['accessToken']),
    refreshToken: String(r.json['refreshToken']),
    cookie,
  };
}

import { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ALERT_READERS, READERS, ALL_ROLES } from '@bs/api-core';
import { RouteInfo, RouteInventory, TokenService, UsersService, roleAllowed } from '@bs/api-auth';
import { ROLES, type Role } from '@bs/shared-model';
import { setupOpenApi } from './openapi';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * Builds the real application (AppModule.register on a throwaway database) and checks, for every
 * route anyone adds: the OpenAPI document and Nest's routes match (drift), and the guard answers
 * 401/403 exactly as the route metadata — and, for the routes of interfaces.md, the spec — says.
 */

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', ...ROLES];
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** interfaces.md, by hand: who may call each route (admin passes all). Paths ignore parameter names. */
const SPEC: Array<{ op: string | RegExp; who: 'public' | readonly Role[] }> = [
  { op: 'post /api/auth/login', who: 'public' },
  { op: 'post /api/auth/refresh', who: 'public' },
  { op: 'get /api/auth/me', who: ALL_ROLES },
  { op: 'get /api/health', who: 'public' },
  { op: 'post /api/imports/{}', who: ['importer', 'admin'] },
  { op: 'get /api/imports', who: ['importer', 'auditor', 'admin'] },
  { op: 'get /api/imports/{}', who: ['importer', 'auditor', 'admin'] },
  { op: 'post /api/rules/run', who: ['auditor', 'admin'] },
  { op: 'get /api/rules', who: READERS },
  { op: 'patch /api/rules/{}', who: ['auditor', 'admin'] },
  { op: 'get /api/alerts', who: ALERT_READERS },
  { op: 'get /api/alerts/{}', who: ALERT_READERS },
  { op: 'post /api/alerts/{}/transition', who: ['auditor', 'admin'] },
  { op: 'post /api/alerts/bulk-transition', who: ['auditor', 'admin'] },
  { op: 'get /api/alerts/assignees', who: ['auditor', 'admin'] },
  { op: 'post /api/alerts/{}/comments', who: ['auditor', 'admin'] },
  // 督办: the unit's respondent answers and asks for more time; files go to whoever sees the alert.
  { op: 'post /api/alerts/{}/answer', who: ['respondent'] },
  { op: 'post /api/alerts/{}/extension-request', who: ['respondent'] },
  { op: 'get /api/alerts/{}/attachments/{}', who: ALERT_READERS },
  { op: 'get /api/overview', who: READERS },
  { op: 'get /api/execution', who: READERS },
  { op: 'get /api/payments', who: READERS },
  { op: 'get /api/search', who: READERS },
  { op: 'get /api/names', who: READERS },
  { op: 'get /api/agencies/{}', who: READERS },
  { op: 'get /api/districts/{}', who: READERS },
  { op: 'get /api/revenue', who: READERS },
  { op: /^get \/api\/(audit|debt|assets)\//, who: READERS },
  { op: 'get /api/reports/supervision', who: READERS },
  { op: 'get /api/users', who: ['admin'] },
  { op: 'post /api/users', who: ['admin'] },
  { op: 'patch /api/users/{}', who: ['admin'] },
  { op: 'get /api/audit-log', who: ['admin'] },
];

const key = (method: string, path: string) => `${method} ${path}`;
const shape = (k: string) => k.replace(/\{[^}]+\}/g, '{}');

function specFor(k: string): (typeof SPEC)[number] | undefined {
  const s = shape(k);
  return SPEC.find((e) => (typeof e.op === 'string' ? e.op === s : e.op.test(s)));
}

/** Statuses the guard decides; anything else means the request got past it. */
function verdict(status: number): 'unauthenticated' | 'forbidden' | 'passed' {
  return status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'passed';
}

function expectedVerdict(route: RouteInfo, who: Who): ReturnType<typeof verdict> {
  if (route.access.kind === 'undeclared') return 'forbidden';
  if (route.access.kind === 'public') return 'passed';
  if (who === 'anonymous') return 'unauthenticated';
  return roleAllowed(route.access, who) ? 'passed' : 'forbidden';
}

describe('API surface: OpenAPI drift and role matrix', () => {
  let testApp: TestApp;
  let app: INestApplication;
  let base: string;
  let doc: OpenAPIObject;
  let routes: RouteInfo[];
  const tokens: Partial<Record<Role, string>> = {};
  /** Observed verdict per operation and caller, filled once by the walk below. */
  const observed = new Map<string, Record<Who, ReturnType<typeof verdict>>>();

  async function call(method: string, path: string, who: Who): Promise<number> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (who !== 'anonymous') headers['authorization'] = `Bearer ${tokens[who]}`;
    // An empty JSON body: the guard runs before validation, and no handler can act on it.
    const body = method === 'get' || method === 'delete' ? undefined : '{}';
    const r = await fetch(`${base}${path}`, {
      method: method.toUpperCase(),
      headers,
      body,
      signal: AbortSignal.timeout(30_000),
    });
    await r.arrayBuffer();
    return r.status;
  }

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { LOG_LEVEL: 'silent' },
      nest: { logger: ['error'] },
      prepare: setupOpenApi,
    });
    ({ app, base } = testApp);
    routes = app.get(RouteInventory).list();
    const users = app.get(UsersService);
    // The respondent principal is scoped to one agency, which must exist.
    await testApp.db.ds.query(
      `INSERT INTO district (district_code, district_name) VALUES ('150100', '示范市');
       INSERT INTO agency (agency_code, agency_name, district_code) VALUES ('M01', '矩阵单位', '150100')`,
    );
    for (const role of ROLES) {
      const { user } = await users.create(
        { username: `matrix-${role}`, role, agencyCode: role === 'respondent' ? 'M01' : undefined },
        { actor: 'test' },
      );
      tokens[role] = (await app.get(TokenService).issue(user)).accessToken;
    }
    const r = await fetch(`${base}/api/docs-json`);
    expect(r.status).toBe(200);
    doc = (await r.json()) as OpenAPIObject;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of HTTP_METHODS) {
        if (!(item as Record<string, unknown>)[method]) continue;
        const concrete = path.replace(/\{[^}]+\}/g, '1');
        const row = {} as Record<Who, ReturnType<typeof verdict>>;
        for (const who of WHO) row[who] = verdict(await call(method, concrete, who));
        observed.set(key(method, path), row);
      }
    }
  }, 180_000);

  afterAll(async () => {
    await testApp?.close();
  }, 60_000);

  it('serves the docs UI and JSON without a token', async () => {
    const ui = await fetch(`${base}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
    expect(doc.components?.securitySchemes?.['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('documents every Nest route, and nothing else (drift)', () => {
    const fromNest = routes.map((r) => key(r.method, r.path)).sort();
    const fromDoc = Object.entries(doc.paths)
      .flatMap(([path, item]) =>
        HTTP_METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((m) => key(m, path)),
      )
      .sort();
    expect(fromDoc).toEqual(fromNest);
    expect(fromNest).toEqual(
      expect.arrayContaining(['post /api/auth/login', 'get /api/health', 'get /api/audit-log']),
    );
  });

  it('declares access on every route (none left to the deny-by-default 403)', () => {
    expect(
      app
        .get(RouteInventory)
        .undeclared()
        .map((r) => key(r.method, r.path)),
    ).toEqual([]);
  });

  it('documents each operation’s access as the guard enforces it', () => {
    for (const r of routes) {
      const op = (doc.paths[r.path] as Record<string, { security?: unknown[]; 'x-roles'?: string[] }>)[
        r.method
      ];
      expect({ op: key(r.method, r.path), public: op.security?.length === 0 }).toEqual({
        op: key(r.method, r.path),
        public: r.access.kind === 'public',
      });
      const allowed = ROLES.filter((role) => expectedVerdict(r, role) === 'passed');
      expect({ op: key(r.method, r.path), roles: op['x-roles'] }).toEqual({
        op: key(r.method, r.path),
        roles: allowed,
      });
    }
  });

  it('answers every operation, for every caller, as its route metadata declares', () => {
    const expected: Record<string, Record<Who, string>> = {};
    const actual: Record<string, Record<Who, string>> = {};
    for (const r of routes) {
      const k = key(r.method, r.path);
      expected[k] = Object.fromEntries(WHO.map((w) => [w, expectedVerdict(r, w)])) as Record<Who, string>;
      actual[k] = observed.get(k) ?? ({} as Record<Who, string>);
    }
    expect(actual).toEqual(expected);
  });

  it('matches the hand-written interfaces.md table for the routes that exist', () => {
    const covered: string[] = [];
    const mismatches: string[] = [];
    for (const [k, row] of observed) {
      const spec = specFor(k);
      if (!spec) continue;
      covered.push(k);
      for (const who of WHO) {
        const want =
          spec.who === 'public'
            ? 'passed'
            : who === 'anonymous'
              ? 'unauthenticated'
              : who === 'admin' || spec.who.includes(who)
                ? 'passed'
                : 'forbidden';
        if (row[who] !== want) mismatches.push(`${k} as ${who}: ${row[who]}, spec says ${want}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The table is not vacuous: at least the routes this module owns are in it.
    expect(covered).toEqual(
      expect.arrayContaining([
        'post /api/auth/login',
        'get /api/auth/me',
        'get /api/health',
        'get /api/users',
        'patch /api/users/{id}',
        'get /api/audit-log',
        'post /api/alerts/{id}/answer',
        'get /api/alerts/{id}/attachments/{attachmentId}',
      ]),
    );
  });
});

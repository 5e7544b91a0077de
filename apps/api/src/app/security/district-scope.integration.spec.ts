import { openAsBlob } from 'node:fs';
import { join, resolve } from 'node:path';
import { RouteInventory, UsersService } from '@bs/api-auth';
import type { ExecutionRow, OverviewDto, PaymentPage } from '@bs/shared-model';
import { setupOpenApi } from '../openapi';
import type { TestApp } from '../testing/test-app';
import { send, startSecureApp } from './support';

// Issue 18 point 1: a district account (county-level congress) sees only its district. The access
// guard decides it in one place per route (filter / route / none, else refused), and this walk
// checks every GET route a viewer may call, plus the figures of the routes that narrow.
jest.setTimeout(180_000);

const FIXTURES = resolve(__dirname, '../../../../../libs/api/ingest/fixtures');
const MINE = '150102';
const OTHER = '150103';

describe('security: district accounts see their district only', () => {
  let t: TestApp;
  let city: string;
  let county: string;
  let agenciesOfMine: Set<string>;

  async function token(username: string, districtCode?: string): Promise<string> {
    const { password } = await t.app
      .get(UsersService)
      .create({ username, role: 'viewer', districtCode }, { actor: 'test' });
    const r = await send(t.base, 'POST', '/api/auth/login', { body: { username, password } });
    return String(r.json['accessToken']);
  }

  beforeAll(async () => {
    t = await startSecureApp({ prepare: setupOpenApi });
    const admin = await token('scope-admin-for-upload');
    await t.db.ds.query(`UPDATE app_user SET role = 'admin' WHERE username = 'scope-admin-for-upload'`);
    for (const d of [
      'districts',
      'agencies',
      'budget',
      'payments',
      'revenue',
      'debt_bonds',
      'debt_positions',
    ]) {
      const form = new FormData();
      form.append('file', await openAsBlob(join(FIXTURES, d, 'ok', `${d}.csv`)), `${d}.csv`);
      const r = await fetch(`${t.base}/api/imports/${d}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      });
      expect([d, r.status]).toEqual([d, 200]);
    }
    city = await token('scope-city');
    county = await token('scope-county', MINE);
    const rows: { agency_code: string }[] = await t.db.ds.query(
      `SELECT agency_code FROM agency WHERE district_code = $1`,
      [MINE],
    );
    agenciesOfMine = new Set(rows.map((r) => r.agency_code));
    expect(agenciesOfMine.size).toBeGreaterThan(0);
  });
  afterAll(() => t?.close());

  const get = (tok: string, path: string) => send(t.base, 'GET', path, { token: tok });

  it('walks every GET route a viewer may call: refused unless it declares how it narrows', async () => {
    const routes = t.app
      .get(RouteInventory)
      .list()
      .filter((r) => r.method === 'get' && r.access.kind === 'roles' && r.access.roles.includes('viewer'));
    expect(routes.length).toBeGreaterThan(15);
    const seen: string[] = [];
    for (const r of routes) {
      const res = await get(county, r.path.replace(/\{[^}]+\}/g, '1'));
      const refused = res.status === 403 && res.json['code'] === 'DISTRICT_SCOPE_UNSUPPORTED';
      seen.push(`${r.path} ${r.districtScope ?? 'refused'} ${res.status}`);
      expect([r.path, refused]).toEqual([r.path, r.districtScope === null]);
    }
    console.log(`district walk:\n  ${seen.join('\n  ')}`);
  });

  it('narrows the overview, execution and payments to the district; the city account sees more', async () => {
    const q = 'fiscalYear=2024&asOf=2024-06-30';
    // The city's answer first: a cached city-wide overview must never be served to the county.
    const all = (await get(city, `/api/overview?${q}`)).json as unknown as OverviewDto;
    const mine = (await get(county, `/api/overview?${q}`)).json as unknown as OverviewDto;
    const own = (await get(city, `/api/overview?${q}&districtCode=${MINE}`)).json as unknown as OverviewDto;
    // The county's overview is the city account's overview of that district, and smaller than the city's.
    expect(mine.budgets).toEqual(own.budgets);
    expect(mine.revenue).toEqual(own.revenue);
    expect(mine.debt.every((d) => d.districtCode === MINE)).toBe(true);
    const total = (o: OverviewDto) => o.budgets.reduce((s, b) => s + Number(b.budget), 0);
    expect(total(mine)).toBeGreaterThan(0);
    expect(total(mine)).toBeLessThan(total(all));

    await get(city, `/api/execution?${q}&groupBy=agency`);
    const exec = (await get(county, `/api/execution?${q}&groupBy=agency`)).json as unknown as ExecutionRow[];
    expect(exec.length).toBeGreaterThan(0);
    expect(exec.every((r) => agenciesOfMine.has(r.key))).toBe(true);
    const pay = (await get(county, `/api/payments?fiscalYear=2024&limit=500`)).json as unknown as PaymentPage;
    expect(pay.items.length).toBeGreaterThan(0);
    expect(pay.items.every((p) => agenciesOfMine.has(p.agencyCode))).toBe(true);
    const cityPay = (await get(city, `/api/payments?fiscalYear=2024&limit=500`))
      .json as unknown as PaymentPage;
    expect(cityPay.items.length).toBeGreaterThan(pay.items.length);
  });

  it('refuses another district’s code, and lets the city account ask for any', async () => {
    for (const path of [
      `/api/overview?districtCode=${OTHER}`,
      `/api/execution?districtCode=${OTHER}&groupBy=agency`,
      `/api/payments?fiscalYear=2024&districtCode=${OTHER}`,
      `/api/debt/positions?districtCode=${OTHER}`,
    ]) {
      const r = await get(county, path);
      expect([path, r.status, r.json['code']]).toEqual([path, 403, 'OUT_OF_DISTRICT']);
      expect(r.json['messageEn']).toMatch(/own district/);
      expect((await get(city, path)).status).toBe(200);
    }
    // Its own code is fine.
    expect((await get(county, `/api/overview?districtCode=${MINE}`)).status).toBe(200);
  });
});

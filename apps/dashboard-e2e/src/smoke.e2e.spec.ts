// Smoke test of the built app on the embedded default: health and the dashboard's index page.
const base = () => process.env['E2E_BASE_URL'] ?? '';

describe('built app on the embedded default', () => {
  it('answers /api/health with ok and the database up', async () => {
    const r = await fetch(`${base()}/api/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves the dashboard index page (and SPA routes) in Chinese', async () => {
    for (const path of ['/', '/overview', '/login']) {
      const r = await fetch(`${base()}${path}`);
      expect(r.status).toBe(200);
      const html = await r.text();
      expect(html).toContain('<bs-root');
      expect(html).toMatch(/lang="zh-CN"/);
    }
  });

  it('answers unknown API routes with JSON 404, not the SPA', async () => {
    const r = await fetch(`${base()}/api/no-such-route`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/json/);
  });
});

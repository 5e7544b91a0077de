import { codePrefixes, crumbs, drillInto, readDrill } from './drill';

describe('execution drill', () => {
  const from = (q: Record<string, string>) => (n: string) => q[n] ?? null;

  it('goes agency → func 类/款/项 → econ → vouchers', () => {
    let s = readDrill(from({}));
    expect(s.level).toBe('agency');
    s = { ...s, ...drillInto(s, { key: '101001', hasChildren: true }) };
    expect(s).toMatchObject({ level: 'func', agencyCode: '101001' });
    s = { ...s, ...drillInto(s, { key: '205', hasChildren: true }) };
    s = { ...s, ...drillInto(s, { key: '20502', hasChildren: true }) };
    s = { ...s, ...drillInto(s, { key: '2050201', hasChildren: false }) };
    expect(s).toMatchObject({ level: 'econ', funcCode: '2050201' });
    s = { ...s, ...drillInto(s, { key: '30201', hasChildren: false }) };
    expect(s).toMatchObject({ level: 'payments', econCode: '30201' });
  });

  it('builds a breadcrumb back through every code prefix', () => {
    const s = readDrill(from({ level: 'econ', agencyCode: '101001', funcCode: '2050201', econCode: '302' }));
    expect(codePrefixes('2050201')).toEqual(['205', '20502', '2050201']);
    const trail = crumbs(s, 'All', new Map([['agency:101001', '教育局']]));
    expect(trail.map((c) => c.label)).toEqual(['All', '教育局', '205', '20502', '2050201', '302']);
    expect(trail[2].patch).toEqual({ level: 'func', funcCode: '205', econCode: null });
  });

  it('ignores junk in the URL', () => {
    expect(readDrill(from({ level: 'evil', budgetType: 'x', agencyCode: '<script>' }))).toEqual({
      level: 'agency',
      budgetType: null,
      agencyCode: null,
      funcCode: null,
      econCode: null,
      districtCode: null,
      view: 'agency',
    });
  });

  it('views the whole budget by function (no agency) and by district (district → agency)', () => {
    let s = readDrill(from({ view: 'func' }));
    expect(s).toMatchObject({ level: 'func', agencyCode: null, view: 'func' });
    s = { ...s, ...drillInto(s, { key: '205', hasChildren: true }) };
    expect(crumbs(s, 'All', new Map()).map((c) => c.label)).toEqual(['All', '205']);
    let d = readDrill(from({ view: 'district' }));
    expect(d.level).toBe('district');
    d = { ...d, ...drillInto(d, { key: '150124', hasChildren: true }) };
    expect(d).toMatchObject({ level: 'agency', districtCode: '150124' });
    const trail = crumbs(d, 'All', new Map([['district:150124', '清水河县']]));
    expect(trail.map((c) => c.label)).toEqual(['All', '清水河县']);
    expect(trail[0].patch).toMatchObject({ level: 'district', districtCode: null });
  });
});

import { createTestDatabase, refreshPaymentReadModels, TestDatabase } from '@bs/api-db-testing';
import {
  AGENCY,
  AGENCY2,
  insertPayments,
  PaymentSeed,
  resetData,
  resetPartitionCache,
  seedOrganisation,
} from '../../testing/fixtures';
import { fire, severities } from '../../testing/rule-test-db';
import { evaluateRule } from '../rule-eval';
import { resolveParams } from '../rule-params';
import { dropSharedSources, prepareSharedSources } from '../sql/shared-sources';
import { RULES } from './index';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  resetPartitionCache();
  await seedOrganisation(db.ds);
}, 120_000);
afterAll(async () => db?.drop(), 60_000);
beforeEach(async () => resetData(db.ds));

const AS_OF = '2024-12-31';

describe('DUPLICATE_PAYMENT', () => {
  beforeEach(async () => {
    await insertPayments(db.ds, [
      { voucher: 'D1', date: '2024-01-01', amount: '12000.00', payee: '甲公司' },
      { voucher: 'D2', date: '2024-01-08', amount: '12000.00', payee: '甲 公司' }, // 7 days: same group, key drops spaces
      { voucher: 'D3', date: '2024-01-16', amount: '12000.00', payee: '甲公司' }, // 8 days: new (single) group
      { voucher: 'D4', date: '2024-03-01', amount: '12000.00', payee: '甲公司' },
      { voucher: 'D5', date: '2024-03-05', amount: '12000.00', payee: '甲公司' },
      { voucher: 'D6', date: '2024-03-12', amount: '12000.00', payee: '甲公司' }, // chained: 3 vouchers over 11 days
      { voucher: 'E1', date: '2024-02-01', amount: '12000.00', payee: '乙公司' },
      { voucher: 'E2', date: '2024-02-09', amount: '12000.00', payee: '乙公司' }, // 8 days apart: no group
      { voucher: 'F1', date: '2024-02-01', amount: '9999.99', payee: '丙公司' },
      { voucher: 'F2', date: '2024-02-01', amount: '9999.99', payee: '丙公司' }, // below 10,000
      { voucher: 'G1', date: '2024-02-01', amount: '12000.00', payee: '丁公司' },
      { voucher: 'G2', date: '2024-02-01', amount: '12000.01', payee: '丁公司' }, // different amounts
      { voucher: 'H1', date: '2024-04-01', amount: '10000.00', payee: '戊公司', account: '6222 0001' },
      {
        voucher: 'H2',
        date: '2024-04-02',
        amount: '10000.00',
        payee: '戊公司北京分公司',
        account: '62220001',
      }, // same account
      { voucher: 'H3', date: '2024-04-01', amount: '10000.00', payee: '戊公司', agency: AGENCY2 }, // other agency
    ]);
  });

  it('groups by gaps of at most 7 days and fires groups of two or more', async () => {
    const m = await fire(db.ds, 'DUPLICATE_PAYMENT', 2024, AS_OF);
    expect([...m.keys()].sort()).toEqual(
      [
        `${AGENCY}/62220001/10000.00/2024-04-01`,
        `${AGENCY}/甲公司/12000.00/2024-01-01`,
        `${AGENCY}/甲公司/12000.00/2024-03-01`,
      ].sort(),
    );
    expect(m.get(`${AGENCY}/甲公司/12000.00/2024-03-01`)).toMatchObject({
      severity: 'warning',
      amount: '24000.00',
      metric: '3',
      evidence: { vouchers: ['D4', 'D5', 'D6'] },
    });
    expect(m.get(`${AGENCY}/甲公司/12000.00/2024-01-01`)?.evidence).toEqual({ vouchers: ['D1', 'D2'] });
  });

  it('sees only vouchers dated on or before as_of', async () => {
    expect(Object.keys(await severities(db.ds, 'DUPLICATE_PAYMENT', 2024, '2024-01-07'))).toEqual([]);
  });

  it('keeps same-date vouchers in one group whatever their numbers, and chains 7-day gaps from them', async () => {
    await insertPayments(db.ds, [
      { voucher: 'Z9', date: '2024-06-03', amount: '15000.00', payee: '己公司' },
      { voucher: 'A1', date: '2024-06-03', amount: '15000.00', payee: '己公司' },
      { voucher: 'M5', date: '2024-06-10', amount: '15000.00', payee: '己公司' }, // 7 days after both
      { voucher: 'B2', date: '2024-06-18', amount: '15000.00', payee: '己公司' }, // 8 days: alone, no group
    ]);
    const m = await fire(db.ds, 'DUPLICATE_PAYMENT', 2024, AS_OF);
    expect(m.get(`${AGENCY}/己公司/15000.00/2024-06-03`)).toMatchObject({
      metric: '3',
      amount: '30000.00',
      evidence: { vouchers: ['A1', 'Z9', 'M5'] },
    });
    expect([...m.keys()].filter((k) => k.includes('己公司'))).toHaveLength(1);
  });
});

describe('SPLIT_PAYMENT', () => {
  const s = (voucher: string, date: string, amount: string, payee: string): PaymentSeed => ({
    voucher,
    date,
    amount,
    payee,
  });
  beforeEach(async () => {
    await insertPayments(db.ds, [
      s('S1', '2024-03-01', '400000.00', '甲'),
      s('S2', '2024-03-05', '300000.00', '甲'),
      s('S3', '2024-03-08', '300000.00', '甲'), // 7 days after the start: in; sum 1,000,000
      s('S4', '2024-03-09', '500000.00', '甲'), // 8 days: starts the next group
      s('S5', '2024-03-10', '499999.99', '甲'), // next group sums 999,999.99
      // anchored at the first ungrouped voucher: {04-01, 04-06} = 700,000; {04-10} alone,
      // although 04-06 + 04-10 would reach 1,100,000 in a sliding window
      s('T1', '2024-04-01', '100000.00', '乙'),
      s('T2', '2024-04-06', '600000.00', '乙'),
      s('T3', '2024-04-10', '500000.00', '乙'),
      s('U1', '2024-05-01', '1000000.00', '丙'), // not below the limit: ignored
      s('U2', '2024-05-02', '100000.00', '丙'),
      s('V1', '2024-05-01', '600000.00', '丁'),
      s('V2', '2024-05-02', '-200000.00', '丁'), // refund ignored
      s('V3', '2024-05-03', '400000.00', '丁'),
      s('W1', '2024-06-01', '500000.00', '戊'),
      s('W2', '2024-06-08', '100000.00', '戊'),
      s('W3', '2024-06-09', '500000.00', '戊'),
      s('W4', '2024-06-16', '500000.00', '戊'),
    ]);
  });

  it('fires anchored groups summing to the limit; sliding windows and refunds do not count', async () => {
    const m = await fire(db.ds, 'SPLIT_PAYMENT', 2024, AS_OF);
    expect([...m.keys()].sort()).toEqual([
      `${AGENCY}/丁/2024-05-01`,
      `${AGENCY}/戊/2024-06-09`,
      `${AGENCY}/甲/2024-03-01`,
    ]);
    expect(m.get(`${AGENCY}/甲/2024-03-01`)).toMatchObject({
      amount: '1000000.00',
      evidence: { vouchers: ['S1', 'S2', 'S3'] },
    });
    expect(m.get(`${AGENCY}/戊/2024-06-09`)?.evidence).toEqual({ vouchers: ['W3', 'W4'] });
    expect(m.get(`${AGENCY}/甲/2024-03-01`)?.messageZh).toBe(
      '市教育局自 2024-03-01 起 8 天内向“甲”支付 3 笔、合计 100.00 万元，每笔均低于 100.00 万元限额，疑似拆分支付',
    );
  });

  it('takes every voucher of a date into one group, and cuts groups at as_of', async () => {
    await insertPayments(db.ds, [
      s('X1', '2024-06-20', '200000.00', '己'),
      s('X2', '2024-06-20', '300000.00', '己'), // same date as the start
      s('X3', '2024-06-27', '500000.00', '己'), // 7 days: in; sum 1,000,000
      s('Y1', '2024-07-01', '100000.00', '庚'), // alone: 07-09 is 8 days later
      s('Y3', '2024-07-09', '400000.00', '庚'),
      s('Y2', '2024-07-09', '600000.00', '庚'), // a new group starts with both vouchers of 07-09
    ]);
    const m = await fire(db.ds, 'SPLIT_PAYMENT', 2024, AS_OF);
    expect(m.get(`${AGENCY}/己/2024-06-20`)).toMatchObject({
      amount: '1000000.00',
      evidence: { vouchers: ['X1', 'X2', 'X3'] },
    });
    expect(m.get(`${AGENCY}/庚/2024-07-09`)).toMatchObject({
      amount: '1000000.00',
      evidence: { vouchers: ['Y2', 'Y3'] },
    });
    const early = await fire(db.ds, 'SPLIT_PAYMENT', 2024, '2024-06-26'); // X3 does not exist yet
    expect([...early.keys()].filter((k) => k.includes('/己/'))).toEqual([]);
  });
});

describe('NEAR_THRESHOLD', () => {
  it('needs 3 vouchers with 950,000 ≤ amount < 1,000,000', async () => {
    await insertPayments(db.ds, [
      { voucher: 'N1', date: '2024-02-01', amount: '950000.00' },
      { voucher: 'N2', date: '2024-03-01', amount: '999999.99' },
      { voucher: 'N3', date: '2024-04-01', amount: '960000.00' },
      { voucher: 'M1', date: '2024-02-01', amount: '950000.00', agency: AGENCY2 },
      { voucher: 'M2', date: '2024-03-01', amount: '999999.99', agency: AGENCY2 },
      { voucher: 'M3', date: '2024-04-01', amount: '949999.99', agency: AGENCY2 },
      { voucher: 'M4', date: '2024-04-01', amount: '1000000.00', agency: AGENCY2 },
    ]);
    const m = await fire(db.ds, 'NEAR_THRESHOLD', 2024, AS_OF);
    expect([...m.keys()]).toEqual([AGENCY]);
    expect(m.get(AGENCY)).toMatchObject({
      metric: '3',
      amount: '2909999.99',
      evidence: { vouchers: ['N1', 'N2', 'N3'] },
    });
  });
});

describe('NON_WORKDAY, INDIVIDUAL_LARGE, CASH_LARGE', () => {
  beforeEach(async () => {
    await insertPayments(db.ds, [
      { voucher: 'W1', date: '2024-10-01', amount: '50000.00' }, // National Day (Tuesday)
      { voucher: 'W2', date: '2024-10-12', amount: '900000.00' }, // Saturday make-up working day
      { voucher: 'W3', date: '2024-06-01', amount: '500000.00' }, // Saturday
      { voucher: 'W4', date: '2024-06-02', amount: '49999.99' }, // Sunday, small
      { voucher: 'W5', date: '2024-06-03', amount: '1000000.00' }, // Monday
      { voucher: 'P1', date: '2024-06-03', amount: '50000.00', payeeType: 'individual', econ: '30201' },
      { voucher: 'P2', date: '2024-06-03', amount: '80000.00', payeeType: 'individual', econ: '30101' },
      { voucher: 'P3', date: '2024-06-03', amount: '80000.00', payeeType: 'individual', econ: '30305' },
      { voucher: 'P4', date: '2024-06-03', amount: '49999.99', payeeType: 'individual', econ: '30201' },
      { voucher: 'C1', date: '2024-06-04', amount: '50000.00', method: 'cash' },
      { voucher: 'C2', date: '2024-06-04', amount: '49999.99', method: 'cash' },
      { voucher: 'C3', date: '2024-06-04', amount: '-60000.00', method: 'cash' },
    ]);
  });

  it('NON_WORKDAY: weekends and holidays, make-up days are working days; warning from 500,000', async () => {
    expect(await severities(db.ds, 'NON_WORKDAY', 2024, AS_OF)).toEqual({ W1: 'info', W3: 'warning' });
    const m = await fire(db.ds, 'NON_WORKDAY', 2024, AS_OF);
    expect(m.get('W1')?.messageZh).toBe(
      '市教育局于 2024-10-01（国庆节假期）支付“某某建设有限公司” 5.00 万元（凭证 W1），非工作日支付',
    );
  });

  it('INDIVIDUAL_LARGE: individuals from 50,000 outside 301/303', async () => {
    expect(await severities(db.ds, 'INDIVIDUAL_LARGE', 2024, AS_OF)).toEqual({ P1: 'warning' });
  });

  it('CASH_LARGE: cash from 50,000', async () => {
    expect(await severities(db.ds, 'CASH_LARGE', 2024, AS_OF)).toEqual({ C1: 'warning' });
  });

  it.each<[string, Record<string, Record<string, number>>]>([
    ['default thresholds', {}],
    [
      'lowered thresholds',
      {
        NON_WORKDAY: { minAmount: 40000 },
        INDIVIDUAL_LARGE: { minAmount: 49999.99 },
        CASH_LARGE: { minAmount: 1 },
        NEAR_THRESHOLD: { lower: 40000, minCount: 2 },
      },
    ],
  ])('the run’s flagged-voucher table gives the rows of payment itself (%s)', async (_, overrides) => {
    await insertPayments(db.ds, [
      { voucher: 'N1', date: '2024-02-01', amount: '950000.00' },
      { voucher: 'N2', date: '2024-03-02', amount: '999999.99' }, // Saturday
      { voucher: 'N3', date: '2024-04-01', amount: '960000.00', method: 'cash' },
    ]);
    const voucherRules = RULES.filter((r) => r.voucherPrefilter);
    expect(voucherRules.map((r) => r.id)).toEqual([
      'NEAR_THRESHOLD',
      'NON_WORKDAY',
      'INDIVIDUAL_LARGE',
      'CASH_LARGE',
    ]);
    const selected = voucherRules.map((rule) => ({
      rule,
      params: resolveParams(rule, null, overrides[rule.id]),
    }));
    const qr = db.ds.createQueryRunner();
    await qr.connect();
    try {
      const sources = await prepareSharedSources(qr, 2024, AS_OF, selected);
      expect(sources.flaggedVouchers).toBeDefined();
      const [{ n }] = await qr.query(`SELECT count(*)::int AS n FROM ${sources.flaggedVouchers}`);
      expect(n).toBeLessThan(15); // 15 vouchers in the year: the small and working-day ones stay out
      let fired = 0;
      for (const { rule, params } of selected) {
        const inline = await evaluateRule(db.ds, rule, 2024, AS_OF, params);
        expect(await evaluateRule(qr, rule, 2024, AS_OF, params, sources)).toEqual(inline);
        fired += inline.length;
      }
      expect(fired).toBeGreaterThanOrEqual(5);
    } finally {
      await dropSharedSources(qr);
      await qr.release();
    }
  });
});

describe('BENFORD', () => {
  // Bulk vouchers straight from generate_series (500+ rows per agency).
  async function bulk(agency: string, prefix: string, n: number, amountSql: string): Promise<void> {
    await db.ds.query(`SELECT ensure_payment_partition(2024)`);
    await db.ds.query(
      `INSERT INTO payment (fiscal_year, voucher_no, pay_date, budget_type, agency_code, func_code, econ_code, payee_name, payee_key, payee_type, pay_method, amount)
       SELECT 2024, $2 || i, DATE '2024-03-01', 'general', $1, '2050201', '30201', 'x', 'x', 'unit', 'direct', ${amountSql}
       FROM generate_series(0, $3::int - 1) AS i`,
      [agency, prefix, n],
    );
    await refreshPaymentReadModels(db.ds, [2024]); // as an import does in its transaction
  }

  beforeEach(async () => {
    await bulk(AGENCY, 'A', 500, `500 + (i % 100) * 0.01`); // every first digit is 5
    await bulk(AGENCY2, 'B', 499, `500 + (i % 100) * 0.01`);
    await bulk(AGENCY2, 'C', 1, `9.99`); // under 10 yuan: not counted
    await bulk('201001', 'L', 1000, `round(power(10, 1 + i * 3.0 / 1000)::numeric, 2)`); // log-uniform: conforms
  });

  it('computes Nigrini MAD over digits 1–9 and needs 500 vouchers of at least 10 yuan', async () => {
    const m = await fire(db.ds, 'BENFORD', 2024, AS_OF);
    expect([...m.keys()]).toEqual([AGENCY]);
    // observed share 1 at digit 5, 0 elsewhere: MAD = 2 × (1 − log10(1.2)) / 9
    const expected = (2 * (1 - Math.log10(1.2))) / 9;
    expect(Math.abs(Number(m.get(AGENCY)?.metric) - expected)).toBeLessThan(1e-6);
    expect(m.get(AGENCY)?.severity).toBe('info');
    const loose = await fire(db.ds, 'BENFORD', 2024, AS_OF, { maxMad: 0 });
    expect(Number(loose.get('201001')?.metric)).toBeLessThan(0.006);
    // Mid-month as_of: the month's head comes from the vouchers, not the read model.
    expect([...(await fire(db.ds, 'BENFORD', 2024, '2024-03-15')).keys()]).toEqual([AGENCY]);
    expect((await fire(db.ds, 'BENFORD', 2024, '2024-02-29')).size).toBe(0);
  });

  it('counts the vouchers themselves for a minimum other than 10 yuan (the read model keeps ≥ 10)', async () => {
    // ≥ 500 yuan: AGENCY keeps its 500 vouchers (fires, same MAD); 201001 keeps 433 of 1000 (too few).
    const m = await fire(db.ds, 'BENFORD', 2024, AS_OF, { minAmount: 500 });
    expect([...m.keys()]).toEqual([AGENCY]);
    expect(Math.abs(Number(m.get(AGENCY)?.metric) - (2 * (1 - Math.log10(1.2))) / 9)).toBeLessThan(1e-6);
    expect(m.get(AGENCY)?.messageZh).toContain('500 笔');
  });
});

describe('SANGONG_GROWTH', () => {
  beforeEach(async () => {
    await insertPayments(db.ds, [
      { voucher: 'X1', date: '2024-02-29', amount: '15000.00', econ: '30217' },
      { voucher: 'X2', date: '2024-03-01', amount: '90000.00', econ: '30217' }, // after as_of
      { voucher: 'X3', date: '2024-01-05', amount: '90000.00', econ: '30201' }, // not 三公
      { voucher: 'X4', date: '2023-02-28', amount: '5000.00', econ: '30212' },
      { voucher: 'X5', date: '2023-03-01', amount: '100000.00', econ: '30231' }, // after the cut-off 2023-02-28
      { voucher: 'Y1', date: '2024-01-05', amount: '10000.00', econ: '31013', agency: AGENCY2 },
      { voucher: 'Y2', date: '2023-02-28', amount: '0.01', econ: '30231', agency: AGENCY2 }, // increase 9,999.99
      { voucher: 'Y3', date: '2023-03-10', amount: '0.02', econ: '30217', agency: AGENCY2 },
      { voucher: 'Y4', date: '2023-03-11', amount: '1.00', econ: '30217', agency: AGENCY2 },
    ]);
  });

  it('sums the previous year to a mid-month cut-off: whole months from the read model, the head from vouchers', async () => {
    // as_of 2024-03-10 → previous year up to 2023-03-10: Y2 + Y3 (0.03), not Y4 (03-11).
    const m = await fire(db.ds, 'SANGONG_GROWTH', 2024, '2024-03-10', { minIncrease: 0.01 });
    expect(m.get(AGENCY2)).toMatchObject({ amount: '9999.97' });
    // AGENCY: X1 + X2 = 105,000 against X4 + X5 = 105,000: no increase.
    expect(m.has(AGENCY)).toBe(false);
    const yearEnd = await fire(db.ds, 'SANGONG_GROWTH', 2024, '2024-12-31', { minIncrease: 0.01 });
    expect(yearEnd.get(AGENCY2)).toMatchObject({ amount: '9998.97' });
  });

  it('compares with the previous year up to the same month-day (02-29 → 02-28), by ≥ 10,000', async () => {
    const m = await fire(db.ds, 'SANGONG_GROWTH', 2024, '2024-02-29');
    expect([...m.keys()]).toEqual([AGENCY]);
    expect(m.get(AGENCY)).toMatchObject({ amount: '10000.00', evidence: { vouchers: ['X1'] } });
    expect(m.get(AGENCY)?.messageZh).toContain('比上年同期（截至 2023-02-28）0.50 万元增加 1.00 万元');
  });
});

import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { RULE_IDS } from '@bs/shared-model';
import { RULES } from './index';
import { evaluateRule } from '../rule-eval';
import { resolveParams } from '../rule-params';
import { messageSql, renderMessage } from '../message';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => db?.drop(), 60_000);

describe('catalogue', () => {
  it('lists the 27 rules of rules.md in order, each with a unique id', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('every default param lies within its own bounds and passes the rule check', () => {
    for (const r of RULES) {
      const p = resolveParams(r, null);
      for (const d of r.params) expect(d.default >= d.min && d.default <= d.max).toBe(true);
      expect(r.check?.(p) ?? null).toBeNull();
    }
  });

  it('every rule statement runs on an empty year and returns nothing', async () => {
    await db.ds.query(`SELECT ensure_payment_partition(2024)`);
    for (const r of RULES) {
      await expect(evaluateRule(db.ds, r, 2024, '2024-12-31', resolveParams(r, null))).resolves.toEqual([]);
    }
  });

  it('renders templates the same way in TypeScript and SQL', async () => {
    const rule = RULES[0];
    const values = {
      agency: '市教育局',
      btZh: '一般公共预算',
      rate: '31.2%',
      progress: '49.7%',
      gap: '18.5',
      budgetMoney: '100.00 万元',
      executedMoney: "3'1 万元",
    };
    const rows: { m: string }[] = await db.ds.query(
      `SELECT ${messageSql(rule.templateZh, '$1::jsonb')} AS m`,
      [JSON.stringify(values)],
    );
    expect(rows[0].m).toBe(renderMessage(rule.templateZh, values));
    expect(rule.messageZh(values)).toBe(
      "市教育局一般公共预算执行率 31.2%，低于时间进度 49.7% 达 18.5 个百分点（当前预算 100.00 万元，已支出 3'1 万元）",
    );
  });
});

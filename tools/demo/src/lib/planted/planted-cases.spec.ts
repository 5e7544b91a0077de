import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULE_IDS, type Severity } from '@bs/shared-model';
import { PLANTED_CASES } from './index';
import { benfordMad } from './benford-cases';
import { generateDemo } from '../generate-demo';
import { referenceAlerts } from '../oracle';

/** Severity bands of rules.md: each needs its own planted positive. */
const BANDS: Partial<Record<(typeof RULE_IDS)[number], Severity[]>> = {
  EXEC_LAG: ['warning', 'high'],
  YEAR_END_SURGE: ['warning', 'high'],
  NON_WORKDAY: ['info', 'warning'],
  AUDIT_OVERDUE: ['warning', 'high'],
  DEBT_RATIO: ['warning', 'high', 'critical'],
  BOND_FUNDS_IDLE: ['warning', 'high'],
  SOE_LEVERAGE: ['warning', 'high'],
  SOE_LOSS: ['warning', 'high'],
  SOE_VALUE_LOSS: ['warning', 'high'],
};

describe('PLANTED_CASES', () => {
  const fy2025 = PLANTED_CASES.filter((c) => c.fiscalYear === 2025);

  it.each([...RULE_IDS])('%s has a planted positive and a control', (rule) => {
    const cases = fy2025.filter((c) => c.ruleId === rule);
    expect(cases.some((c) => c.kind === 'positive')).toBe(true);
    expect(cases.some((c) => c.kind === 'control')).toBe(true);
    for (const band of BANDS[rule] ?? [])
      expect(cases.some((c) => c.kind === 'positive' && c.severity === band)).toBe(true);
  });

  it('gives every positive a severity, and no case twice', () => {
    for (const c of PLANTED_CASES) if (c.kind === 'positive') expect(c.severity).toBeDefined();
    const keys = PLANTED_CASES.map((c) => `${c.ruleId}|${c.fiscalYear}|${c.subjectKey}|${c.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('designs the Benford digits on both sides of 0.015', () => {
    expect(benfordMad([100, 80, 70, 65, 62, 60, 56, 55, 52])).toBeGreaterThan(0.015);
    const near = benfordMad([143, 106, 75, 58, 66, 59, 35, 31, 27]);
    expect(near).toBeLessThan(0.015);
    expect(near).toBeGreaterThan(0.014);
  });
});

jest.setTimeout(60_000);

describe('planted cases against a reference evaluation of rules.md', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bs-demo-rules-'));
    await generateDemo({ outDir: dir, scale: 3_000, seed: 11 });
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it.each([2024, 2025])(
    'FY%i: positives fire with their severity, controls stay quiet, random data raises nothing else',
    async (year) => {
      const alerts = await referenceAlerts(dir, year);
      const cases = PLANTED_CASES.filter((c) => c.fiscalYear === year);
      const wrong: string[] = [];
      for (const c of cases) {
        const got = alerts.get(`${c.ruleId}|${c.subjectKey}`);
        if (c.kind === 'positive' && got !== c.severity)
          wrong.push(`${c.ruleId} ${c.subjectKey}: want ${c.severity}, got ${got}`);
        if (c.kind === 'control' && got) wrong.push(`${c.ruleId} ${c.subjectKey}: control fired (${got})`);
      }
      const expected = new Set(
        cases.filter((c) => c.kind === 'positive').map((c) => `${c.ruleId}|${c.subjectKey}`),
      );
      for (const [k, s] of alerts) if (!expected.has(k)) wrong.push(`unexpected ${k} (${s})`);
      expect(wrong).toEqual([]);
    },
  );
});

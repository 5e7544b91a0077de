import type { RuleId } from '@bs/shared-model';
import type { DataSource } from 'typeorm';
import { getRule } from '../lib/catalogue';
import type { RuleCandidate } from '../lib/rule';
import { evaluateRule } from '../lib/rule-eval';
import { messageProblems } from '../lib/message-check';
import { resolveParams } from '../lib/rule-params';

/** Evaluates a rule with defaults (plus overrides) and returns its rows keyed by subject. */
export async function fire(
  ds: DataSource,
  ruleId: RuleId,
  fiscalYear: number,
  asOf: string,
  params: Record<string, number> = {},
): Promise<Map<string, RuleCandidate>> {
  const rule = getRule(ruleId);
  const rows = await evaluateRule(ds, rule, fiscalYear, asOf, resolveParams(rule, null, params));
  // Every message a rule spec produces is checked: no placeholder, "#" or 0.00x 万元 slips through.
  const bad = rows.flatMap((r) =>
    [r.messageZh, r.messageEn].flatMap((m) =>
      messageProblems(m).map((p) => `${ruleId} ${r.subjectKey}: ${p} in "${m}"`),
    ),
  );
  if (bad.length) throw new Error(`message problems:\n${bad.join('\n')}`);
  return new Map(rows.map((r) => [r.subjectKey, r]));
}

/** subject_key → severity, for compact assertions. */
export async function severities(
  ds: DataSource,
  ruleId: RuleId,
  fiscalYear: number,
  asOf: string,
  params: Record<string, number> = {},
): Promise<Record<string, string>> {
  const m = await fire(ds, ruleId, fiscalYear, asOf, params);
  return Object.fromEntries([...m].map(([k, v]) => [k, v.severity]));
}

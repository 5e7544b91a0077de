import type { RuleDefinition, RuleParams } from './rule';

/** Thrown for thresholds that are unknown, not numbers, out of range or inconsistent. */
export class RuleParamsError extends Error {
  constructor(
    readonly ruleId: string,
    readonly issues: string[],
  ) {
    super(`invalid params for ${ruleId}: ${issues.join('; ')}`);
    this.name = 'RuleParamsError';
  }
}

/** Problems of a proposed (possibly partial) set of params; empty when valid. */
export function paramIssues(rule: RuleDefinition, proposed: Readonly<Record<string, unknown>>): string[] {
  const issues: string[] = [];
  const defs = new Map(rule.params.map((d) => [d.name, d]));
  for (const [name, value] of Object.entries(proposed)) {
    const def = defs.get(name);
    if (!def) {
      issues.push(`unknown param ${name}`);
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) issues.push(`${name} must be a finite number`);
    else if (def.integer && !Number.isInteger(value)) issues.push(`${name} must be a whole number`);
    else if (value < def.min || value > def.max)
      issues.push(`${name} must be between ${def.min} and ${def.max}`);
  }
  return issues;
}

/** Defaults, then `saved` (known, valid names only), then `proposed` (validated; throws). */
export function resolveParams(
  rule: RuleDefinition,
  saved: Readonly<Record<string, unknown>> | null | undefined,
  proposed?: Readonly<Record<string, unknown>>,
): RuleParams {
  const out: Record<string, number> = {};
  for (const d of rule.params) out[d.name] = d.default;
  if (saved) {
    for (const d of rule.params) {
      const v = saved[d.name];
      // A stale or hand-edited setting never breaks a run: fall back to the default.
      if (paramIssues(rule, { [d.name]: v }).length === 0 && v !== undefined) out[d.name] = v as number;
    }
  }
  if (proposed) {
    const issues = paramIssues(rule, proposed);
    if (issues.length > 0) throw new RuleParamsError(rule.id, issues);
    Object.assign(out, proposed);
    const bad = rule.check?.(out);
    if (bad) throw new RuleParamsError(rule.id, [bad]);
  }
  return out;
}

import { AuditLogService } from '@bs/api-db';
import { RuleRunResult, runRules } from '@bs/api-rules';
import { SEVERITIES } from '@bs/shared-model';
import type { DataSource } from 'typeorm';
import { checkAsOf, ruleCounts } from '../rules/rules.service';

export interface RunRulesCommandOptions {
  year: number;
  asOf?: string;
  json: boolean;
  /** Recorded as the run's starter and in the audit log. */
  actor?: string;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** Plain-text table: one line per rule with counts per severity, then the totals. */
export function formatRunTable(r: RuleRunResult): string {
  const head = `${'rule'.padEnd(20)}${pad('total', 7)}${pad('new', 6)}${pad('cleared', 9)}${SEVERITIES.map((s) => pad(s, 10)).join('')}`;
  const lines = r.rules.map(
    (x) =>
      `${x.ruleId.padEnd(20)}${pad(x.total, 7)}${pad(x.raised, 6)}${pad(x.cleared, 9)}${SEVERITIES.map((s) => pad(x.bySeverity[s] ?? 0, 10)).join('')}` +
      (x.error ? `  FAILED: ${x.error}` : ''),
  );
  const total = `${'TOTAL'.padEnd(20)}${pad(r.total, 7)}${pad(
    r.rules.reduce((s, x) => s + x.raised, 0),
    6,
  )}${pad(
    r.rules.reduce((s, x) => s + x.cleared, 0),
    9,
  )}${SEVERITIES.map((s) => pad(r.bySeverity[s] ?? 0, 10)).join('')}`;
  return [
    `rule run ${r.runId}: fiscal year ${r.fiscalYear}, as of ${r.asOf}, ${r.durationMs} ms`,
    head,
    ...lines,
    total,
  ].join('\n');
}

/**
 * `cli rules run --year Y [--as-of D] [--json]`: runs the catalogue, prints counts per rule and
 * severity (or the run result as JSON, as `POST /api/rules/run` returns it), audit-logs the run.
 * Rejects (after printing) when a rule failed, so the process can exit non-zero.
 */
export async function runRulesCommand(
  ds: DataSource,
  opts: RunRulesCommandOptions,
  stdout: NodeJS.WritableStream,
): Promise<RuleRunResult> {
  if (!Number.isInteger(opts.year) || opts.year < 1990 || opts.year > 2200)
    throw new Error(`--year must be a fiscal year, got ${String(opts.year)}`);
  try {
    checkAsOf(opts.year, opts.asOf);
  } catch {
    throw new Error(`--as-of must be a YYYY-MM-DD date within ${opts.year}, got ${String(opts.asOf)}`);
  }
  const actor = opts.actor ?? 'cli';
  const result = await runRules(ds, { fiscalYear: opts.year, asOf: opts.asOf, startedBy: actor });
  await new AuditLogService(ds).record({
    actor,
    action: 'rule.run',
    target: `rule_run:${result.runId}`,
    after: {
      fiscalYear: opts.year,
      asOf: result.asOf,
      total: result.total,
      bySeverity: result.bySeverity,
      failed: result.failed,
    },
  });
  if (opts.json) {
    const { rules, ...rest } = result;
    stdout.write(`${JSON.stringify({ ...rest, rules: rules.map(ruleCounts) }, null, 2)}\n`);
  } else {
    stdout.write(`${formatRunTable(result)}\n`);
  }
  if (result.failed.length > 0) throw new Error(`rules failed: ${result.failed.join(', ')}`);
  return result;
}

import { RuleRunResult, RuleRunService } from '@bs/api-rules';
import { asOfProblem, fiscalYearProblem, SEVERITIES } from '@bs/shared-model';
import { ruleCounts } from '../rules/rules.service';

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
 * severity (or the run result as JSON, as `POST /api/rules/run` returns it); RuleRunService
 * serialises and audit-logs the run.
 * Rejects (after printing) when a rule failed, so the process can exit non-zero.
 */
export async function runRulesCommand(
  runner: RuleRunService,
  opts: RunRulesCommandOptions,
  stdout: NodeJS.WritableStream,
): Promise<RuleRunResult> {
  const yearProblem = fiscalYearProblem(opts.year);
  if (yearProblem) throw new Error(`--year: ${yearProblem.messageEn}`);
  const asOfIssue = opts.asOf === undefined ? null : asOfProblem(opts.year, opts.asOf);
  if (asOfIssue) throw new Error(`--as-of: ${asOfIssue.messageEn}`);
  const result = await runner.run({ fiscalYear: opts.year, asOf: opts.asOf, actor: opts.actor ?? 'cli' });
  if (opts.json) {
    const { rules, ...rest } = result;
    stdout.write(`${JSON.stringify({ ...rest, rules: rules.map(ruleCounts) }, null, 2)}\n`);
  } else {
    stdout.write(`${formatRunTable(result)}\n`);
  }
  if (result.failed.length > 0) throw new Error(`rules failed: ${result.failed.join(', ')}`);
  return result;
}

import type { RuleId } from '@bs/shared-model';
import type { DataSource, QueryRunner } from 'typeorm';
import type { RuleDefinition, RuleSources } from './rule';
import { dropSharedSources } from './sql/shared-sources';

/**
 * Rules run on two connections by default: most rule statements are single-threaded (window
 * functions, the SPLIT walk, the alert merge), so a second connection uses the second core while
 * the first one works. More lanes than cores only add contention.
 */
export const DEFAULT_LANES = 2;

export interface LaneWork<R> {
  /** Materialises the run's shared sources on the first lane's connection (session temp tables). */
  prepare(qr: QueryRunner): Promise<RuleSources | undefined>;
  runOne(qr: QueryRunner, rule: RuleDefinition, sources: RuleSources | undefined): Promise<R>;
}

/** Whether a rule reads a source the first lane materialises (only that connection sees it). */
const readsSources = (rule: RuleDefinition): boolean => !!rule.usesCellPayments || !!rule.voucherPrefilter;

/**
 * Last finished run's duration per rule: the longest rules start first, so the lanes finish
 * together (longest processing time first). Rules never run before keep catalogue order.
 */
async function lastDurations(ds: DataSource): Promise<Map<string, number>> {
  const rows: { rules: { ruleId: string; durationMs: number }[] | null }[] = await ds.query(
    `SELECT results -> 'rules' AS rules FROM rule_run WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1`,
  );
  const rules = Array.isArray(rows[0]?.rules) ? rows[0].rules : [];
  return new Map(rules.map((r) => [r.ruleId, Number(r.durationMs) || 0]));
}

/**
 * Runs `rules` on `lanes` connections. Lane 0 prepares the shared sources, runs the rules that
 * read them, then helps with the rest; the other lanes take the rules that read only tables,
 * longest first. Each rule's work is its own transaction, so lanes never share one.
 */
export async function runLanes<R>(
  ds: DataSource,
  rules: readonly RuleDefinition[],
  lanes: number,
  work: LaneWork<R>,
): Promise<Map<RuleId, R>> {
  const durations = lanes > 1 ? await lastDurations(ds) : new Map<string, number>();
  const sourced = rules.filter(readsSources);
  const free = rules
    .filter((r) => !readsSources(r))
    .map((rule, i) => ({ rule, i, ms: durations.get(rule.id) ?? 0 }))
    .sort((a, b) => b.ms - a.ms || a.i - b.i)
    .map((x) => x.rule);
  const results = new Map<RuleId, R>();

  const lane = async (index: number): Promise<void> => {
    const qr = ds.createQueryRunner();
    await qr.connect();
    try {
      if (index === 0) {
        const sources = sourced.length > 0 ? await work.prepare(qr) : undefined;
        try {
          for (let rule = sourced.shift() ?? free.shift(); rule; rule = sourced.shift() ?? free.shift())
            results.set(rule.id, await work.runOne(qr, rule, sources));
        } finally {
          if (sources) await dropSharedSources(qr);
        }
      } else {
        for (let rule = free.shift(); rule; rule = free.shift())
          results.set(rule.id, await work.runOne(qr, rule, undefined));
      }
    } finally {
      await qr.release();
    }
  };

  // A helper lane that cannot connect leaves its rules in the queue for lane 0.
  const settled = await Promise.allSettled(Array.from({ length: lanes }, (_, i) => lane(i)));
  if (settled[0].status === 'rejected') throw settled[0].reason;
  if (sourced.length + free.length > 0) await lane(0);
  return results;
}

import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { checkAsOf } from '@bs/api-core';
import { AuditLogService, latestFiscalYear } from '@bs/api-db';
import {
  findRule,
  getRuleCatalogue,
  previewRule,
  RuleCatalogueEntry,
  RuleParamsError,
  RuleRunResult,
  RuleRunStatus,
  RuleRunRuleResult,
  RuleRunService,
  updateRuleParams,
} from '@bs/api-rules';
import { localToday, type RuleDto, type RuleId } from '@bs/shared-model';
import { DataSource } from 'typeorm';
import { precisionOf } from './precision';
import type {
  RulePrecisionResponse,
  RulePreviewResponse,
  RuleResponse,
  RuleRunResponse,
  RuleRunRuleResponse,
} from './rule.dto';
import { RuleRunRow, RulesRepository } from './rules.repository';

export interface RuleActor {
  username: string;
}

/** A rule's counts in a run, without the params it ran with. */
export function ruleCounts(r: RuleRunRuleResult): RuleRunRuleResponse {
  const { ruleId, total, raised, reopened, cleared, bySeverity, durationMs, error } = r;
  return {
    ruleId,
    total,
    raised,
    reopened,
    cleared,
    bySeverity,
    durationMs,
    ...(error === undefined ? {} : { error }),
  };
}

/** The run log row as the API shows it (results jsonb written by the engine at the end of a run). */
export function runOf(row: RuleRunRow): RuleRunResponse {
  const r = row.results as Partial<Omit<RuleRunResult, 'runId'>> & { status?: RuleRunStatus; error?: string };
  // Runs recorded before statuses existed: finished once finished_at is set.
  const status: RuleRunStatus = r.status ?? (row.finishedAt ? 'finished' : 'running');
  return {
    status,
    ...(r.error ? { error: r.error } : {}),
    runId: row.id,
    fiscalYear: row.fiscalYear,
    asOf: row.asOf,
    startedBy: row.startedBy,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    durationMs: r.durationMs ?? null,
    total: r.total ?? 0,
    bySeverity: r.bySeverity ?? {},
    failed: r.failed ?? [],
    rules: (r.rules ?? []).map(ruleCounts),
  };
}

/** The rule catalogue as auditors see it: thresholds, versions, counts, precision, runs. */
@Injectable()
export class RulesService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(RulesRepository) private readonly repo: RulesRepository,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(RuleRunService) private readonly runner: RuleRunService,
  ) {}

  async catalogue(): Promise<RuleResponse[]> {
    const [entries, counts, versions] = await Promise.all([
      getRuleCatalogue(this.ds),
      this.repo.statusCounts(),
      this.repo.versions(),
    ]);
    return entries.map((e) => toRule(e, counts.get(e.ruleId) ?? {}, versions.get(e.ruleId) ?? []));
  }

  async one(ruleId: RuleId): Promise<RuleResponse> {
    const found = (await this.catalogue()).find((r) => r.ruleId === ruleId);
    if (!found) throw notFound(ruleId);
    return found;
  }

  async precision(fiscalYear?: number): Promise<RulePrecisionResponse[]> {
    const [entries, counts] = await Promise.all([
      getRuleCatalogue(this.ds),
      this.repo.statusCounts(fiscalYear),
    ]);
    return entries.map((e) => {
      const c = counts.get(e.ruleId) ?? {};
      const confirmed = c.confirmed ?? 0;
      const resolved = c.resolved ?? 0;
      const dismissed = c.dismissed ?? 0;
      return {
        ruleId: e.ruleId,
        nameZh: e.nameZh,
        nameEn: e.nameEn,
        confirmed,
        resolved,
        dismissed,
        judged: confirmed + resolved + dismissed,
        precision: precisionOf(c),
      };
    });
  }

  /** Validated (by the engine), saved as a new version, audit-logged with before -> after. */
  async updateParams(
    ruleId: string,
    params: Record<string, unknown>,
    actor: RuleActor,
    reason?: string | null,
  ): Promise<RuleDto> {
    const id = ruleIdOf(ruleId);
    const update = await updateRuleParams(this.ds, id, params, actor.username, reason ?? null).catch(
      rethrowParams,
    );
    if (update.changed) {
      await this.audit.record({
        actor: actor.username,
        action: 'rule.params.update',
        target: `rule:${id}`,
        before: update.before,
        after: { ...update.after, version: update.version, ...(reason ? { reason } : {}) },
      });
    }
    return this.one(id);
  }

  async preview(
    ruleId: string,
    fiscalYear: number | null | undefined,
    params: Record<string, unknown>,
    asOf?: string,
  ): Promise<RulePreviewResponse> {
    const id = ruleIdOf(ruleId);
    const year = fiscalYear ?? (await latestFiscalYear(this.ds)) ?? Number(localToday().slice(0, 4));
    checkAsOf(year, asOf);
    const p = await previewRule(this.ds, id, year, params, asOf).catch(rethrowParams);
    return {
      ruleId: p.ruleId,
      fiscalYear: p.fiscalYear,
      asOf: p.asOf,
      params: p.params,
      currentCount: p.currentCount,
      previewCount: p.total,
      wouldRaise: p.wouldRaise,
      wouldClear: p.wouldClear,
      bySeverity: p.bySeverity,
      sample: p.sample,
      raised: p.raised,
      cleared: p.cleared,
    };
  }

  /** Runs the catalogue for a year (RuleRunService: one at a time, audit-logged). */
  async run(fiscalYear: number, asOf: string | undefined, actor: RuleActor): Promise<RuleRunResponse> {
    checkAsOf(fiscalYear, asOf);
    const { runId, rules, ...rest } = await this.runner.run({ fiscalYear, asOf, actor: actor.username });
    return { ...rest, runId, status: 'finished', rules: rules.map(ruleCounts) };
  }

  /** The run log; runs whose process is gone are failed (abandoned) first, so none shows running for ever. */
  async runs(limit = 20, fiscalYear?: number): Promise<RuleRunResponse[]> {
    await this.runner.reap();
    return (await this.repo.recentRuns(limit, fiscalYear)).map(runOf);
  }
}

function toRule(
  e: RuleCatalogueEntry,
  counts: RuleResponse['counts'],
  history: RuleResponse['history'],
): RuleResponse {
  return {
    ruleId: e.ruleId,
    nameZh: e.nameZh,
    nameEn: e.nameEn,
    descriptionZh: e.descriptionZh,
    descriptionEn: e.descriptionEn,
    params: e.params,
    paramDefs: e.paramDefs.map((d) => ({ ...d })),
    version: e.version,
    counts,
    precision: precisionOf(counts),
    history,
  };
}

function notFound(ruleId: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    message: `规则 ${ruleId} 不存在`,
    messageEn: `unknown rule ${ruleId}`,
  });
}

function ruleIdOf(ruleId: string): RuleId {
  const rule = findRule(ruleId);
  if (!rule) throw notFound(ruleId);
  return rule.id;
}

function rethrowParams(err: unknown): never {
  if (err instanceof RuleParamsError) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: `阈值无效：${err.issues.join('；')}（invalid thresholds）`,
      messageZh: `阈值无效：${err.issues.join('；')}`,
      messageEn: err.message,
      issues: err.issues,
    });
  }
  throw err;
}

import type { RuleId } from '@bs/shared-model';
import type { DataSource } from 'typeorm';
import type { Queryable } from './as-of';
import { getRule, RULES } from './catalogue';
import type { RuleParamDef, SubjectType } from './rule';
import { resolveParams, RuleParamsError } from './rule-params';

export interface SavedRuleSetting {
  params: Record<string, unknown>;
  enabled: boolean;
  updatedBy: string | null;
  updatedAt: Date | null;
}

/** Saved thresholds per rule (rules without a row use their defaults). */
export async function loadRuleSettings(q: Queryable): Promise<Map<string, SavedRuleSetting>> {
  const rows: {
    rule_id: string;
    params: Record<string, unknown>;
    enabled: boolean;
    updated_by: string | null;
    updated_at: Date | null;
  }[] = await q.query(`SELECT rule_id, params, enabled, updated_by, updated_at FROM rule_setting`);
  return new Map(
    rows.map((r) => [
      r.rule_id,
      { params: r.params, enabled: r.enabled, updatedBy: r.updated_by, updatedAt: r.updated_at },
    ]),
  );
}

export interface RuleCatalogueEntry {
  ruleId: RuleId;
  nameZh: string;
  nameEn: string;
  subjectType: SubjectType;
  descriptionZh: string;
  descriptionEn: string;
  paramDefs: readonly RuleParamDef[];
  /** Current thresholds (defaults where nobody changed them). */
  params: Record<string, number>;
  defaults: Record<string, number>;
  enabled: boolean;
  /** Number of saved edits (0 = defaults). */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The catalogue in rules.md order with the current thresholds. */
export async function getRuleCatalogue(ds: DataSource): Promise<RuleCatalogueEntry[]> {
  const settings = await loadRuleSettings(ds);
  const versions: { rule_id: string; n: number }[] = await ds.query(
    `SELECT rule_id, count(*)::int AS n FROM rule_setting_change GROUP BY rule_id`,
  );
  const versionOf = new Map(versions.map((v) => [v.rule_id, v.n]));
  return RULES.map((r) => {
    const s = settings.get(r.id);
    return {
      ruleId: r.id,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      subjectType: r.subjectType,
      descriptionZh: r.descriptionZh,
      descriptionEn: r.descriptionEn,
      paramDefs: r.params,
      params: { ...resolveParams(r, s?.params) },
      defaults: { ...resolveParams(r, null) },
      enabled: s?.enabled ?? true,
      version: versionOf.get(r.id) ?? 0,
      updatedBy: s?.updatedBy ?? null,
      updatedAt: s?.updatedAt ? s.updatedAt.toISOString() : null,
    };
  });
}

export interface RuleVersion {
  version: number;
  params: Record<string, number>;
  previous: Record<string, number> | null;
  changedBy: string | null;
  changedAt: string;
}

/** Saved versions of a rule's thresholds, newest first. */
export async function getRuleVersions(ds: DataSource, ruleId: RuleId): Promise<RuleVersion[]> {
  getRule(ruleId);
  const rows: {
    new_params: Record<string, number>;
    old_params: Record<string, number> | null;
    changed_by: string | null;
    changed_at: Date;
    version: number;
  }[] = await ds.query(
    `SELECT new_params, old_params, changed_by, changed_at, row_number() OVER (ORDER BY changed_at, id)::int AS version
       FROM rule_setting_change WHERE rule_id = $1 ORDER BY changed_at DESC, id DESC`,
    [ruleId],
  );
  return rows.map((r) => ({
    version: r.version,
    params: r.new_params,
    previous: r.old_params,
    changedBy: r.changed_by,
    changedAt: r.changed_at.toISOString(),
  }));
}

export interface RuleParamsUpdate {
  ruleId: RuleId;
  before: Record<string, number>;
  after: Record<string, number>;
  version: number;
  changed: boolean;
}

/**
 * Validates a (partial) change of thresholds — known names, finite numbers, min/max, whole
 * numbers where required, consistent bands — and saves it as a new version in one transaction.
 * Returns before/after for the caller's audit log. Throws RuleParamsError when invalid.
 */
export async function updateRuleParams(
  ds: DataSource,
  ruleId: RuleId,
  params: Record<string, unknown>,
  user: string | null,
  /** Why (the editor requires one); kept with the version. */
  reason: string | null = null,
): Promise<RuleParamsUpdate> {
  const rule = getRule(ruleId);
  if (params === null || typeof params !== 'object' || Array.isArray(params))
    throw new RuleParamsError(ruleId, ['params must be an object']);
  return ds.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('rule_setting:' || $1::text))`, [ruleId]);
    const rows: { params: Record<string, unknown> }[] = await em.query(
      `SELECT params FROM rule_setting WHERE rule_id = $1 FOR UPDATE`,
      [ruleId],
    );
    const before = { ...resolveParams(rule, rows[0]?.params) };
    const after = { ...resolveParams(rule, rows[0]?.params, params) };
    const changed = rule.params.some((d) => before[d.name] !== after[d.name]);
    if (changed) {
      await em.query(
        `INSERT INTO rule_setting (rule_id, params, enabled, updated_by, updated_at) VALUES ($1, $2::jsonb, true, $3, now())
         ON CONFLICT (rule_id) DO UPDATE SET params = EXCLUDED.params, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [ruleId, JSON.stringify(after), user],
      );
      await em.query(
        `INSERT INTO rule_setting_change (rule_id, old_params, new_params, changed_by, reason)
         VALUES ($1, $2::jsonb, $3::jsonb, $4, $5)`,
        [ruleId, JSON.stringify(before), JSON.stringify(after), user, reason?.trim() || null],
      );
    }
    const v: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM rule_setting_change WHERE rule_id = $1`,
      [ruleId],
    );
    return { ruleId, before, after, version: v[0].n, changed };
  });
}

import type { RuleParamDef, RuleParams } from './rule';

/** The parameter every money rule with one carries: the amount at stake below which it is info. */
export const MATERIALITY_PARAM = 'materialityYuan';

/**
 * 重要性水平: an alert whose money at stake (amount) is below this many yuan is raised with
 * severity info whatever the rule's own severity (a repayment a few yuan short is not a default).
 * 0 turns it off.
 */
export function materialityParam(defaultYuan = 100): RuleParamDef {
  return {
    name: MATERIALITY_PARAM,
    default: defaultYuan,
    unit: 'yuan',
    min: 0,
    max: 100_000_000,
    labelZh: '重要性金额（涉及金额低于此值降为提示）',
    labelEn: 'Materiality (below this amount at stake: info)',
  };
}

/** The severity column of rule rows `alias`, lowered to info below the rule's materiality. */
export function severitySql(params: RuleParams, alias = 'c'): string {
  const m = params[MATERIALITY_PARAM];
  if (m === undefined || !(m > 0)) return `${alias}.severity::text`;
  return `(CASE WHEN ${alias}.amount IS NOT NULL AND abs(${alias}.amount::numeric) < ${Number(m)}
              THEN 'info' ELSE ${alias}.severity::text END)`;
}

import { materialityParam } from '../materiality';
import { defineRule, RuleParams } from '../rule';
import { agencyName, AS_OF, int, isoDate, moneyMsg, num, pct } from '../sql/fragments';

/** 专项债资金闲置: a project's latest row shows low spending long after the bond was issued. */
export const BOND_FUNDS_IDLE = defineRule({
  id: 'BOND_FUNDS_IDLE',
  subjectType: 'project',
  descriptionZh:
    '项目最新（截止日前）的资金使用记录显示：距债券发行已达阈值天数，累计支出占分配资金比例仍低于阈值。涉及金额低于重要性金额（默认 100 元）时降为提示。',
  descriptionEn:
    "A project's latest row (dated on or before as-of) shows spent/allocated below the threshold although the bond was issued at least the threshold days before that row. Below the materiality amount at stake (default 100 yuan) the severity is info.",
  params: [
    materialityParam(100),
    {
      name: 'minDays',
      default: 180,
      unit: 'days',
      min: 0,
      max: 36500,
      integer: true,
      labelZh: '发行后天数',
      labelEn: 'Days since issue',
    },
    {
      name: 'highDays',
      default: 365,
      unit: 'days',
      min: 0,
      max: 36500,
      integer: true,
      labelZh: '严重闲置天数',
      labelEn: 'Days since issue (high)',
    },
    {
      name: 'minSpendRate',
      default: 0.5,
      unit: 'ratio',
      min: 0,
      max: 1,
      labelZh: '支出进度阈值',
      labelEn: 'Spending rate',
    },
  ],
  check: (p) => (p['highDays'] < p['minDays'] ? 'highDays must be ≥ minDays' : null),
  templateZh:
    '{agency}专项债项目“{project}”分配债券资金 {allocatedMoney}，发行 {days} 天后（截至 {rowDate}）仅支出 {rate}，闲置 {idleMoney}',
  templateEn:
    '{agency}: special-bond project "{project}" has spent only {rate} of ¥{allocatedYuan} {days} days after the bond issue (at {rowDate}); ¥{idleYuan} idle',
  sql: (p: RuleParams) => `
WITH lp AS (
  SELECT DISTINCT ON (project_code) * FROM bond_project
  WHERE as_of <= ${AS_OF} ORDER BY project_code, as_of DESC),
r AS (
  SELECT lp.*, b.district_code, lp.as_of - b.issue_date AS days, lp.spent_amount / lp.allocated_amount AS rate
  FROM lp JOIN debt_bond b ON b.bond_code = lp.bond_code
  WHERE lp.allocated_amount > 0)
SELECT r.project_code AS subject_key,
       CASE WHEN r.days >= ${int(p['highDays'])} THEN 'high' ELSE 'warning' END AS severity,
       r.agency_code, r.district_code, r.allocated_amount - r.spent_amount AS amount,
       round(r.rate, 6) AS metric, ${num(p['minSpendRate'])} AS threshold,
       jsonb_build_object('projects', jsonb_build_array(r.project_code), 'bonds', jsonb_build_array(r.bond_code)) AS evidence,
       jsonb_build_object('agency', ${agencyName('r.agency_code')}, 'project', r.project_name, 'days', r.days,
         'rowDate', ${isoDate('r.as_of')}, 'rate', ${pct('r.rate')},
         ${moneyMsg('allocated', 'r.allocated_amount')}, ${moneyMsg('idle', 'r.allocated_amount - r.spent_amount')}) AS msg
FROM r LEFT JOIN agency a ON a.agency_code = r.agency_code
WHERE r.days >= ${int(p['minDays'])} AND r.rate < ${num(p['minSpendRate'])}`,
});

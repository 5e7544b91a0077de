import { defineRule, RuleParams } from '../rule';
import { agencyName, AS_OF, FY, int, isoDate, moneyMsg } from '../sql/fragments';

/**
 * 审计整改逾期: a finding (any audit_year up to the run's year, found by as_of) not rectified at
 * as_of whose deadline has passed. A rectification dated after as_of does not count yet.
 */
export const AUDIT_OVERDUE = defineRule({
  id: 'AUDIT_OVERDUE',
  subjectType: 'finding',
  descriptionZh: '审计查出问题在截止日尚未整改完成，且已超过整改期限；逾期超过阈值天数为高风险。',
  descriptionEn:
    'An audit finding not rectified at the as-of date whose deadline has passed; high when overdue by more than the threshold.',
  params: [
    {
      name: 'highDays',
      default: 90,
      unit: 'days',
      min: 0,
      max: 36500,
      integer: true,
      labelZh: '严重逾期天数',
      labelEn: 'Days overdue (high)',
    },
  ],
  templateZh:
    '{agency}审计问题 {finding}（{year}年度{category}：{description}）整改期限 {deadline}，已逾期 {days} 天未整改完成，涉及金额 {amountMoney}',
  templateEn:
    '{agency}: audit finding {finding} ({year}, {category}) was due for rectification on {deadline} and is {days} days overdue (¥{amountYuan} involved)',
  sql: (p: RuleParams) => `
SELECT f.finding_id AS subject_key,
       CASE WHEN ${AS_OF} - f.deadline > ${int(p['highDays'])} THEN 'high' ELSE 'warning' END AS severity,
       f.agency_code, a.district_code,
       CASE WHEN f.status = 'rectified' THEN f.amount ELSE f.amount - coalesce(f.rectified_amount, 0) END AS amount,
       ${AS_OF} - f.deadline AS metric, 0 AS threshold,
       jsonb_build_object('findings', jsonb_build_array(f.finding_id)) AS evidence,
       jsonb_build_object('agency', ${agencyName('f.agency_code')}, 'finding', f.finding_id, 'year', f.audit_year,
         'category', f.category, 'description', left(f.description, 60), 'deadline', ${isoDate('f.deadline')},
         'days', ${AS_OF} - f.deadline, ${moneyMsg('amount', 'coalesce(f.amount, 0)')}) AS msg
FROM audit_finding f LEFT JOIN agency a ON a.agency_code = f.agency_code
WHERE f.audit_year <= ${FY} AND f.found_date <= ${AS_OF} AND f.deadline < ${AS_OF}
  AND NOT (f.status = 'rectified' AND coalesce(f.rectified_date, f.found_date) <= ${AS_OF})`,
});

import type { Agency } from '../reference/agencies';
import type { FindingRow } from '../types';
import { addDays, isoDate } from '../util/calendar';
import type { Rng } from '../util/prng';

const CATEGORIES: [category: string, project: string, issues: string[]][] = [
  [
    '预算执行',
    '部门预算执行情况审计',
    [
      '超范围列支公用经费',
      '年底突击支出，预算执行进度不均衡',
      '往来款项长期挂账未清理',
      '项目支出预算编制不细化',
    ],
  ],
  [
    '专项资金',
    '专项资金管理使用情况专项审计',
    ['专项资金闲置一年以上未使用', '挤占挪用专项资金用于日常运转', '专项资金未按规定拨付到位'],
  ],
  [
    '国有资产',
    '行政事业性国有资产管理情况审计',
    ['固定资产未及时入账', '资产出租出借未履行审批程序', '闲置资产未及时盘活处置'],
  ],
  [
    '政府债务',
    '政府债务管理情况审计',
    ['债券资金使用进度缓慢', '新增隐性债务未及时报告', '债务资金用于非公益性项目'],
  ],
  ['政府采购', '政府采购执行情况审计', ['应公开招标未公开招标', '未按合同约定验收', '采购需求编制不规范']],
];

/**
 * Random findings 2022..lastYear on normal agencies. Every (agency, category) occurs in one
 * audit year only (AUDIT_REPEAT stays quiet); a finding is either rectified on or before its
 * deadline or has a deadline after the last year (AUDIT_OVERDUE stays quiet).
 */
export function randomFindings(agencies: readonly Agency[], lastYear: number, rng: Rng): FindingRow[] {
  const out: FindingRow[] = [];
  const used = new Set<string>();
  let seq = 0;
  for (let year = 2022; year <= lastYear; year++) {
    const audited = agencies.filter(() => rng.chance(0.35));
    for (const agency of audited) {
      const n = rng.int(1, 2);
      for (let k = 0; k < n; k++) {
        const [category, project, issues] = rng.pick(CATEGORIES);
        const key = `${agency.code}/${category}`;
        if (used.has(key)) continue;
        used.add(key);
        seq++;
        const found = isoDate(year, rng.int(4, 10), rng.int(1, 28));
        const cents = Math.round(10 ** (4.5 + rng.next() * 2.3)) * 100;
        let deadline = addDays(found, rng.int(90, 180));
        let status: FindingRow['status'];
        let rectifiedDate: string | null = null;
        if (year === lastYear && rng.chance(0.5)) {
          // Still being worked on, with a deadline next year.
          deadline = isoDate(lastYear + 1, rng.int(3, 9), rng.int(1, 28));
          status = rng.pick(['open', 'in_progress', 'partial'] as const);
        } else {
          rectifiedDate = addDays(deadline, -rng.int(1, 60));
          status = 'rectified';
          if (rectifiedDate > `${lastYear}-12-31`) {
            rectifiedDate = null; // its deadline is later still
            status = 'in_progress';
          }
        }
        out.push({
          findingId: `SJ${year}-${String(seq).padStart(4, '0')}`,
          auditYear: year,
          auditProject: `${year}年度${project}`,
          agencyCode: agency.code,
          category,
          description: rng.pick(issues),
          cents,
          foundDate: found,
          deadline,
          status,
          rectifiedCents:
            status === 'rectified' ? cents : status === 'partial' ? Math.round(cents / 200) * 100 : null,
          rectifiedDate,
          measures: status === 'open' ? null : '已制定整改方案，追回资金并完善制度',
        });
      }
    }
  }
  return out;
}

import type { FindingRow } from '../types';
import { yuan } from '../util/money';
import type { PlantedBook } from './book';

type F = Pick<
  FindingRow,
  'findingId' | 'auditYear' | 'agencyCode' | 'category' | 'foundDate' | 'deadline' | 'status'
> & {
  amount: number;
  rectifiedDate?: string;
};

const PROJECTS: Record<string, string> = {
  预算执行: '部门预算执行情况审计',
  专项资金: '专项资金管理使用情况专项审计',
  国有资产: '行政事业性国有资产管理情况审计',
  政府采购: '政府采购执行情况审计',
};
const DESCRIPTIONS: Record<string, string> = {
  预算执行: '无预算、超预算列支会议费和培训费',
  专项资金: '专项资金未按规定用途使用，滞留结余资金',
  国有资产: '固定资产账实不符，部分房屋长期闲置未盘活',
  政府采购: '化整为零规避公开招标，采购程序不规范',
};

function row(f: F): FindingRow {
  const rectified = f.status === 'rectified';
  const partial = f.status === 'partial';
  return {
    findingId: f.findingId,
    auditYear: f.auditYear,
    auditProject: `${f.auditYear}年度${PROJECTS[f.category]}`,
    agencyCode: f.agencyCode,
    category: f.category,
    description: DESCRIPTIONS[f.category],
    cents: yuan(f.amount),
    foundDate: f.foundDate,
    deadline: f.deadline,
    status: f.status,
    rectifiedCents: rectified ? yuan(f.amount) : partial ? yuan(f.amount / 2) : null,
    rectifiedDate: f.rectifiedDate ?? null,
    measures: rectified || partial ? '已追回资金并修订内部管理制度' : null,
  };
}

/** AUDIT_OVERDUE and AUDIT_REPEAT, on planted agencies (random findings never touch them). */
export function plantAuditCases(book: PlantedBook): FindingRow[] {
  const rows: FindingRow[] = [];
  const add = (f: F) => rows.push(row(f));

  add({
    findingId: 'SJ2025-P01',
    auditYear: 2025,
    agencyCode: '121001',
    category: '预算执行',
    amount: 320_000,
    foundDate: '2025-09-10',
    deadline: '2025-12-30',
    status: 'open',
  });
  book.expect('AUDIT_OVERDUE', 'positive', 'SJ2025-P01', 'open, deadline 12-30: 1 day overdue', 'warning');
  add({
    findingId: 'SJ2025-P02',
    auditYear: 2025,
    agencyCode: '122001',
    category: '政府采购',
    amount: 850_000,
    foundDate: '2025-07-01',
    deadline: '2025-10-02',
    status: 'in_progress',
  });
  book.expect(
    'AUDIT_OVERDUE',
    'positive',
    'SJ2025-P02',
    'in progress, exactly 90 days overdue: warning, not high',
    'warning',
  );
  add({
    findingId: 'SJ2025-P03',
    auditYear: 2025,
    agencyCode: '123001',
    category: '国有资产',
    amount: 1_260_000,
    foundDate: '2025-06-20',
    deadline: '2025-10-01',
    status: 'partial',
  });
  book.expect('AUDIT_OVERDUE', 'positive', 'SJ2025-P03', 'partially rectified, 91 days overdue', 'high');
  add({
    findingId: 'SJ2024-P04',
    auditYear: 2024,
    agencyCode: '124001',
    category: '专项资金',
    amount: 2_400_000,
    foundDate: '2024-08-15',
    deadline: '2025-02-28',
    status: 'partial',
  });
  book.expect('AUDIT_OVERDUE', 'positive', 'SJ2024-P04', '2024 finding, 306 days overdue', 'high');
  add({
    findingId: 'SJ2025-P05',
    auditYear: 2025,
    agencyCode: '125001',
    category: '预算执行',
    amount: 150_000,
    foundDate: '2025-10-15',
    deadline: '2025-12-31',
    status: 'open',
  });
  book.expect('AUDIT_OVERDUE', 'control', 'SJ2025-P05', 'deadline = as_of (12-31): not yet overdue');
  add({
    findingId: 'SJ2024-P06',
    auditYear: 2024,
    agencyCode: '126001',
    category: '政府采购',
    amount: 480_000,
    foundDate: '2024-09-10',
    deadline: '2025-03-31',
    status: 'rectified',
    rectifiedDate: '2025-03-20',
  });
  book.expect('AUDIT_OVERDUE', 'control', 'SJ2024-P06', 'rectified on 2025-03-20, before its deadline');
  add({
    findingId: 'SJ2025-P07',
    auditYear: 2025,
    agencyCode: '127001',
    category: '国有资产',
    amount: 560_000,
    foundDate: '2025-05-20',
    deadline: '2025-11-30',
    status: 'rectified',
    rectifiedDate: '2026-01-15',
  });
  book.expect(
    'AUDIT_OVERDUE',
    'positive',
    'SJ2025-P07',
    'marked rectified but only on 2026-01-15, after as_of: open at 12-31, 31 days overdue',
    'warning',
  );

  add({
    findingId: 'SJ2023-P11',
    auditYear: 2023,
    agencyCode: '128001',
    category: '专项资金',
    amount: 300_000,
    foundDate: '2023-08-08',
    deadline: '2024-02-28',
    status: 'rectified',
    rectifiedDate: '2024-01-20',
  });
  add({
    findingId: 'SJ2025-P12',
    auditYear: 2025,
    agencyCode: '128001',
    category: '专项资金',
    amount: 420_000,
    foundDate: '2025-09-16',
    deadline: '2026-03-31',
    status: 'open',
  });
  book.expect(
    'AUDIT_REPEAT',
    'positive',
    '128001/专项资金',
    '专项资金 findings in audit years 2023 and 2025',
    'warning',
  );
  add({
    findingId: 'SJ2024-P13',
    auditYear: 2024,
    agencyCode: '129001',
    category: '政府采购',
    amount: 200_000,
    foundDate: '2024-06-11',
    deadline: '2024-12-31',
    status: 'rectified',
    rectifiedDate: '2024-11-30',
  });
  add({
    findingId: 'SJ2024-P14',
    auditYear: 2024,
    agencyCode: '129001',
    category: '政府采购',
    amount: 260_000,
    foundDate: '2024-06-11',
    deadline: '2024-12-31',
    status: 'rectified',
    rectifiedDate: '2024-12-10',
  });
  book.expect(
    'AUDIT_REPEAT',
    'control',
    '129001/政府采购',
    'two findings of one category, but both in audit year 2024',
  );
  add({
    findingId: 'SJ2023-P15',
    auditYear: 2023,
    agencyCode: '130001',
    category: '预算执行',
    amount: 180_000,
    foundDate: '2023-07-18',
    deadline: '2024-01-31',
    status: 'rectified',
    rectifiedDate: '2023-12-28',
  });
  add({
    findingId: 'SJ2025-P16',
    auditYear: 2025,
    agencyCode: '130001',
    category: '国有资产',
    amount: 640_000,
    foundDate: '2025-08-26',
    deadline: '2026-02-28',
    status: 'in_progress',
  });
  book.expect(
    'AUDIT_REPEAT',
    'control',
    '130001/预算执行',
    'findings in 2023 and 2025 but of different categories',
  );
  return rows;
}

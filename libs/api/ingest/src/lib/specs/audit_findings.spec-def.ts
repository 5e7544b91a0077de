import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { agencyCode, code, date, enumColumn, fiscalYear, money, text } from './columns';
import { agencyReference } from './references';
import { requiredWhen } from './row-checks';

export const auditFindingsSpec: DatasetSpec = {
  key: 'audit_findings',
  table: 'audit_finding',
  zh: DATASET_LABELS.audit_findings.zh,
  batchYear: 'audit_year',
  dataDate: { kind: 'upTo', expr: 'greatest(max(found_date), max(rectified_date))', column: 'found_date' },
  columns: [
    code('finding_id', '问题编号', true),
    { ...fiscalYear('审计年度'), key: 'audit_year' },
    text('audit_project', '审计项目', true, { maxLength: 200 }),
    agencyCode(),
    text('category', '问题类别', true, { maxLength: 50 }),
    text('description', '问题描述', true, { maxLength: 2000 }),
    money('amount', '涉及金额', false),
    date('found_date', '发现日期', true),
    date('deadline', '整改期限', true),
    enumColumn('status', '整改状态', true, 'finding_status'),
    money('rectified_amount', '已整改金额', false),
    date('rectified_date', '整改完成日期', false),
    text('measures', '整改措施', false, { maxLength: 2000 }),
  ],
  naturalKey: ['finding_id'],
  references: [agencyReference],
  rowChecks: [
    requiredWhen('rectified_date', '整改完成日期', 'status', 'rectified', '已整改'),
    (row) =>
      row['deadline'] && row['found_date'] && row['deadline'] < row['found_date']
        ? {
            column: 'deadline',
            reasonZh: '整改期限不能早于发现日期',
            reasonEn: 'deadline must not be before found_date',
          }
        : null,
    (row) =>
      row['rectified_date'] && row['found_date'] && row['rectified_date'] < row['found_date']
        ? {
            column: 'rectified_date',
            reasonZh: '整改完成日期不能早于发现日期',
            reasonEn: 'rectified_date must not be before found_date',
          }
        : null,
  ],
  dependsOn: ['agencies'],
};

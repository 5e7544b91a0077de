import { ALERT_STATUS_LABELS, SEVERITY_LABELS, type AlertDto, type AlertStatus } from '@bs/shared-model';
import { findRule } from '@bs/api-rules';
import { exportFileName, type ExportSpec } from '@bs/api-export';
import type { AlertFilter } from './alert-filter';

function evidenceText(evidence: Record<string, unknown>): string {
  return Object.entries(evidence)
    .map(([kind, keys]) => `${kind}: ${Array.isArray(keys) ? keys.join(' ') : String(keys)}`)
    .join('; ');
}

/**
 * The alert list as a spreadsheet: Chinese headers with units, the status and severity words of the
 * screen, local times; every text cell is neutralised by the writer.
 */
export function alertsExport(filter: AlertFilter): ExportSpec<AlertDto> {
  return {
    fileName: exportFileName(
      '预警清单',
      filter.fiscalYear,
      filter.districtCode ?? filter.agencyCode,
      filter.ruleId,
    ),
    sheetName: '预警清单',
    columns: [
      { header: '预警编号', kind: 'number', value: (r) => r.id },
      { header: '年度', kind: 'number', value: (r) => r.fiscalYear },
      { header: '规则编号', kind: 'text', value: (r) => r.ruleId },
      { header: '规则名称', kind: 'text', value: (r) => findRule(r.ruleId)?.nameZh ?? null, width: 20 },
      { header: '严重程度', kind: 'text', value: (r) => SEVERITY_LABELS[r.severity]?.[0] ?? r.severity },
      {
        header: '状态',
        kind: 'text',
        value: (r) => ALERT_STATUS_LABELS[r.status as AlertStatus]?.[0] ?? r.status,
      },
      { header: '对象', kind: 'text', value: (r) => r.subjectKey, width: 30 },
      { header: '对象名称', kind: 'text', value: (r) => r.subjectName, width: 30 },
      { header: '单位编码', kind: 'text', value: (r) => r.agencyCode },
      { header: '单位名称', kind: 'text', value: (r) => r.agencyName, width: 24 },
      { header: '区划编码', kind: 'text', value: (r) => r.districtCode },
      { header: '涉及金额（元）', kind: 'money', value: (r) => r.amount },
      { header: '实测值', kind: 'number', value: (r) => r.metric },
      { header: '阈值', kind: 'number', value: (r) => r.threshold },
      { header: '预警说明', kind: 'text', value: (r) => r.messageZh, width: 60 },
      { header: '督办单位', kind: 'text', value: (r) => r.assignedAgency },
      { header: '办理期限', kind: 'date', value: (r) => r.dueDate },
      { header: '首次预警时间', kind: 'datetime', value: (r) => r.firstSeen, width: 20 },
      { header: '最近预警时间', kind: 'datetime', value: (r) => r.lastSeen, width: 20 },
      { header: '证据', kind: 'text', value: (r) => evidenceText(r.evidence), width: 40 },
    ],
  };
}

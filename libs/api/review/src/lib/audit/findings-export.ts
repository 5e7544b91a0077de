import { ENUMS, type FindingDto } from '@bs/shared-model';
import { asOfPart, exportFileName, type ExportSpec } from '@bs/api-export';

export function findingsExport(asOf: string, agencyCode?: string): ExportSpec<FindingDto> {
  return {
    fileName: exportFileName('审计查出问题及整改', agencyCode, asOfPart(asOf)),
    sheetName: '审计查出问题及整改',
    columns: [
      { header: '问题编号', kind: 'text', value: (r) => r.findingId },
      { header: '审计年度', kind: 'number', value: (r) => r.auditYear },
      { header: '审计项目', kind: 'text', value: (r) => r.auditProject, width: 24 },
      { header: '单位编码', kind: 'text', value: (r) => r.agencyCode },
      { header: '单位名称', kind: 'text', value: (r) => r.agencyName, width: 24 },
      { header: '问题类别', kind: 'text', value: (r) => r.category },
      { header: '问题描述', kind: 'text', value: (r) => r.description, width: 40 },
      { header: '涉及金额（元）', kind: 'money', value: (r) => r.amount },
      { header: '发现日期', kind: 'date', value: (r) => r.foundDate },
      { header: '整改期限', kind: 'date', value: (r) => r.deadline },
      { header: '整改状态', kind: 'text', value: (r) => ENUMS.finding_status[r.status] ?? r.status },
      { header: '已整改金额（元）', kind: 'money', value: (r) => r.rectifiedAmount },
      { header: '整改完成日期', kind: 'date', value: (r) => r.rectifiedDate },
      { header: '整改措施', kind: 'text', value: (r) => r.measures, width: 30 },
      { header: '逾期天数（天）', kind: 'number', value: (r) => r.overdueDays },
    ],
  };
}

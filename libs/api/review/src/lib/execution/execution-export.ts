import type { ExecutionGroupBy, ExecutionRow } from '@bs/shared-model';
import type { ExportSpec } from '../export/export-column';

const KEY_HEADER: Record<ExecutionGroupBy, [string, string]> = {
  agency: ['单位编码', '单位名称'],
  func: ['功能分类编码', '功能分类名称'],
  econ: ['经济分类编码', '经济分类名称'],
  month: ['月份', '月份'],
  district: ['区划编码', '区划名称'],
};

export function executionExport(
  groupBy: ExecutionGroupBy,
  fiscalYear: number,
  asOf: string,
): ExportSpec<ExecutionRow> {
  const [codeHeader, nameHeader] = KEY_HEADER[groupBy];
  return {
    fileName: `execution-${groupBy}-${asOf}`,
    sheetName: `${fiscalYear}年预算执行`,
    columns: [
      { header: codeHeader, kind: 'text', value: (r) => r.key },
      ...(groupBy === 'month'
        ? []
        : [{ header: nameHeader, kind: 'text' as const, value: (r: ExecutionRow) => r.name, width: 30 }]),
      { header: groupBy === 'month' ? '月末预算数' : '预算数', kind: 'money', value: (r) => r.budget },
      { header: groupBy === 'month' ? '本月支出数' : '支出数', kind: 'money', value: (r) => r.executed },
      { header: groupBy === 'month' ? '累计执行率' : '执行率', kind: 'number', value: (r) => r.rate },
      { header: '时间进度', kind: 'number', value: (r) => r.timeProgress },
      { header: '进度差', kind: 'number', value: (r) => r.lag },
    ],
  };
}

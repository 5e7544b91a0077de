import type { ExecutionGroupBy, ExecutionRow } from '@bs/shared-model';
import { asOfPart, exportFileName, percentPoints, type ExportSpec } from '@bs/api-export';

const GROUP_ZH: Record<ExecutionGroupBy, string> = {
  agency: '按单位',
  func: '按功能分类',
  econ: '按经济分类',
  month: '按月',
  district: '按区划',
};

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
  scopePart?: string | null,
): ExportSpec<ExecutionRow> {
  const [codeHeader, nameHeader] = KEY_HEADER[groupBy];
  return {
    fileName: exportFileName('预算执行', GROUP_ZH[groupBy], fiscalYear, scopePart, asOfPart(asOf)),
    sheetName: `${fiscalYear}年预算执行`,
    columns: [
      { header: codeHeader, kind: 'text', value: (r) => r.key },
      ...(groupBy === 'month'
        ? []
        : [{ header: nameHeader, kind: 'text' as const, value: (r: ExecutionRow) => r.name, width: 30 }]),
      {
        header: groupBy === 'month' ? '月末预算数（元）' : '预算数（元）',
        kind: 'money',
        value: (r) => r.budget,
      },
      {
        header: groupBy === 'month' ? '本月支出数（元）' : '支出数（元）',
        kind: 'money',
        value: (r) => r.executed,
      },
      { header: groupBy === 'month' ? '累计执行率' : '执行率', kind: 'percent', value: (r) => r.rate },
      { header: '时间进度', kind: 'percent', value: (r) => r.timeProgress },
      { header: '进度差（百分点）', kind: 'number', value: (r) => percentPoints(r.lag) },
    ],
  };
}

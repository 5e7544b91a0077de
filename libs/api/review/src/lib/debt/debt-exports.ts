import type { BondProjectDto, DebtPositionDto, RepaymentDto } from '@bs/shared-model';
import { asOfPart, exportFileName, type ExportSpec } from '@bs/api-export';

const STATE_ZH: Record<RepaymentDto['state'], string> = { paid: '已还', overdue: '逾期', due: '待还' };

export function positionsExport(asOf: string, districtCode?: string): ExportSpec<DebtPositionDto> {
  return {
    fileName: exportFileName('债务限额与余额', districtCode, asOfPart(asOf)),
    sheetName: '债务限额与余额',
    columns: [
      { header: '区划编码', kind: 'text', value: (r) => r.districtCode },
      { header: '区划名称', kind: 'text', value: (r) => r.districtName },
      { header: '截止日期', kind: 'date', value: (r) => r.asOf },
      { header: '一般债务限额（元）', kind: 'money', value: (r) => r.generalLimit },
      { header: '一般债务余额（元）', kind: 'money', value: (r) => r.generalBalance },
      { header: '专项债务限额（元）', kind: 'money', value: (r) => r.specialLimit },
      { header: '专项债务余额（元）', kind: 'money', value: (r) => r.specialBalance },
      { header: '综合财力（元）', kind: 'money', value: (r) => r.fiscalCapacity },
      { header: '债务率', kind: 'percent', value: (r) => r.ratio },
    ],
  };
}

export function maturitiesExport(asOf: string, districtCode?: string): ExportSpec<RepaymentDto> {
  return {
    fileName: exportFileName('还本付息', districtCode, asOfPart(asOf)),
    sheetName: '还本付息',
    columns: [
      { header: '债券编码', kind: 'text', value: (r) => r.bondCode },
      { header: '债券名称', kind: 'text', value: (r) => r.bondName },
      { header: '区划编码', kind: 'text', value: (r) => r.districtCode },
      { header: '应还日期', kind: 'date', value: (r) => r.dueDate },
      { header: '应还本金（元）', kind: 'money', value: (r) => r.principal },
      { header: '应付利息（元）', kind: 'money', value: (r) => r.interest },
      { header: '实际支付日期', kind: 'date', value: (r) => r.paidDate },
      { header: '实际支付金额（元）', kind: 'money', value: (r) => r.paidAmount },
      { header: '状态', kind: 'text', value: (r) => STATE_ZH[r.state] },
    ],
  };
}

export function projectsExport(asOf: string, agencyCode?: string): ExportSpec<BondProjectDto> {
  return {
    fileName: exportFileName('专项债券项目', agencyCode, asOfPart(asOf)),
    sheetName: '专项债券项目',
    columns: [
      { header: '项目编码', kind: 'text', value: (r) => r.projectCode },
      { header: '项目名称', kind: 'text', value: (r) => r.projectName, width: 30 },
      { header: '债券编码', kind: 'text', value: (r) => r.bondCode },
      { header: '单位编码', kind: 'text', value: (r) => r.agencyCode },
      { header: '单位名称', kind: 'text', value: (r) => r.agencyName, width: 24 },
      { header: '分配债券资金（元）', kind: 'money', value: (r) => r.allocatedAmount },
      { header: '累计支出（元）', kind: 'money', value: (r) => r.spentAmount },
      { header: '截止日期', kind: 'date', value: (r) => r.asOf },
      { header: '支出进度', kind: 'percent', value: (r) => r.spendRate },
      { header: '发行以来天数', kind: 'number', value: (r) => r.daysSinceIssue },
    ],
  };
}

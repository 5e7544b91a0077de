import { ENUMS, type PaymentDto } from '@bs/shared-model';
import { asOfPart, exportFileName, type ExportSpec } from '@bs/api-export';

export function paymentsExport(
  fiscalYear: number,
  scopePart?: string | null,
  asOf?: string | null,
): ExportSpec<PaymentDto> {
  return {
    fileName: exportFileName('国库集中支付明细', fiscalYear, scopePart, asOfPart(asOf)),
    sheetName: '国库集中支付明细',
    columns: [
      { header: '年度', kind: 'number', value: (r) => r.fiscalYear },
      { header: '支付凭证号', kind: 'text', value: (r) => r.voucherNo, width: 20 },
      { header: '支付日期', kind: 'date', value: (r) => r.payDate },
      { header: '预算类型', kind: 'text', value: (r) => ENUMS.budget_type[r.budgetType] ?? r.budgetType },
      { header: '单位编码', kind: 'text', value: (r) => r.agencyCode },
      { header: '单位名称', kind: 'text', value: (r) => r.agencyName, width: 24 },
      { header: '功能分类编码', kind: 'text', value: (r) => r.funcCode },
      { header: '经济分类编码', kind: 'text', value: (r) => r.econCode },
      { header: '项目编码', kind: 'text', value: (r) => r.projectCode },
      { header: '收款人名称', kind: 'text', value: (r) => r.payeeName, width: 24 },
      { header: '收款人类型', kind: 'text', value: (r) => ENUMS.payee_type[r.payeeType] ?? r.payeeType },
      { header: '支付方式', kind: 'text', value: (r) => ENUMS.pay_method[r.payMethod] ?? r.payMethod },
      { header: '金额（元）', kind: 'money', value: (r) => r.amount },
      { header: '用途', kind: 'text', value: (r) => r.purpose, width: 30 },
    ],
  };
}

import { ENUMS, type AdminAssetDto, type NaturalResourceDto, type SoeDto } from '@bs/shared-model';
import { exportFileName, type ExportSpec } from '@bs/api-export';

export function soeExport(fiscalYear: number): ExportSpec<SoeDto> {
  return {
    fileName: exportFileName('国有企业财务', fiscalYear),
    sheetName: '国有企业财务',
    columns: [
      { header: '企业编码', kind: 'text', value: (r) => r.enterpriseCode, width: 20 },
      { header: '企业名称', kind: 'text', value: (r) => r.enterpriseName, width: 30 },
      { header: '行业类别', kind: 'text', value: (r) => ENUMS.sector[r.sector] ?? r.sector },
      { header: '监管部门', kind: 'text', value: (r) => r.supervisor },
      { header: '资产总额（元）', kind: 'money', value: (r) => r.totalAssets },
      { header: '负债总额（元）', kind: 'money', value: (r) => r.totalLiabilities },
      { header: '资产负债率', kind: 'percent', value: (r) => r.leverage },
      { header: '年初所有者权益（元）', kind: 'money', value: (r) => r.equityBegin },
      { header: '年末所有者权益（元）', kind: 'money', value: (r) => r.equityEnd },
      { header: '保值增值率', kind: 'percent', value: (r) => r.valueRatio },
      { header: '营业收入（元）', kind: 'money', value: (r) => r.revenue },
      { header: '净利润（元）', kind: 'money', value: (r) => r.netProfit },
    ],
  };
}

export function adminAssetsExport(fiscalYear: number): ExportSpec<AdminAssetDto> {
  return {
    fileName: exportFileName('行政事业性国有资产', fiscalYear),
    sheetName: '行政事业性国有资产',
    columns: [
      { header: '单位编码', kind: 'text', value: (r) => r.agencyCode },
      { header: '单位名称', kind: 'text', value: (r) => r.agencyName, width: 24 },
      { header: '资产类别', kind: 'text', value: (r) => ENUMS.asset_class[r.assetClass] ?? r.assetClass },
      { header: '数量', kind: 'number', value: (r) => r.quantity },
      { header: '原值（元）', kind: 'money', value: (r) => r.originalValue },
      { header: '净值（元）', kind: 'money', value: (r) => r.netValue },
      { header: '闲置资产价值（元）', kind: 'money', value: (r) => r.idleValue },
    ],
  };
}

export function naturalExport(fiscalYear: number): ExportSpec<NaturalResourceDto> {
  return {
    fileName: exportFileName('国有自然资源资产', fiscalYear),
    sheetName: '国有自然资源资产',
    columns: [
      { header: '区划编码', kind: 'text', value: (r) => r.districtCode },
      { header: '区划名称', kind: 'text', value: (r) => r.districtName },
      {
        header: '资源类型',
        kind: 'text',
        value: (r) => ENUMS.resource_type[r.resourceType] ?? r.resourceType,
      },
      { header: '指标', kind: 'text', value: (r) => r.indicator },
      { header: '单位', kind: 'text', value: (r) => r.unit },
      { header: '数量', kind: 'number', value: (r) => r.quantity },
      { header: '价值（元）', kind: 'money', value: (r) => r.value },
    ],
  };
}

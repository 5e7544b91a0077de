import type { Messages } from '@bs/dashboard-data-access';

export const ASSETS_MESSAGES: Messages = {
  'as.title': ['国有资产', 'State assets'],
  'as.soe': ['国有企业', 'State-owned enterprises'],
  'as.soeHint': [
    '横轴为资产总额，纵轴为资产负债率；虚线为预警规则当前的关注线和严重线（见下方颜色说明）。图中只含非金融企业（金融企业负债率天然较高）。',
    'Across: total assets; up: share of assets owed as debt. Dashed lines at the alert rule’s current warning and high lines (see the colour key). The chart shows non-financial firms only (financial firms naturally owe more).',
  ],
  'as.assets': ['资产总额', 'Total assets'],
  'as.leverage': ['资产负债率', 'Debt to assets'],
  'as.valueRatio': ['保值增值率', 'Capital kept'],
  'as.netProfit': ['净利润', 'Net profit'],
  'as.enterprise': ['企业', 'Enterprise'],
  'as.sector': ['行业类别', 'Sector'],
  'as.admin': ['行政事业性国有资产', 'Assets of public bodies'],
  'as.class': ['资产类别', 'Asset class'],
  'as.original': ['原值', 'Original value'],
  'as.net': ['净值', 'Net value'],
  'as.idle': ['闲置', 'Idle'],
  'as.idleShare': ['闲置占比', 'Idle share'],
  'as.natural': ['国有自然资源资产', 'Natural resources'],
  'as.resource': ['资源类型', 'Resource'],
  'as.indicator': ['指标', 'Measure'],
  'as.quantity': ['数量', 'Quantity'],
  'as.value': ['价值', 'Value'],
};

import type { Messages } from '../i18n/i18n.service';

/** Words of the colour language (registered with the signed-in shell); the same words as alert severities. */
export const BAND_MESSAGES: Messages = {
  'band.ok': ['正常', 'OK'],
  'band.warning': ['关注', 'Warning'],
  'band.high': ['严重', 'High'],
  'band.critical': ['紧急', 'Critical'],
  'band.none': ['无数据', 'No data'],
  'band.legend': ['颜色含义', 'Colours'],
  'band.legendHint': [
    '颜色和符号来自预警规则的当前阈值（规则与阈值页可调整）。',
    'Colours and symbols follow the alert rules’ current thresholds (see Rules & thresholds).',
  ],
  'band.debtRatio': [
    '债务率：≥{w} 关注，≥{h} 严重（高风险），≥{c} 紧急；余额超限额另标“超限额”。',
    'Debt ratio: ≥{w} warning, ≥{h} high risk, ≥{c} critical; a balance above its limit is marked “over limit”.',
  ],
  'band.execLag': [
    '执行进度：落后时间进度超过 {w} 个百分点关注，超过 {h} 个百分点严重；支出超预算为紧急（超支）。',
    'Execution: more than {w} points behind the time progress is a warning, more than {h} points high; spending above budget is critical (overspent).',
  ],
  'band.soeLeverage': [
    '资产负债率：>{w} 关注，>{h} 严重（非金融企业）。',
    'Leverage: >{w} warning, >{h} high (non-financial enterprises).',
  ],
  'band.overLimit': ['超限额', 'Over limit'],
  'band.overspent': ['超支', 'Overspent'],
  'band.overdue': ['逾期', 'Overdue'],
};

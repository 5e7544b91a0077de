import type { AlertStatus, BudgetType, Severity } from './enums';

/** A label as [中文, English]: the words the screen, the exports and the report all use. */
export type Label = readonly [zh: string, en: string];

/** Severity words, as the alert list shows them. */
export const SEVERITY_LABELS: Record<Severity, Label> = {
  info: ['提示', 'Info'],
  warning: ['关注', 'Warning'],
  high: ['严重', 'High'],
  critical: ['紧急', 'Critical'],
};

/** Alert status words, as the alert list shows them (one home: screen, exports, report, errors). */
export const ALERT_STATUS_LABELS: Record<AlertStatus, Label> = {
  new: ['待核实', 'New'],
  confirmed: ['已确认', 'Confirmed'],
  resolved: ['已处理', 'Resolved'],
  dismissed: ['已排除', 'Dismissed'],
  cleared: ['已消除', 'Cleared'],
};

/** The four budgets (全口径). */
export const BUDGET_TYPE_LABELS: Record<BudgetType, Label> = {
  general: ['一般公共预算', 'General public budget'],
  fund: ['政府性基金预算', 'Government fund budget'],
  capital: ['国有资本经营预算', 'State capital budget'],
  social: ['社会保险基金预算', 'Social insurance fund budget'],
};

/** The label in one language; `lang` defaults to Chinese. */
export function labelIn(label: Label, lang: 'zh' | 'en' = 'zh'): string {
  return lang === 'zh' ? label[0] : label[1];
}

import {
  ALERT_STATUS_LABELS,
  BUDGET_TYPE_LABELS,
  DATASET_LABELS,
  labelIn,
  SEVERITY_LABELS,
  type AlertStatus,
  RULE_NAMES,
  type BudgetType,
  type DatasetKey,
  type RuleId,
  type Severity,
} from '@bs/shared-model';
import type { ReportLang } from './report-data';

export const budgetTypeLabel = (t: BudgetType, lang: ReportLang): string =>
  labelIn(BUDGET_TYPE_LABELS[t], lang);
export const severityLabel = (s: Severity, lang: ReportLang): string => labelIn(SEVERITY_LABELS[s], lang);
export const statusLabel = (s: string, lang: ReportLang): string =>
  s in ALERT_STATUS_LABELS ? labelIn(ALERT_STATUS_LABELS[s as AlertStatus], lang) : s;
export const ruleLabel = (id: RuleId, lang: ReportLang): string => RULE_NAMES[id][lang];
export const datasetLabel = (k: DatasetKey, lang: ReportLang): string => DATASET_LABELS[k][lang];

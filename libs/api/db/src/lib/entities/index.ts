import { AdminAsset, NaturalResource, SoeFinancial } from './assets.entity';
import { AuditFinding, FindingStatusChange } from './audit.entity';
import { Alert, AlertAttachment, AlertEvent, RuleRun, RuleSetting, RuleSettingChange } from './alert.entity';
import { BudgetLine } from './budget.entity';
import { BondProject, DebtBond, DebtPosition, DebtRepayment } from './debt.entity';
import { Agency, District } from './organisation.entity';
import { Payment } from './payment.entity';
import { PaymentRollup, PaymentRollupAgency, PaymentRollupAgencyDay } from './payment-rollup.entity';
import { RefEconCode, RefFuncCode, RefRevenueCode, WorkCalendarDay } from './reference.entity';
import { ReportFile } from './report.entity';
import { Revenue } from './revenue.entity';
import { SearchName, SearchPayee } from './search.entity';
import { AppUser, AuditLogEntry, ImportBatch } from './system.entity';
import { AuthSession, LoginThrottleEntry } from './security.entity';

export * from './assets.entity';
export * from './audit.entity';
export * from './alert.entity';
export * from './budget.entity';
export * from './debt.entity';
export * from './organisation.entity';
export * from './payment.entity';
export * from './payment-rollup.entity';
export * from './reference.entity';
export * from './report.entity';
export * from './revenue.entity';
export * from './search.entity';
export * from './system.entity';
export * from './security.entity';

export const ENTITIES = [
  District,
  Agency,
  BudgetLine,
  Payment,
  PaymentRollup,
  PaymentRollupAgency,
  PaymentRollupAgencyDay,
  Revenue,
  AuditFinding,
  FindingStatusChange,
  DebtBond,
  DebtPosition,
  DebtRepayment,
  BondProject,
  SoeFinancial,
  AdminAsset,
  NaturalResource,
  ImportBatch,
  AppUser,
  AuditLogEntry,
  LoginThrottleEntry,
  AuthSession,
  Alert,
  AlertEvent,
  AlertAttachment,
  RuleSetting,
  RuleSettingChange,
  RuleRun,
  RefFuncCode,
  RefEconCode,
  RefRevenueCode,
  WorkCalendarDay,
  SearchName,
  SearchPayee,
  ReportFile,
];

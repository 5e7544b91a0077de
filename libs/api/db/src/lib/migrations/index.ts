import { InitialSchema1795813341515 } from './1795813341515-initial-schema';
import { ReferenceData1795813400000 } from './1795813400000-reference-data';
import { PaymentRollup1795818400000 } from './1795818400000-payment-rollup';
import { PaymentRollupDay1795818500000 } from './1795818500000-payment-rollup-day';
import { PaymentPayeeSeqIndex1795900000000 } from './1795900000000-payment-payee-seq-index';
import { SplitPaymentGroups1796000000000 } from './1796000000000-split-payment-groups';
import { PaymentRollupPositive1796000100000 } from './1796000100000-payment-rollup-positive';
import { AlertFillfactor1796000200000 } from './1796000200000-alert-fillfactor';
import { PaymentCellIndex1796000300000 } from './1796000300000-payment-cell-index';
import { PaymentRollupFirstDigits1796000400000 } from './1796000400000-payment-rollup-first-digits';
import { SplitPaymentGroupsTight1796000500000 } from './1796000500000-split-payment-groups-tight';
import { LoginThrottleSessions1797100000001 } from './1797100000001-login-throttle-sessions';
import { SearchIndex1797200000000 } from './1797200000000-search-index';
import { ReferenceCodeAdditions1797200000100 } from './1797200000100-reference-code-additions';
import { DubanLoop1797300000000 } from './1797300000000-duban-loop';
import { PaymentTextSearch1797500000000 } from './1797500000000-payment-text-search';
import { ReportFile1797800000000 } from './1797800000000-report-file';

/** Every migration in order; the app bundles them (no glob loading). */
export const MIGRATIONS = [
  InitialSchema1795813341515,
  ReferenceData1795813400000,
  PaymentRollup1795818400000,
  PaymentRollupDay1795818500000,
  PaymentPayeeSeqIndex1795900000000,
  SplitPaymentGroups1796000000000,
  PaymentRollupPositive1796000100000,
  AlertFillfactor1796000200000,
  PaymentCellIndex1796000300000,
  PaymentRollupFirstDigits1796000400000,
  SplitPaymentGroupsTight1796000500000,
  LoginThrottleSessions1797100000001,
  SearchIndex1797200000000,
  ReferenceCodeAdditions1797200000100,
  DubanLoop1797300000000,
  PaymentTextSearch1797500000000,
  ReportFile1797800000000,
];

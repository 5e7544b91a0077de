import { DatasetKey } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { adminAssetsSpec } from './admin_assets.spec-def';
import { agenciesSpec } from './agencies.spec-def';
import { auditFindingsSpec } from './audit_findings.spec-def';
import { bondProjectsSpec } from './bond_projects.spec-def';
import { budgetSpec } from './budget.spec-def';
import { debtBondsSpec } from './debt_bonds.spec-def';
import { debtPositionsSpec } from './debt_positions.spec-def';
import { debtRepaymentsSpec } from './debt_repayments.spec-def';
import { districtsSpec } from './districts.spec-def';
import { naturalResourcesSpec } from './natural_resources.spec-def';
import { paymentsSpec } from './payments.spec-def';
import { revenueSpec } from './revenue.spec-def';
import { soeFinancialsSpec } from './soe_financials.spec-def';

export const DATASET_SPECS: Record<DatasetKey, DatasetSpec> = {
  districts: districtsSpec,
  agencies: agenciesSpec,
  budget: budgetSpec,
  payments: paymentsSpec,
  revenue: revenueSpec,
  audit_findings: auditFindingsSpec,
  debt_bonds: debtBondsSpec,
  debt_positions: debtPositionsSpec,
  debt_repayments: debtRepaymentsSpec,
  bond_projects: bondProjectsSpec,
  soe_financials: soeFinancialsSpec,
  admin_assets: adminAssetsSpec,
  natural_resources: naturalResourcesSpec,
};

export {
  adminAssetsSpec,
  agenciesSpec,
  auditFindingsSpec,
  bondProjectsSpec,
  budgetSpec,
  debtBondsSpec,
  debtPositionsSpec,
  debtRepaymentsSpec,
  districtsSpec,
  naturalResourcesSpec,
  paymentsSpec,
  revenueSpec,
  soeFinancialsSpec,
};

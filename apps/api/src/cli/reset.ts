import { DataSource } from 'typeorm';

/** `demo --reset`: empties every dataset, alert and batch table (users, settings and reference data stay). */
export async function resetData(ds: DataSource): Promise<void> {
  await ds.query(`TRUNCATE district, agency, budget_line, payment, revenue, audit_finding, finding_status_change, debt_bond,
    debt_position, debt_repayment, bond_project, soe_financial, admin_asset, natural_resource, import_batch,
    alert, alert_event, rule_run RESTART IDENTITY`);
}

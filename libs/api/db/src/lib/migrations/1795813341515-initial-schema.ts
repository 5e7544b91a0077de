import { MigrationInterface, QueryRunner } from 'typeorm';

/** All dataset, workflow, identity and reference tables; payment is partitioned by fiscal_year. */
export class InitialSchema1795813341515 implements MigrationInterface {
  name = 'InitialSchema1795813341515';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "soe_financial" ("fiscal_year" smallint NOT NULL, "enterprise_code" character varying(64) NOT NULL, "enterprise_name" text NOT NULL, "sector" character varying(16) NOT NULL, "supervisor" text, "total_assets" numeric(18,2) NOT NULL, "total_liabilities" numeric(18,2) NOT NULL, "equity_begin" numeric(18,2) NOT NULL, "equity_end" numeric(18,2) NOT NULL, "revenue" numeric(18,2) NOT NULL, "net_profit" numeric(18,2) NOT NULL, "batch_id" integer, CONSTRAINT "PK_93c1494125963a34b9c2acf721d" PRIMARY KEY ("fiscal_year", "enterprise_code")); COMMENT ON COLUMN "soe_financial"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(
      `CREATE TABLE "admin_asset" ("fiscal_year" smallint NOT NULL, "agency_code" character varying(64) NOT NULL, "asset_class" character varying(32) NOT NULL, "quantity" numeric(18,4), "original_value" numeric(18,2) NOT NULL, "net_value" numeric(18,2) NOT NULL, "idle_value" numeric(18,2), "batch_id" integer, CONSTRAINT "PK_2ee9973a3f914a3c8a46d6cc3df" PRIMARY KEY ("fiscal_year", "agency_code", "asset_class")); COMMENT ON COLUMN "admin_asset"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(
      `CREATE TABLE "natural_resource" ("fiscal_year" smallint NOT NULL, "district_code" character varying(6) NOT NULL, "resource_type" character varying(16) NOT NULL, "indicator" character varying(64) NOT NULL, "unit" character varying(32) NOT NULL, "quantity" numeric(20,4) NOT NULL, "value" numeric(18,2), "batch_id" integer, CONSTRAINT "PK_92c62a77165c4d9df489fc042ce" PRIMARY KEY ("fiscal_year", "district_code", "resource_type", "indicator")); COMMENT ON COLUMN "natural_resource"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_finding" ("finding_id" character varying(64) NOT NULL, "audit_year" smallint NOT NULL, "audit_project" text NOT NULL, "agency_code" character varying(64) NOT NULL, "category" text NOT NULL, "description" text NOT NULL, "amount" numeric(18,2), "found_date" date NOT NULL, "deadline" date NOT NULL, "status" character varying(16) NOT NULL, "rectified_amount" numeric(18,2), "rectified_date" date, "measures" text, "batch_id" integer, CONSTRAINT "PK_cac765d3c909c270a8b82705d1f" PRIMARY KEY ("finding_id")); COMMENT ON COLUMN "audit_finding"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_finding_year" ON "audit_finding"  ("audit_year") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_finding_agency" ON "audit_finding"  ("agency_code", "category") `,
    );
    await queryRunner.query(
      `CREATE TABLE "finding_status_change" ("id" SERIAL NOT NULL, "finding_id" character varying(64) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "batch_id" integer NOT NULL, "changed_by" text, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7234fee6d156ab3b5bedd0be0d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_finding_status_change_finding" ON "finding_status_change"  ("finding_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "alert" ("id" SERIAL NOT NULL, "rule_id" character varying(32) NOT NULL, "fiscal_year" smallint NOT NULL, "subject_type" character varying(32) NOT NULL, "subject_key" text NOT NULL, "severity" character varying(16) NOT NULL, "agency_code" character varying(64), "district_code" character varying(6), "amount" numeric(18,2), "metric" numeric, "threshold" numeric, "evidence" jsonb NOT NULL DEFAULT '{}', "message_zh" text NOT NULL, "message_en" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'new', "assigned_agency" character varying(64), "due_date" date, "as_of" date, "first_seen" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen" TIMESTAMP WITH TIME ZONE NOT NULL, "last_run_id" integer, CONSTRAINT "UQ_alert_identity" UNIQUE ("rule_id", "fiscal_year", "subject_key"), CONSTRAINT "PK_ad91cad659a3536465d564a4b2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_alert_agency" ON "alert"  ("fiscal_year", "agency_code") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_alert_filter" ON "alert"  ("fiscal_year", "status", "severity") `,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_event" ("id" SERIAL NOT NULL, "alert_id" integer NOT NULL, "kind" character varying(16) NOT NULL, "from_status" character varying(16), "to_status" character varying(16), "actor" text, "comment" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c7366edb86d2fff4713e74c6eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_alert_event_alert" ON "alert_event"  ("alert_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "rule_setting" ("rule_id" character varying(32) NOT NULL, "params" jsonb NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "updated_by" text, "updated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_81837f6dfc3be5cd6e3c876d58a" PRIMARY KEY ("rule_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rule_setting_change" ("id" SERIAL NOT NULL, "rule_id" character varying(32) NOT NULL, "old_params" jsonb, "new_params" jsonb NOT NULL, "changed_by" text, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4216248b06a2df2b16b9182fa24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_rule_setting_change_rule" ON "rule_setting_change"  ("rule_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rule_run" ("id" SERIAL NOT NULL, "fiscal_year" smallint NOT NULL, "as_of" date NOT NULL, "started_by" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "results" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_feb861b6092c8d3ddc974efcaf4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "budget_line" ("fiscal_year" smallint NOT NULL, "line_id" character varying(64) NOT NULL, "budget_type" character varying(16) NOT NULL, "agency_code" character varying(64) NOT NULL, "func_code" character varying(7) NOT NULL, "econ_code" character varying(5) NOT NULL, "project_code" character varying(64), "project_name" text, "stage" character varying(16) NOT NULL, "effective_date" date NOT NULL, "amount" numeric(18,2) NOT NULL, "doc_no" text, "batch_id" integer, CONSTRAINT "PK_53a74fb0209bd07beaf22bb6688" PRIMARY KEY ("fiscal_year", "line_id")); COMMENT ON COLUMN "budget_line"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_budget_line_econ" ON "budget_line"  ("fiscal_year", "econ_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_budget_line_func" ON "budget_line"  ("fiscal_year", "func_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_budget_line_cell" ON "budget_line"  ("fiscal_year", "agency_code", "budget_type", "func_code", "econ_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "debt_bond" ("bond_code" character varying(64) NOT NULL, "bond_name" text NOT NULL, "district_code" character varying(6) NOT NULL, "debt_type" character varying(16) NOT NULL, "purpose" character varying(16) NOT NULL, "issue_date" date NOT NULL, "maturity_date" date NOT NULL, "amount" numeric(18,2) NOT NULL, "rate" numeric(9,4) NOT NULL, "batch_id" integer, CONSTRAINT "PK_8854df6ef00eea95eb04974544b" PRIMARY KEY ("bond_code")); COMMENT ON COLUMN "debt_bond"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_debt_bond_district" ON "debt_bond"  ("district_code") `);
    await queryRunner.query(
      `CREATE TABLE "debt_position" ("as_of" date NOT NULL, "district_code" character varying(6) NOT NULL, "general_limit" numeric(18,2) NOT NULL, "general_balance" numeric(18,2) NOT NULL, "special_limit" numeric(18,2) NOT NULL, "special_balance" numeric(18,2) NOT NULL, "fiscal_capacity" numeric(18,2) NOT NULL, "debt_service" numeric(18,2), "batch_id" integer, CONSTRAINT "PK_5598b0b266d3db8140241e74609" PRIMARY KEY ("as_of", "district_code")); COMMENT ON COLUMN "debt_position"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(
      `CREATE TABLE "debt_repayment" ("bond_code" character varying(64) NOT NULL, "due_date" date NOT NULL, "principal" numeric(18,2) NOT NULL, "interest" numeric(18,2) NOT NULL, "paid_date" date, "paid_amount" numeric(18,2), "batch_id" integer, CONSTRAINT "PK_ae47108b2f9d37675e3295ef397" PRIMARY KEY ("bond_code", "due_date")); COMMENT ON COLUMN "debt_repayment"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_debt_repayment_due" ON "debt_repayment"  ("due_date") `);
    await queryRunner.query(
      `CREATE TABLE "bond_project" ("project_code" character varying(64) NOT NULL, "as_of" date NOT NULL, "project_name" text NOT NULL, "bond_code" character varying(64) NOT NULL, "agency_code" character varying(64) NOT NULL, "allocated_amount" numeric(18,2) NOT NULL, "spent_amount" numeric(18,2) NOT NULL, "batch_id" integer, CONSTRAINT "PK_574c2edb56975a793826119e0cf" PRIMARY KEY ("project_code", "as_of")); COMMENT ON COLUMN "bond_project"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bond_project_bond" ON "bond_project"  ("bond_code") `);
    await queryRunner.query(
      `CREATE TABLE "district" ("district_code" character varying(6) NOT NULL, "district_name" text NOT NULL, "parent_code" character varying(6), "batch_id" integer, CONSTRAINT "PK_d25cdcc8c757bd2cf232b25732a" PRIMARY KEY ("district_code")); COMMENT ON COLUMN "district"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(
      `CREATE TABLE "agency" ("agency_code" character varying(64) NOT NULL, "agency_name" text NOT NULL, "parent_code" character varying(64), "district_code" character varying(6) NOT NULL, "agency_type" character varying(16), "batch_id" integer, CONSTRAINT "PK_a4ace760065e4089618eb12600a" PRIMARY KEY ("agency_code")); COMMENT ON COLUMN "agency"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_agency_district" ON "agency"  ("district_code") `);
    await queryRunner.query(
      `CREATE TABLE "payment" ("fiscal_year" smallint NOT NULL, "voucher_no" character varying(64) NOT NULL, "pay_date" date NOT NULL, "budget_type" character varying(16) NOT NULL, "agency_code" character varying(64) NOT NULL, "func_code" character varying(7) NOT NULL, "econ_code" character varying(5) NOT NULL, "project_code" character varying(64), "payee_name" text NOT NULL, "payee_account" character varying(64), "payee_key" text NOT NULL, "payee_type" character varying(16) NOT NULL, "pay_method" character varying(16) NOT NULL, "amount" numeric(18,2) NOT NULL, "purpose" text, "batch_id" integer, CONSTRAINT "CHK_payment_amount_nonzero" CHECK ("amount" <> 0), CONSTRAINT "CHK_payment_date_in_year" CHECK ("pay_date" >= make_date("fiscal_year", 1, 1) AND "pay_date" <= make_date("fiscal_year", 12, 31)), CONSTRAINT "PK_6a0cdc3c19eea8339c70301e674" PRIMARY KEY ("fiscal_year", "voucher_no")) PARTITION BY LIST ("fiscal_year"); COMMENT ON COLUMN "payment"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_payment_payee" ON "payment"  ("fiscal_year", "payee_key") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_date" ON "payment"  ("fiscal_year", "pay_date", "voucher_no") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_payment_econ" ON "payment"  ("fiscal_year", "econ_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_payment_func" ON "payment"  ("fiscal_year", "func_code") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_payment_agency" ON "payment"  ("fiscal_year", "agency_code", "pay_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ref_func_code" ("version_year" smallint NOT NULL, "code" character varying(7) NOT NULL, "name" text NOT NULL, "level" smallint NOT NULL, CONSTRAINT "PK_ff42d03087ca9d450b943fb8e14" PRIMARY KEY ("version_year", "code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ref_econ_code" ("version_year" smallint NOT NULL, "code" character varying(5) NOT NULL, "name" text NOT NULL, "kind" character varying(8) NOT NULL, "level" smallint NOT NULL, CONSTRAINT "PK_f1fce2bf09c8e7ed4fd578b9cf4" PRIMARY KEY ("version_year", "code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ref_revenue_code" ("version_year" smallint NOT NULL, "code" character varying(7) NOT NULL, "name" text NOT NULL, "level" smallint NOT NULL, CONSTRAINT "PK_b9a8cce02db0017e7966ef840e7" PRIMARY KEY ("version_year", "code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_calendar" ("day" date NOT NULL, "is_workday" boolean NOT NULL, "kind" character varying(8) NOT NULL, "name" text, CONSTRAINT "PK_4039b0874a46542798ee8b91f81" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "revenue" ("fiscal_year" smallint NOT NULL, "month" smallint NOT NULL, "district_code" character varying(6) NOT NULL, "budget_type" character varying(16) NOT NULL, "revenue_code" character varying(7) NOT NULL, "budget_amount" numeric(18,2) NOT NULL, "month_amount" numeric(18,2) NOT NULL, "batch_id" integer, CONSTRAINT "PK_876ad70c8d8b21baac43adbf37e" PRIMARY KEY ("fiscal_year", "month", "district_code", "budget_type", "revenue_code")); COMMENT ON COLUMN "revenue"."batch_id" IS 'import batch that last wrote the row'`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_batch" ("id" SERIAL NOT NULL, "dataset" character varying(32) NOT NULL, "file_name" text NOT NULL, "sha256" character(64) NOT NULL, "source" character varying(16) NOT NULL, "started_by" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL, "rows_read" bigint NOT NULL DEFAULT '0', "inserted" bigint NOT NULL DEFAULT '0', "updated" bigint NOT NULL DEFAULT '0', "unchanged" bigint NOT NULL DEFAULT '0', "rejected" bigint NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "warnings" jsonb NOT NULL DEFAULT '[]', "problem_rows" text, CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_import_batch_dataset" ON "import_batch"  ("dataset", "started_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "username" character varying(64) NOT NULL, "password_hash" text NOT NULL, "role" character varying(16) NOT NULL, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "disabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" text, "action" character varying(64) NOT NULL, "target" text, "before" jsonb, "after" jsonb, "ip" character varying(64), "request_id" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_action" ON "audit_log"  ("action", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_at" ON "audit_log"  ("at") `);
    // Partitions are created on demand, one per fiscal year, by the importer (and tests).
    await queryRunner.query(`CREATE FUNCTION ensure_payment_partition(y integer) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF to_regclass(format('payment_%s', y)) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF payment FOR VALUES IN (%s)', 'payment_' || y, y);
  END IF;
END $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ensure_payment_partition(integer)`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_action"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_batch_dataset"`);
    await queryRunner.query(`DROP TABLE "import_batch"`);
    await queryRunner.query(`DROP TABLE "revenue"`);
    await queryRunner.query(`DROP TABLE "work_calendar"`);
    await queryRunner.query(`DROP TABLE "ref_revenue_code"`);
    await queryRunner.query(`DROP TABLE "ref_econ_code"`);
    await queryRunner.query(`DROP TABLE "ref_func_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_agency"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_func"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_econ"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payment_payee"`);
    await queryRunner.query(`DROP TABLE "payment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agency_district"`);
    await queryRunner.query(`DROP TABLE "agency"`);
    await queryRunner.query(`DROP TABLE "district"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bond_project_bond"`);
    await queryRunner.query(`DROP TABLE "bond_project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_debt_repayment_due"`);
    await queryRunner.query(`DROP TABLE "debt_repayment"`);
    await queryRunner.query(`DROP TABLE "debt_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_debt_bond_district"`);
    await queryRunner.query(`DROP TABLE "debt_bond"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_budget_line_cell"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_budget_line_func"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_budget_line_econ"`);
    await queryRunner.query(`DROP TABLE "budget_line"`);
    await queryRunner.query(`DROP TABLE "rule_run"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_rule_setting_change_rule"`);
    await queryRunner.query(`DROP TABLE "rule_setting_change"`);
    await queryRunner.query(`DROP TABLE "rule_setting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_alert_event_alert"`);
    await queryRunner.query(`DROP TABLE "alert_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_alert_filter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_alert_agency"`);
    await queryRunner.query(`DROP TABLE "alert"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_finding_status_change_finding"`);
    await queryRunner.query(`DROP TABLE "finding_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_finding_agency"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_finding_year"`);
    await queryRunner.query(`DROP TABLE "audit_finding"`);
    await queryRunner.query(`DROP TABLE "natural_resource"`);
    await queryRunner.query(`DROP TABLE "admin_asset"`);
    await queryRunner.query(`DROP TABLE "soe_financial"`);
  }
}

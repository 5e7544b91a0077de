import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 督办 loop (issue 18): assignment to a district and by whom, the answer state and the one-time
 * extension request on alert; step details on alert_event; the units' attachments (bytes in the
 * database with their sha256); a reason for threshold edits; account scopes (agency, district).
 */
export class DubanLoop1797300000000 implements MigrationInterface {
  name = 'DubanLoop1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert_attachment" ("id" SERIAL NOT NULL, "alert_id" integer NOT NULL, "event_id" integer, "file_name" text NOT NULL, "content_type" character varying(128) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "data" bytea NOT NULL, "uploaded_by" text, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3ccc3b0e75920af4c7b0100261c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_alert_attachment_alert" ON "alert_attachment"  ("alert_id") `);
    await queryRunner.query(`ALTER TABLE "alert" ADD "assigned_district" character varying(6)`);
    await queryRunner.query(`ALTER TABLE "alert" ADD "assigned_by" text`);
    await queryRunner.query(`ALTER TABLE "alert" ADD "response_state" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "alert" ADD "extension_requested" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "alert_event" ADD "detail" jsonb`);
    await queryRunner.query(`ALTER TABLE "rule_setting_change" ADD "reason" text`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "agency_code" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "district_code" character varying(6)`);
    await queryRunner.query(`CREATE INDEX "IDX_alert_assigned" ON "alert"  ("assigned_agency") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_alert_assigned"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "district_code"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "agency_code"`);
    await queryRunner.query(`ALTER TABLE "rule_setting_change" DROP COLUMN "reason"`);
    await queryRunner.query(`ALTER TABLE "alert_event" DROP COLUMN "detail"`);
    await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "extension_requested"`);
    await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "response_state"`);
    await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "assigned_by"`);
    await queryRunner.query(`ALTER TABLE "alert" DROP COLUMN "assigned_district"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_alert_attachment_alert"`);
    await queryRunner.query(`DROP TABLE "alert_attachment"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: the generated supervision reports (monthly after the inbox, or kept by a user). */
export class ReportFile1797800000000 implements MigrationInterface {
  name = 'ReportFile1797800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_file" ("id" SERIAL NOT NULL, "fiscal_year" integer NOT NULL, "as_of" date NOT NULL, "scope" character varying(80) NOT NULL, "lang" character varying(2) NOT NULL, "format" character varying(8) NOT NULL, "file_name" text NOT NULL, "size" bigint, "sha256" character(64), "status" character varying(16) NOT NULL, "error" text, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "generated_by" text NOT NULL, CONSTRAINT "PK_report_file" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_report_file_generated" ON "report_file" ("generated_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_report_file_generated"`);
    await queryRunner.query(`DROP TABLE "report_file"`);
  }
}

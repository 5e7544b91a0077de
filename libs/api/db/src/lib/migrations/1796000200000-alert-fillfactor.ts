import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * alert: fillfactor 70. Every rule run rewrites each alert that still fires (last_seen, last_run_id,
 * facts) while its indexed columns (identity, status, severity, agency) stay the same; with room
 * left on the page PostgreSQL keeps the new version beside the old one (a HOT update) instead of
 * adding an entry to each of the table's four indexes. Applies to pages written from now on.
 */
export class AlertFillfactor1796000200000 implements MigrationInterface {
  name = 'AlertFillfactor1796000200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alert" SET (fillfactor = 70)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alert" RESET (fillfactor)`);
  }
}

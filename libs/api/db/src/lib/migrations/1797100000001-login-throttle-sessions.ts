import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: login throttle state per (account, client address) in PostgreSQL (shared by every API
 * process, decided in one statement before the slow hash), and refresh-token sessions (single
 * use, rotated within a family, revocable).
 */
export class LoginThrottleSessions1797100000001 implements MigrationInterface {
  name = 'LoginThrottleSessions1797100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("username" character varying(64) NOT NULL, "client" character varying(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "next_allowed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9c42431ce3020b3cfcb7c9e25b1" PRIMARY KEY ("username", "client"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_login_throttle_updated" ON "login_throttle"  ("updated_at") `);
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" BIGSERIAL NOT NULL, "token_hash" character(64) NOT NULL, "family" uuid NOT NULL, "user_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_dcf5c3ee6b3682ac4e724dc9496" UNIQUE ("token_hash"), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_auth_session_user" ON "auth_session"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_auth_session_family" ON "auth_session"  ("family") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_auth_session_family"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_auth_session_user"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_login_throttle_updated"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}

import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 登录限流 — failed-login state per (account name, client address), shared by every API process.
 * An attempt is counted (and the next one delayed) in one statement before the password hash runs.
 */
@Entity('login_throttle')
@Index('IDX_login_throttle_updated', ['updatedAt'])
export class LoginThrottleEntry {
  @PrimaryColumn({ type: 'varchar', length: 64 }) username!: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) client!: string;
  @Column({ type: 'integer', default: 0 }) failures!: number;
  @Column({ type: 'timestamptz' }) nextAllowedAt!: Date;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * 登录会话 — one refresh token (stored as its SHA-256) of a session family. Each refresh uses the
 * token once and issues the next one of the family; reusing a used token revokes the family.
 */
@Entity('auth_session')
@Index('IDX_auth_session_family', ['family'])
@Index('IDX_auth_session_user', ['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'char', length: 64, unique: true }) tokenHash!: string;
  @Column({ type: 'uuid' }) family!: string;
  @Column({ type: 'integer' }) userId!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}

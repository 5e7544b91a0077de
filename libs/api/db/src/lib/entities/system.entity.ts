import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TextColumn } from './columns';

/** 导入批次 — one import of one file, with its report. */
@Entity('import_batch')
@Index('IDX_import_batch_dataset', ['dataset', 'startedAt'])
export class ImportBatch {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 32 }) dataset!: string;
  @TextColumn() fileName!: string;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'varchar', length: 16 }) source!: string;
  @TextColumn({ nullable: true }) startedBy!: string | null;
  @Column({ type: 'timestamptz' }) startedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ type: 'bigint', default: 0 }) rowsRead!: string;
  @Column({ type: 'bigint', default: 0 }) inserted!: string;
  @Column({ type: 'bigint', default: 0 }) updated!: string;
  @Column({ type: 'bigint', default: 0 }) unchanged!: string;
  @Column({ type: 'bigint', default: 0 }) rejected!: string;
  @Column({ type: 'integer', default: 0 }) errorCount!: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) errors!: unknown[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) warnings!: unknown[];
  /** Rows with errors, as CSV, for the problem-rows download (capped like the error list). */
  @TextColumn({ nullable: true }) problemRows!: string | null;
}

/** 用户 — an account with one role. */
@Entity('app_user')
export class AppUser {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 64, unique: true }) username!: string;
  @TextColumn() passwordHash!: string;
  @Column({ type: 'varchar', length: 16 }) role!: string;
  /** Scope: a respondent's agency (单位联络员). Null = no agency scope. */
  @Column({ type: 'varchar', length: 64, nullable: true }) agencyCode!: string | null;
  /** Scope: a district account (county-level viewer/auditor). Null = the whole city. */
  @Column({ type: 'varchar', length: 6, nullable: true }) districtCode!: string | null;
  @Column({ type: 'integer', default: 0 }) failedLogins!: number;
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ type: 'boolean', default: false }) disabled!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** 审计日志 — every write: who, when, what, before -> after. */
@Entity('audit_log')
@Index('IDX_audit_log_at', ['at'])
@Index('IDX_audit_log_action', ['action', 'at'])
export class AuditLogEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
  @TextColumn({ nullable: true }) actor!: string | null;
  @Column({ type: 'varchar', length: 64 }) action!: string;
  @TextColumn({ nullable: true }) target!: string | null;
  @Column({ type: 'jsonb', nullable: true }) before!: unknown;
  @Column({ type: 'jsonb', nullable: true }) after!: unknown;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) requestId!: string | null;
}

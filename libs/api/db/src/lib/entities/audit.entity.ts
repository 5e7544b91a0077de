import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BatchColumn, CodeColumn, MoneyColumn, TextColumn } from './columns';

/** 审计查出问题 — an audit finding and its rectification (整改) state. */
@Entity('audit_finding')
@Index('IDX_audit_finding_agency', ['agencyCode', 'category'])
@Index('IDX_audit_finding_year', ['auditYear'])
export class AuditFinding {
  @PrimaryColumn({ type: 'varchar', length: 64 }) findingId!: string;
  @Column({ type: 'smallint' }) auditYear!: number;
  @TextColumn() auditProject!: string;
  @CodeColumn() agencyCode!: string;
  @TextColumn() category!: string;
  @TextColumn() description!: string;
  @MoneyColumn({ nullable: true }) amount!: string | null;
  @Column({ type: 'date' }) foundDate!: string;
  @Column({ type: 'date' }) deadline!: string;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @MoneyColumn({ nullable: true }) rectifiedAmount!: string | null;
  @Column({ type: 'date', nullable: true }) rectifiedDate!: string | null;
  @TextColumn({ nullable: true }) measures!: string | null;
  @BatchColumn() batchId!: number | null;
}

/** History of a finding's status as re-imports change it (who/which batch, when, from -> to). */
@Entity('finding_status_change')
@Index('IDX_finding_status_change_finding', ['findingId'])
export class FindingStatusChange {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 64 }) findingId!: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) fromStatus!: string | null;
  @Column({ type: 'varchar', length: 16 }) toStatus!: string;
  @Column({ type: 'integer' }) batchId!: number;
  @TextColumn({ nullable: true }) changedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) changedAt!: Date;
}

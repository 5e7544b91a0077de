import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { MoneyColumn, TextColumn } from './columns';

/** 预警 — one alert, identified by (rule_id, fiscal_year, subject_key). */
@Entity('alert')
@Unique('UQ_alert_identity', ['ruleId', 'fiscalYear', 'subjectKey'])
@Index('IDX_alert_filter', ['fiscalYear', 'status', 'severity'])
@Index('IDX_alert_agency', ['fiscalYear', 'agencyCode'])
@Index('IDX_alert_assigned', ['assignedAgency'])
export class Alert {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 32 }) ruleId!: string;
  @Column({ type: 'smallint' }) fiscalYear!: number;
  @Column({ type: 'varchar', length: 32 }) subjectType!: string;
  @TextColumn() subjectKey!: string;
  @Column({ type: 'varchar', length: 16 }) severity!: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) agencyCode!: string | null;
  @Column({ type: 'varchar', length: 6, nullable: true }) districtCode!: string | null;
  @MoneyColumn({ nullable: true }) amount!: string | null;
  @Column({ type: 'numeric', nullable: true }) metric!: string | null;
  @Column({ type: 'numeric', nullable: true }) threshold!: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) evidence!: Record<string, string[]>;
  @TextColumn() messageZh!: string;
  @TextColumn() messageEn!: string;
  @Column({ type: 'varchar', length: 16, default: 'new' }) status!: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) assignedAgency!: string | null;
  /** 督办 to a district (county-level) instead of, or besides, an agency. */
  @Column({ type: 'varchar', length: 6, nullable: true }) assignedDistrict!: string | null;
  @TextColumn({ nullable: true }) assignedBy!: string | null;
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;
  /** Where a 督办 stands: awaiting (the unit's turn), answered (the auditor's turn), returned. */
  @Column({ type: 'varchar', length: 16, nullable: true }) responseState!: string | null;
  /** The unit asked for more time (allowed once per alert). */
  @Column({ type: 'boolean', default: false }) extensionRequested!: boolean;
  @Column({ type: 'date', nullable: true }) asOf!: string | null;
  @Column({ type: 'timestamptz' }) firstSeen!: Date;
  @Column({ type: 'timestamptz' }) lastSeen!: Date;
  @Column({ type: 'integer', nullable: true }) lastRunId!: number | null;
}

/** A workflow step on an alert: transition, assignment or comment (督办 history). */
@Entity('alert_event')
@Index('IDX_alert_event_alert', ['alertId', 'at'])
export class AlertEvent {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'integer' }) alertId!: number;
  @Column({ type: 'varchar', length: 16 }) kind!: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) fromStatus!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) toStatus!: string | null;
  @TextColumn({ nullable: true }) actor!: string | null;
  @TextColumn({ nullable: true }) comment!: string | null;
  /** Step details: assignment (agency/district/due date), requested date, attachment ids. */
  @Column({ type: 'jsonb', nullable: true }) detail!: Record<string, unknown> | null;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}

/** 督办附件 — a file a unit sent with its answer (checked by magic bytes, sha256 kept). */
@Entity('alert_attachment')
@Index('IDX_alert_attachment_alert', ['alertId'])
export class AlertAttachment {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'integer' }) alertId!: number;
  @Column({ type: 'integer', nullable: true }) eventId!: number | null;
  @TextColumn() fileName!: string;
  @Column({ type: 'varchar', length: 128 }) contentType!: string;
  @Column({ type: 'integer' }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'bytea', select: false }) data!: Buffer;
  @TextColumn({ nullable: true }) uploadedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) uploadedAt!: Date;
}

/** Current thresholds of a rule (defaults live in the rule's code). */
@Entity('rule_setting')
export class RuleSetting {
  @PrimaryColumn({ type: 'varchar', length: 32 }) ruleId!: string;
  @Column({ type: 'jsonb' }) params!: Record<string, number>;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @TextColumn({ nullable: true }) updatedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) updatedAt!: Date | null;
}

/** Versioned history of threshold edits: who, when, old -> new. */
@Entity('rule_setting_change')
@Index('IDX_rule_setting_change_rule', ['ruleId', 'changedAt'])
export class RuleSettingChange {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 32 }) ruleId!: string;
  @Column({ type: 'jsonb', nullable: true }) oldParams!: Record<string, number> | null;
  @Column({ type: 'jsonb' }) newParams!: Record<string, number>;
  @TextColumn({ nullable: true }) changedBy!: string | null;
  /** Why the thresholds changed (required from the editor). */
  @TextColumn({ nullable: true }) reason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) changedAt!: Date;
}

/** A run of the rule catalogue: who, when, parameters, counts and duration per rule. */
@Entity('rule_run')
export class RuleRun {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'smallint' }) fiscalYear!: number;
  @Column({ type: 'date' }) asOf!: string;
  @TextColumn({ nullable: true }) startedBy!: string | null;
  @Column({ type: 'timestamptz' }) startedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) results!: Record<string, unknown>;
}

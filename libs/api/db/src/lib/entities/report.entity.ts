import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TextColumn } from './columns';

/**
 * 报告 — a generated supervision report kept in REPORTS_DIR (the monthly one after the inbox, or one a
 * user kept). The file on disk is named by id and format only (`<id>.<format>`): downloads address
 * it by id, never by a name from a request.
 */
@Entity('report_file')
@Index('IDX_report_file_generated', ['generatedAt'])
export class ReportFile {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'integer' }) fiscalYear!: number;
  @Column({ type: 'date' }) asOf!: string;
  /** `city`, `district:150124` or `agency:101001`. */
  @Column({ type: 'varchar', length: 80 }) scope!: string;
  @Column({ type: 'varchar', length: 2 }) lang!: string;
  @Column({ type: 'varchar', length: 8 }) format!: string;
  /** The name the download carries (监督报告_2025_city_2025-06-30.docx). */
  @TextColumn() fileName!: string;
  @Column({ type: 'bigint', nullable: true }) size!: string | null;
  @Column({ type: 'char', length: 64, nullable: true }) sha256!: string | null;
  /** `generating`, `ready` or `failed`. */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @TextColumn({ nullable: true }) error!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) generatedAt!: Date;
  /** `inbox` (the monthly schedule) or the username who kept it. */
  @TextColumn() generatedBy!: string;
}

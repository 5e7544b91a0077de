import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TextColumn } from './columns';

/** 支出功能分类科目, versioned by the year of the code edition. */
@Entity('ref_func_code')
export class RefFuncCode {
  @PrimaryColumn({ type: 'smallint' }) versionYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 7 }) code!: string;
  @TextColumn() name!: string;
  @Column({ type: 'smallint' }) level!: number;
}

/** 支出经济分类科目: kind dept (部门 30x) or gov (政府 50x). */
@Entity('ref_econ_code')
export class RefEconCode {
  @PrimaryColumn({ type: 'smallint' }) versionYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 5 }) code!: string;
  @TextColumn() name!: string;
  @Column({ type: 'varchar', length: 8 }) kind!: string;
  @Column({ type: 'smallint' }) level!: number;
}

/** 收入分类科目. */
@Entity('ref_revenue_code')
export class RefRevenueCode {
  @PrimaryColumn({ type: 'smallint' }) versionYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 7 }) code!: string;
  @TextColumn() name!: string;
  @Column({ type: 'smallint' }) level!: number;
}

/** PRC working-day calendar: one row per day; make-up working days are working days. */
@Entity('work_calendar')
export class WorkCalendarDay {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @Column({ type: 'boolean' }) isWorkday!: boolean;
  /** workday | weekend | holiday | makeup */
  @Column({ type: 'varchar', length: 8 }) kind!: string;
  @TextColumn({ nullable: true }) name!: string | null;
}

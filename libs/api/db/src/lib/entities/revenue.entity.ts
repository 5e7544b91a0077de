import { Entity, PrimaryColumn } from 'typeorm';
import { BatchColumn, MoneyColumn } from './columns';

/** 收入执行月报 — collected revenue of one month by district, budget type and revenue code. */
@Entity('revenue')
export class Revenue {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'smallint' }) month!: number;
  @PrimaryColumn({ type: 'varchar', length: 6 }) districtCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) budgetType!: string;
  @PrimaryColumn({ type: 'varchar', length: 7 }) revenueCode!: string;
  @MoneyColumn() budgetAmount!: string;
  @MoneyColumn() monthAmount!: string;
  @BatchColumn() batchId!: number | null;
}

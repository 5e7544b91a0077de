import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BatchColumn, CodeColumn, MoneyColumn, TextColumn } from './columns';

/** 预算指标 — one initial budget line or adjustment of a budget cell. */
@Entity('budget_line')
@Index('IDX_budget_line_cell', ['fiscalYear', 'agencyCode', 'budgetType', 'funcCode', 'econCode'])
@Index('IDX_budget_line_func', ['fiscalYear', 'funcCode'])
@Index('IDX_budget_line_econ', ['fiscalYear', 'econCode'])
export class BudgetLine {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 64 }) lineId!: string;
  @Column({ type: 'varchar', length: 16 }) budgetType!: string;
  @CodeColumn() agencyCode!: string;
  @Column({ type: 'varchar', length: 7 }) funcCode!: string;
  @Column({ type: 'varchar', length: 5 }) econCode!: string;
  @CodeColumn({ nullable: true }) projectCode!: string | null;
  @TextColumn({ nullable: true }) projectName!: string | null;
  @Column({ type: 'varchar', length: 16 }) stage!: string;
  @Column({ type: 'date' }) effectiveDate!: string;
  @MoneyColumn() amount!: string;
  @TextColumn({ nullable: true }) docNo!: string | null;
  @BatchColumn() batchId!: number | null;
}

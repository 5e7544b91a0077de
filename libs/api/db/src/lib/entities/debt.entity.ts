import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BatchColumn, CodeColumn, MoneyColumn, TextColumn } from './columns';

/** 政府债券 — a government bond issue. */
@Entity('debt_bond')
@Index('IDX_debt_bond_district', ['districtCode'])
export class DebtBond {
  @PrimaryColumn({ type: 'varchar', length: 64 }) bondCode!: string;
  @TextColumn() bondName!: string;
  @Column({ type: 'varchar', length: 6 }) districtCode!: string;
  @Column({ type: 'varchar', length: 16 }) debtType!: string;
  @Column({ type: 'varchar', length: 16 }) purpose!: string;
  @Column({ type: 'date' }) issueDate!: string;
  @Column({ type: 'date' }) maturityDate!: string;
  @MoneyColumn() amount!: string;
  @Column({ type: 'numeric', precision: 9, scale: 4 }) rate!: string;
  @BatchColumn() batchId!: number | null;
}

/** 债务限额与余额 — a district's debt limits and balances at a date. */
@Entity('debt_position')
export class DebtPosition {
  @PrimaryColumn({ type: 'date' }) asOf!: string;
  @PrimaryColumn({ type: 'varchar', length: 6 }) districtCode!: string;
  @MoneyColumn() generalLimit!: string;
  @MoneyColumn() generalBalance!: string;
  @MoneyColumn() specialLimit!: string;
  @MoneyColumn() specialBalance!: string;
  @MoneyColumn() fiscalCapacity!: string;
  @MoneyColumn({ nullable: true }) debtService!: string | null;
  @BatchColumn() batchId!: number | null;
}

/** 还本付息 — one scheduled repayment of a bond and whether it was paid. */
@Entity('debt_repayment')
@Index('IDX_debt_repayment_due', ['dueDate'])
export class DebtRepayment {
  @PrimaryColumn({ type: 'varchar', length: 64 }) bondCode!: string;
  @PrimaryColumn({ type: 'date' }) dueDate!: string;
  @MoneyColumn() principal!: string;
  @MoneyColumn() interest!: string;
  @Column({ type: 'date', nullable: true }) paidDate!: string | null;
  @MoneyColumn({ nullable: true }) paidAmount!: string | null;
  @BatchColumn() batchId!: number | null;
}

/** 专项债券项目 — cumulative use of special-bond funds by a project at a date. */
@Entity('bond_project')
@Index('IDX_bond_project_bond', ['bondCode'])
export class BondProject {
  @PrimaryColumn({ type: 'varchar', length: 64 }) projectCode!: string;
  @PrimaryColumn({ type: 'date' }) asOf!: string;
  @TextColumn() projectName!: string;
  @CodeColumn() bondCode!: string;
  @CodeColumn() agencyCode!: string;
  @MoneyColumn() allocatedAmount!: string;
  @MoneyColumn() spentAmount!: string;
  @BatchColumn() batchId!: number | null;
}

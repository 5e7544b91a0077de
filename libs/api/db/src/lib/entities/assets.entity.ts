import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BatchColumn, MoneyColumn, TextColumn } from './columns';

/** 国有企业财务 — annual financials of a state-owned enterprise. */
@Entity('soe_financial')
export class SoeFinancial {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 64 }) enterpriseCode!: string;
  @TextColumn() enterpriseName!: string;
  @Column({ type: 'varchar', length: 16 }) sector!: string;
  @TextColumn({ nullable: true }) supervisor!: string | null;
  @MoneyColumn() totalAssets!: string;
  @MoneyColumn() totalLiabilities!: string;
  @MoneyColumn() equityBegin!: string;
  @MoneyColumn() equityEnd!: string;
  @MoneyColumn() revenue!: string;
  @MoneyColumn() netProfit!: string;
  @BatchColumn() batchId!: number | null;
}

/** 行政事业性国有资产 — an agency's assets of one class in a year. */
@Entity('admin_asset')
export class AdminAsset {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 64 }) agencyCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 32 }) assetClass!: string;
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true }) quantity!: string | null;
  @MoneyColumn() originalValue!: string;
  @MoneyColumn() netValue!: string;
  @MoneyColumn({ nullable: true }) idleValue!: string | null;
  @BatchColumn() batchId!: number | null;
}

/** 国有自然资源资产 — a district's natural resource indicator in a year. */
@Entity('natural_resource')
export class NaturalResource {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 6 }) districtCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) resourceType!: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) indicator!: string;
  @Column({ type: 'varchar', length: 32 }) unit!: string;
  @Column({ type: 'numeric', precision: 20, scale: 4 }) quantity!: string;
  @MoneyColumn({ nullable: true }) value!: string | null;
  @BatchColumn() batchId!: number | null;
}

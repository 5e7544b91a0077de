import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BatchColumn, CodeColumn, TextColumn } from './columns';

/** 行政区划 — a district (GB/T 2260 code); the city itself has no parent. */
@Entity('district')
export class District {
  @PrimaryColumn({ type: 'varchar', length: 6 }) districtCode!: string;
  @TextColumn() districtName!: string;
  @Column({ type: 'varchar', length: 6, nullable: true }) parentCode!: string | null;
  @BatchColumn() batchId!: number | null;
}

/** 预算单位 — a budget agency; sub-units name their department in parent_code. */
@Entity('agency')
@Index('IDX_agency_district', ['districtCode'])
export class Agency {
  @PrimaryColumn({ type: 'varchar', length: 64 }) agencyCode!: string;
  @TextColumn() agencyName!: string;
  @CodeColumn({ nullable: true }) parentCode!: string | null;
  @Column({ type: 'varchar', length: 6 }) districtCode!: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) agencyType!: string | null;
  @BatchColumn() batchId!: number | null;
}

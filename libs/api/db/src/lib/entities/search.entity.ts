import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CodeColumn, MoneyColumn, TextColumn } from './columns';

/**
 * 名称检索 — one row per agency, district or state enterprise with its name's pinyin, so
 * `GET /api/search` matches 教育局, "jiaoyuju" and "jyj". Rebuilt by the import of its dataset
 * (pinyin is computed in Node by pinyin-pro, not by hand-written tables).
 */
@Entity('search_name')
export class SearchName {
  @PrimaryColumn({ type: 'varchar', length: 16 }) kind!: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) code!: string;
  @TextColumn() name!: string;
  /** Full pinyin, lower case, no spaces or tones ("jiaoyuju"). */
  @TextColumn() pinyin!: string;
  /** First letters of each syllable ("jyj"). */
  @TextColumn() initials!: string;
  /** The district (agencies) or parent (districts) code, for context in results. */
  @CodeColumn({ nullable: true }) parentCode!: string | null;
}

/** 收款人 — distinct payees of a fiscal year with their voucher count and total, for search. */
@Entity('search_payee')
export class SearchPayee {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'text' }) payeeKey!: string;
  @TextColumn() payeeName!: string;
  @Column({ type: 'varchar', length: 16 }) payeeType!: string;
  @Column({ type: 'integer' }) vouchers!: number;
  @MoneyColumn() amount!: string;
}

import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BatchColumn, CodeColumn, MoneyColumn, TextColumn } from './columns';

/**
 * 国库集中支付凭证 — a treasury payment voucher. The table is partitioned by fiscal_year
 * (LIST partitions created on demand by ensurePaymentPartition); every query filters by year.
 */
@Entity('payment')
@Check(
  'CHK_payment_date_in_year',
  `"pay_date" >= make_date("fiscal_year", 1, 1) AND "pay_date" <= make_date("fiscal_year", 12, 31)`,
)
@Check('CHK_payment_amount_nonzero', `"amount" <> 0`)
@Index('IDX_payment_agency', ['fiscalYear', 'agencyCode', 'payDate'])
@Index('IDX_payment_func', ['fiscalYear', 'funcCode'])
/** Filters by economic class, and a budget cell's vouchers by amount (rule evidence, index-only). */
@Index('IDX_payment_cell', [
  'fiscalYear',
  'econCode',
  'agencyCode',
  'funcCode',
  'budgetType',
  'amount',
  'voucherNo',
  'payDate',
])
@Index('IDX_payment_date', ['fiscalYear', 'payDate', 'voucherNo'])
@Index('IDX_payment_payee', ['fiscalYear', 'payeeKey'])
/** SPLIT_PAYMENT / DUPLICATE_PAYMENT read each payee's year in order from it (index-only). */
@Index('IDX_payment_payee_seq', ['fiscalYear', 'agencyCode', 'payeeKey', 'payDate', 'voucherNo', 'amount'])
/**
 * Substring search on payee names and purposes: GIN over each text's characters (expression
 * indexes, migration 1797500000000; TypeORM cannot declare them, so it leaves them alone).
 */
@Index('IDX_payment_payee_chars', { synchronize: false })
@Index('IDX_payment_purpose_chars', { synchronize: false })
export class Payment {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'varchar', length: 64 }) voucherNo!: string;
  @Column({ type: 'date' }) payDate!: string;
  @Column({ type: 'varchar', length: 16 }) budgetType!: string;
  @CodeColumn() agencyCode!: string;
  @Column({ type: 'varchar', length: 7 }) funcCode!: string;
  @Column({ type: 'varchar', length: 5 }) econCode!: string;
  @CodeColumn({ nullable: true }) projectCode!: string | null;
  @TextColumn() payeeName!: string;
  @CodeColumn({ nullable: true }) payeeAccount!: string | null;
  /** rules.md payee key: the account when present, else the name, whitespace removed. */
  @TextColumn() payeeKey!: string;
  @Column({ type: 'varchar', length: 16 }) payeeType!: string;
  @Column({ type: 'varchar', length: 16 }) payMethod!: string;
  @MoneyColumn() amount!: string;
  @TextColumn({ nullable: true }) purpose!: string | null;
  @BatchColumn() batchId!: number | null;
}

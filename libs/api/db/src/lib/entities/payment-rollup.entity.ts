import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MoneyColumn } from './columns';

/**
 * Read model of payment: Σ amount and voucher count per fiscal year, month and budget cell.
 * Rebuilt per year by refresh_payment_rollup(year) inside every payment import, so overview and
 * execution sum whole months here and only the as-of month's head from payment itself.
 */
@Entity('payment_rollup')
export class PaymentRollup {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'smallint' }) month!: number;
  @PrimaryColumn({ type: 'varchar', length: 16 }) budgetType!: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) agencyCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 7 }) funcCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 5 }) econCode!: string;
  @MoneyColumn() amount!: string;
  @Column({ type: 'integer' }) vouchers!: number;
  /** Of those, vouchers with amount > 0 (refunds excluded): the rules count them per quarter. */
  @Column({ type: 'integer' }) positiveVouchers!: number;
  /** Vouchers of at least 10 yuan by first digit: element d (1..9) counts first digit d (BENFORD). */
  @Column({ type: 'integer', array: true }) firstDigits!: number[];
}

/**
 * The same read model without the classification codes: per fiscal year, month, budget type and
 * agency. Budget-type and agency/district views (overview, execution by agency) sum a few
 * thousand rows here instead of every cell of the year.
 */
@Entity('payment_rollup_agency')
export class PaymentRollupAgency {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'smallint' }) month!: number;
  @PrimaryColumn({ type: 'varchar', length: 16 }) budgetType!: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) agencyCode!: string;
  @MoneyColumn() amount!: string;
  @Column({ type: 'integer' }) vouchers!: number;
}

/**
 * The agency read model per day, dense: for every day of the fiscal year and every budget type ×
 * agency with a voucher in the year, that day's Σ amount and voucher count (0 when none) and the
 * year-to-date ones (every voucher of the cell dated ≤ pay_date). "Paid up to asOf" is then one
 * primary-key range (fiscal_year, pay_date = asOf) of a few hundred rows, whatever the as-of and
 * however many vouchers; a partial month's days are a pay_date range. Rebuilt with the others.
 */
@Entity('payment_rollup_agency_day')
export class PaymentRollupAgencyDay {
  @PrimaryColumn({ type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'date' }) payDate!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) budgetType!: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) agencyCode!: string;
  @MoneyColumn() amount!: string;
  @Column({ type: 'integer' }) vouchers!: number;
  @MoneyColumn() ytdAmount!: string;
  @Column({ type: 'integer' }) ytdVouchers!: number;
}

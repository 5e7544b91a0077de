import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BUDGET_TYPES,
  ENUMS,
  type BudgetType,
  type EnumCode,
  type Money,
  type PaymentDto,
  type PaymentPage,
} from '@bs/shared-model';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CellFilterQueryDto } from '../shared/cell-filter-fields';
import {
  DateField,
  ExportFormat,
  FormatField,
  IntField,
  MoneyField,
  TextField,
  YearField,
} from '../shared/query-fields';
import { PAYMENT_SORTS, type PaymentSort } from './payment-cursor';

export class PaymentQueryDto extends CellFilterQueryDto {
  @YearField('fiscal year (default: the newest year with data; payments are partitioned by year)')
  fiscalYear!: number;

  @DateField('only vouchers dated on or before this day')
  asOf?: string;

  @TextField('payee name contains, or exact payee key (account, or name without spaces)')
  payee?: string;

  @MoneyField('minimum amount (inclusive)')
  minAmount?: string;

  @MoneyField('maximum amount (inclusive)')
  maxAmount?: string;

  @DateField('pay_date from (inclusive)')
  dateFrom?: string;

  @DateField('pay_date to (inclusive)')
  dateTo?: string;

  @TextField('purpose (用途) contains')
  q?: string;

  @ApiPropertyOptional({
    enum: PAYMENT_SORTS,
    description: 'sort order (default -payDate); ties break on voucher number',
  })
  @IsOptional()
  @IsIn(PAYMENT_SORTS)
  sort?: PaymentSort;

  @ApiPropertyOptional({ type: String, description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;

  @IntField('page size (default 50)', 1, 500)
  limit?: number;

  @FormatField()
  format?: ExportFormat;
}

export class PaymentResponse implements PaymentDto {
  @ApiProperty() fiscalYear!: number;
  @ApiProperty() voucherNo!: string;
  @ApiProperty({ format: 'date' }) payDate!: string;
  @ApiProperty({ enum: BUDGET_TYPES }) budgetType!: BudgetType;
  @ApiProperty() agencyCode!: string;
  @ApiProperty({ type: String, nullable: true }) agencyName!: string | null;
  @ApiProperty() funcCode!: string;
  @ApiProperty() econCode!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) funcName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) econName?: string | null;
  @ApiProperty({ type: String, nullable: true }) projectCode!: string | null;
  @ApiProperty() payeeName!: string;
  @ApiProperty({ enum: Object.keys(ENUMS.payee_type) }) payeeType!: EnumCode<'payee_type'>;
  @ApiProperty({ enum: Object.keys(ENUMS.pay_method) }) payMethod!: EnumCode<'pay_method'>;
  @ApiProperty({
    type: String,
    description: 'yuan, decimal string; negative for a refund (退回)',
    example: '12000.00',
  })
  amount!: Money;
  @ApiProperty({ type: String, nullable: true }) purpose!: string | null;
}

export class PaymentPageResponse implements PaymentPage {
  @ApiProperty({ type: PaymentResponse, isArray: true }) items!: PaymentDto[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'vouchers matching the filters (all pages); first page only, null with a cursor',
  })
  total!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'exact sum of the matching vouchers (all pages), yuan decimal string; first page only, null with a cursor',
  })
  sum!: Money | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'pass back as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

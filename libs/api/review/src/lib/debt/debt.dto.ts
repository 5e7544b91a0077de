import { ApiProperty } from '@nestjs/swagger';
import type { BondProjectDto, DebtPositionDto, Money, RepaymentDto } from '@bs/shared-model';
import { CodeField, IntField } from '../shared/query-fields';
import { ScopeQueryDto } from '../shared/scope-query.dto';

export class DebtQueryDto extends ScopeQueryDto {
  @CodeField('district code (6 digits)')
  districtCode?: string;
}

export class MaturityQueryDto extends DebtQueryDto {
  @IntField('how many months after asOf to list upcoming repayments (default 12)', 0, 600)
  months?: number;
}

export class ProjectQueryDto extends ScopeQueryDto {
  @CodeField('agency code', false)
  agencyCode?: string;
}

const money = (description: string) =>
  ApiProperty({ type: String, description: `${description} (yuan, decimal string)`, example: '1234567.89' });
const moneyOrNull = (description: string) =>
  ApiProperty({ type: String, nullable: true, description: `${description} (yuan, decimal string)` });

export class DebtPositionResponse implements DebtPositionDto {
  @ApiProperty() districtCode!: string;
  @ApiProperty() districtName!: string;
  @ApiProperty({ format: 'date', description: 'as_of of the position used (latest ≤ asOf)' }) asOf!: string;
  @money('一般债务限额') generalLimit!: Money;
  @money('一般债务余额') generalBalance!: Money;
  @money('专项债务限额') specialLimit!: Money;
  @money('专项债务余额') specialBalance!: Money;
  @money('综合财力') fiscalCapacity!: Money;
  @ApiProperty({ type: Number, nullable: true, description: '(general + special balance) / fiscal capacity' })
  ratio!: number | null;
}

export class RepaymentResponse implements RepaymentDto {
  @ApiProperty() bondCode!: string;
  @ApiProperty() bondName!: string;
  @ApiProperty() districtCode!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @money('应还本金') principal!: Money;
  @money('应付利息') interest!: Money;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null while unpaid at asOf' })
  paidDate!: string | null;
  @moneyOrNull('实际支付金额 (null while unpaid at asOf)') paidAmount!: Money | null;
  @ApiProperty({
    enum: ['paid', 'overdue', 'due'],
    description: 'paid: settled in full by asOf; overdue: due before asOf and unpaid; due: not yet due',
  })
  state!: 'paid' | 'overdue' | 'due';
}

export class BondProjectResponse implements BondProjectDto {
  @ApiProperty() projectCode!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty() bondCode!: string;
  @ApiProperty() agencyCode!: string;
  @ApiProperty({ type: String, nullable: true }) agencyName!: string | null;
  @money('分配债券资金') allocatedAmount!: Money;
  @money('累计支出') spentAmount!: Money;
  @ApiProperty({ format: 'date', description: 'as_of of the row used (latest ≤ asOf)' }) asOf!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'spent / allocated' }) spendRate!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "days from the bond's issue date to the row's as_of",
  })
  daysSinceIssue!: number | null;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BandThresholdsResponse } from '../meta/meta.dto';
import {
  BANDS,
  type Band,
  type BandThresholdsDto,
  BUDGET_TYPES,
  type BudgetSummary,
  type BudgetType,
  type DatasetKey,
  type Money,
  type OverviewDto,
  type RuleId,
  type Severity,
} from '@bs/shared-model';

const money = (description: string) =>
  ApiProperty({ type: String, description: `${description} (yuan, decimal string)`, example: '1234567.89' });

export class BudgetSummaryResponse implements BudgetSummary {
  @ApiProperty({ enum: BUDGET_TYPES }) budgetType!: BudgetType;
  @money('current budget: Σ budget lines with effective_date ≤ asOf') budget!: Money;
  @money('executed: Σ payments with pay_date ≤ asOf') executed!: Money;
  @ApiProperty({ type: Number, nullable: true, description: 'executed / budget' }) rate!: number | null;
  @ApiProperty({ description: 'day of year of asOf / days in the year' }) timeProgress!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'rate of the previous fiscal year at the same day (02-29 → 02-28)',
  })
  lastYearRate!: number | null;
  @ApiPropertyOptional({ enum: BANDS, nullable: true, description: 'EXEC_LAG band (current thresholds)' })
  band?: Band | null;
}

export class RevenueSummaryResponse {
  @money('Σ budget_amount of each revenue line, from its latest month ≤ the asOf month') budget!: Money;
  @money('Σ month_amount of months ≤ the asOf month') collected!: Money;
  @ApiProperty({ type: Number, nullable: true }) rate!: number | null;
}

export class DistrictDebtResponse {
  @ApiProperty() districtCode!: string;
  @ApiProperty() districtName!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '(general + special balance) / fiscal capacity, latest position ≤ asOf',
  })
  ratio!: number | null;
  @money('general + special balance') balance!: Money;
  @money('general + special limit') limit!: Money;
  @ApiPropertyOptional({ enum: BANDS, nullable: true, description: 'DEBT_RATIO band (current thresholds)' })
  band?: Band | null;
  @ApiPropertyOptional({ description: 'general or special balance above its limit (DEBT_OVER_LIMIT)' })
  overLimit?: boolean;
}

export class AlertSummaryResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { info: 0, warning: 3, high: 1, critical: 0 },
  })
  bySeverity!: Record<Severity, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { EXEC_LAG: 2 } })
  byRule!: Partial<Record<RuleId, number>>;
  @ApiProperty({ description: 'alerts with status new or confirmed' }) open!: number;
  @ApiPropertyOptional({ description: 'of them: 督办 past the due date and not answered (逾期)' })
  overdue?: number;
}

export class AuditSummaryResponse {
  @ApiProperty({ description: 'findings found by asOf, audit years up to the fiscal year' })
  findings!: number;
  @ApiProperty({ description: 'of those, rectified by asOf' }) rectified!: number;
  @ApiProperty({ type: Number, nullable: true }) rectificationRate!: number | null;
}

export class OverviewResponse implements OverviewDto {
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty() timeProgress!: number;
  @ApiProperty({
    type: BudgetSummaryResponse,
    isArray: true,
    description: 'the four budgets, always in the order general, fund, capital, social',
  })
  budgets!: BudgetSummary[];
  @ApiProperty({ type: RevenueSummaryResponse }) revenue!: OverviewDto['revenue'];
  @ApiProperty({ type: DistrictDebtResponse, isArray: true }) debt!: OverviewDto['debt'];
  @ApiProperty({ type: AlertSummaryResponse }) alerts!: OverviewDto['alerts'];
  @ApiProperty({ type: AuditSummaryResponse }) audit!: OverviewDto['audit'];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date', nullable: true },
    description: 'latest data date per dataset within the fiscal year',
  })
  dataAsOf!: Partial<Record<DatasetKey, string | null>>;
  @ApiPropertyOptional({ type: BandThresholdsResponse, description: 'the thresholds behind the bands' })
  bands?: BandThresholdsDto;
}

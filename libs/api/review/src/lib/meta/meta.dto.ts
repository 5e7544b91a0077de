import { ApiProperty } from '@nestjs/swagger';
import { YearField } from '../shared/query-fields';
import type { BandThresholdsDto, DatasetKey, MetaDto } from '@bs/shared-model';

export class MetaResponse implements MetaDto {
  @ApiProperty({
    type: [Number],
    description: 'fiscal years with budget lines or payments, newest first',
    example: [2024, 2023],
  })
  fiscalYears!: number[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date', nullable: true },
    description:
      'latest date with data per dataset key (payments: max pay_date of the newest year; revenue: month end; districts/agencies: last accepted import)',
    example: { payments: '2024-06-30', debt_positions: '2024-06-30', districts: null },
  })
  dataAsOf!: Partial<Record<DatasetKey, string | null>>;
}

export class BandThresholdsResponse implements BandThresholdsDto {
  @ApiProperty({ example: { warning: 1, high: 1.2, critical: 3 }, description: 'DEBT_RATIO: ratio ≥ level' })
  debtRatio!: BandThresholdsDto['debtRatio'];
  @ApiProperty({
    example: { warningLag: 0.1, highLag: 0.2 },
    description: 'EXEC_LAG: rate < time progress − lag',
  })
  execLag!: BandThresholdsDto['execLag'];
  @ApiProperty({ example: { warning: 0.7, high: 0.85 }, description: 'SOE_LEVERAGE: leverage > level' })
  soeLeverage!: BandThresholdsDto['soeLeverage'];
  @ApiProperty({
    example: { toleranceYuan: '0.00' },
    description: 'OVER_BUDGET: executed > budget + tolerance',
  })
  overBudget!: BandThresholdsDto['overBudget'];
  @ApiProperty({ example: { highDays: 90 }, description: 'AUDIT_OVERDUE: days past the deadline' })
  auditOverdue!: BandThresholdsDto['auditOverdue'];
}

export class MetaQueryDto {
  @YearField('data dates of this fiscal year (dated datasets up to its 12-31); default the newest year')
  fiscalYear?: number;
}

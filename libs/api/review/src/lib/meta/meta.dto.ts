import { ApiProperty } from '@nestjs/swagger';
import { YearField } from '../shared/query-fields';
import type {
  BandThresholdsDto,
  DatasetKey,
  FreshnessDto,
  LastImportDto,
  MetaDto,
  MissingRowsDto,
} from '@bs/shared-model';

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

class LastImportResponse implements LastImportDto {
  @ApiProperty() batchId!: number;
  @ApiProperty({ format: 'date-time' }) finishedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'account; null for the inbox schedule' })
  startedBy!: string | null;
  @ApiProperty({ example: 'upload' }) source!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() rowsRead!: number;
  @ApiProperty() inserted!: number;
  @ApiProperty() updated!: number;
}

class MissingCodeResponse {
  @ApiProperty() code!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

class MissingRowsResponse implements MissingRowsDto {
  @ApiProperty({ description: 'how many are expected to report' }) expected!: number;
  @ApiProperty() missing!: number;
  @ApiProperty({ type: [MissingCodeResponse], description: 'up to 30 of the missing, by code' })
  sample!: MissingCodeResponse[];
}

class DatasetFreshnessResponse {
  @ApiProperty() dataset!: DatasetKey;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dataDate!: string | null;
  @ApiProperty({ type: LastImportResponse, nullable: true }) lastImport!: LastImportResponse | null;
}

export class FreshnessResponse implements FreshnessDto {
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ example: '2025-06', description: 'the as-of month, checked for missing rows' })
  month!: string;
  @ApiProperty({ type: [DatasetFreshnessResponse] }) datasets!: DatasetFreshnessResponse[];
  @ApiProperty({
    type: MissingRowsResponse,
    description: 'agencies with budget lines but no payment in the month',
  })
  paymentsMissing!: MissingRowsResponse;
  @ApiProperty({ type: MissingRowsResponse, description: 'districts with no revenue row for the month' })
  revenueMissing!: MissingRowsResponse;
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

import { ApiProperty } from '@nestjs/swagger';
import type { DatasetKey, MetaDto } from '@bs/shared-model';

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

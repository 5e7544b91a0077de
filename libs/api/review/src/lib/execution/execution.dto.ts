import { ApiProperty } from '@nestjs/swagger';
import type { ExecutionGroupBy, ExecutionRow, Money } from '@bs/shared-model';
import { IsIn, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CellFilterQueryDto } from '../shared/cell-filter-fields';
import { DateField, ExportFormat, FormatField, YearField } from '../shared/query-fields';

export const GROUP_BYS: readonly ExecutionGroupBy[] = ['agency', 'func', 'econ', 'month', 'district'];

export class ExecutionQueryDto extends CellFilterQueryDto {
  @YearField('fiscal year; default the newest year with data')
  fiscalYear?: number;

  @DateField(
    'cut-off date inside the fiscal year; default the latest pay_date of the year, 12-31 once the year is over',
  )
  asOf?: string;

  @ApiPropertyOptional({
    enum: GROUP_BYS,
    description:
      'agency (default) | func: 类, or the 款/项 under funcCode | econ: 类, or the 款 under econCode | month | district',
  })
  @IsOptional()
  @IsIn(GROUP_BYS)
  groupBy?: ExecutionGroupBy;

  @FormatField()
  format?: ExportFormat;
}

export class ExecutionRowResponse implements ExecutionRow {
  @ApiProperty({ description: 'agency code, classification code prefix, district code, or YYYY-MM' })
  key!: string;
  @ApiProperty({ description: 'agency / district / classification name (the key when unknown)' })
  name!: string;
  @ApiProperty({
    type: String,
    description: 'current budget at asOf (month rows: at the month end), yuan decimal string',
  })
  budget!: Money;
  @ApiProperty({
    type: String,
    description: 'payments dated ≤ asOf (month rows: that month), yuan decimal string',
  })
  executed!: Money;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'executed / budget (month rows: cumulative); null without budget',
  })
  rate!: number | null;
  @ApiProperty({ description: 'day of year of asOf / days in the year (month rows: at the month end)' })
  timeProgress!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'timeProgress − rate; positive = behind schedule',
  })
  lag!: number | null;
  @ApiProperty({
    description:
      'whether a finer level exists (func 款/项, econ 款; agency and district rows drill into classifications)',
  })
  hasChildren!: boolean;
}

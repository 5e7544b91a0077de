import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import {
  ALERT_STATUSES,
  RULE_IDS,
  SEVERITIES,
  type AlertStatus,
  type RuleId,
  type Severity,
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
} from '@bs/shared-model';

export const ALERT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type AlertFormat = (typeof ALERT_FORMATS)[number];

/** `GET /alerts` filters; every one optional. */
export class AlertQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear?: number;

  @ApiPropertyOptional({ enum: RULE_IDS })
  @IsOptional()
  @IsIn(RULE_IDS)
  ruleId?: RuleId;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ enum: ALERT_STATUSES })
  @IsOptional()
  @IsIn(ALERT_STATUSES)
  status?: AlertStatus;

  @ApiPropertyOptional({ description: 'agency code (the agency on the record, no roll-up)' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z._-]{1,64}$/, { message: '$property must be a code' })
  agencyCode?: string;

  @ApiPropertyOptional({ description: 'district code (GB/T 2260, 6 digits)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: '$property must be 6 digits' })
  districtCode?: string;

  @ApiPropertyOptional({ description: '督办 to this agency or district code' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z._-]{1,64}$/, { message: '$property must be a code' })
  assignedTo?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 366,
    description: 'open 督办 due within N days',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  dueWithin?: number;

  @ApiPropertyOptional({ type: 'boolean', description: 'open 督办 past the due date, not answered' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
  )
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    type: 'boolean',
    description: '我的督办: an auditor’s open assignments, a respondent’s items awaiting an answer',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
  )
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;

  @ApiPropertyOptional({
    enum: ALERT_FORMATS,
    description: 'json (default) or a streamed download: csv (UTF-8 with BOM, Chinese headers) or xlsx',
  })
  @IsOptional()
  @IsIn(ALERT_FORMATS)
  format?: AlertFormat;
}

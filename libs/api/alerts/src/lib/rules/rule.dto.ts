import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  ALERT_STATUSES,
  RULE_IDS,
  SEVERITIES,
  type AlertStatus,
  type Money,
  type RuleDto,
  type RuleId,
  type RuleParamsRequest,
  type RulePreviewDto,
  type RuleVersionDto,
  type Severity,
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
} from '@bs/shared-model';

const PARAMS_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { type: 'number' as const },
  example: { lagThreshold: 0.1, minBudget: 100000 },
};
const COUNT_MAP = (keys: readonly string[], description: string) => ({
  type: 'object' as const,
  properties: Object.fromEntries(keys.map((k) => [k, { type: 'integer' as const }])),
  description,
});
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export class RuleVersionResponse implements RuleVersionDto {
  @ApiProperty({ description: '1 = first saved edit' }) version!: number;
  @ApiProperty(PARAMS_SCHEMA) params!: Record<string, number>;
  @ApiProperty({ type: String, nullable: true }) changedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiPropertyOptional({
    ...PARAMS_SCHEMA,
    nullable: true,
    description: 'the thresholds before this version',
  })
  previous?: Record<string, number> | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'why it changed' }) reason?:
    string | null;
}

export class RuleParamDefResponse {
  @ApiProperty() name!: string;
  @ApiProperty() default!: number;
  @ApiProperty({ enum: ['yuan', 'ratio', 'days', 'count'] }) unit!: string;
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
  @ApiPropertyOptional() integer?: boolean;
  @ApiProperty() labelZh!: string;
  @ApiProperty() labelEn!: string;
}

export class RuleResponse implements RuleDto {
  @ApiProperty({ enum: RULE_IDS }) ruleId!: RuleId;
  @ApiProperty() nameZh!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() descriptionZh!: string;
  @ApiProperty() descriptionEn!: string;
  @ApiProperty({ ...PARAMS_SCHEMA, description: 'current thresholds' }) params!: Record<string, number>;
  @ApiProperty({
    type: RuleParamDefResponse,
    isArray: true,
    description: 'what each threshold means and its allowed range',
  })
  paramDefs!: RuleParamDefResponse[];
  @ApiProperty({ description: 'number of saved edits (0 = defaults)' }) version!: number;
  @ApiProperty(COUNT_MAP(ALERT_STATUSES, 'alerts of the rule per status, all years')) counts!: Partial<
    Record<AlertStatus, number>
  >;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '(confirmed + resolved) / (confirmed + resolved + dismissed)',
  })
  precision!: number | null;
  @ApiProperty({ type: RuleVersionResponse, isArray: true, description: 'versions, newest first' })
  history!: RuleVersionDto[];
}

export class RulePrecisionResponse {
  @ApiProperty({ enum: RULE_IDS }) ruleId!: RuleId;
  @ApiProperty() nameZh!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() confirmed!: number;
  @ApiProperty() resolved!: number;
  @ApiProperty() dismissed!: number;
  @ApiProperty({ description: 'confirmed + resolved + dismissed' }) judged!: number;
  @ApiProperty({ type: Number, nullable: true }) precision!: number | null;
}

export class RuleParamsDto implements RuleParamsRequest {
  @ApiProperty({ ...PARAMS_SCHEMA, description: 'thresholds to change (others keep their value)' })
  @IsObject()
  params!: Record<string, number>;

  @ApiPropertyOptional({
    maxLength: 500,
    description: 'why the thresholds change (kept with the version; the dashboard requires it)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RulePreviewRequestDto {
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    description: 'default: the newest year with data',
    example: 2024,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear?: number | null;

  @ApiProperty({ ...PARAMS_SCHEMA, description: 'proposed thresholds over the current ones' })
  @IsObject()
  params!: Record<string, number>;

  @ApiPropertyOptional({ format: 'date', description: 'default per rules.md' })
  @IsOptional()
  @Matches(DATE_RE, { message: '$property must be YYYY-MM-DD' })
  asOf?: string;
}

export class RulePreviewSampleResponse {
  @ApiProperty() subjectKey!: string;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
  @ApiProperty({ type: Number, nullable: true }) metric!: number | null;
  @ApiProperty({ type: String, nullable: true }) amount!: Money | null;
}

export class RulePreviewItemResponse {
  @ApiProperty() subjectKey!: string;
  @ApiProperty({ type: String, nullable: true }) subjectName!: string | null;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
  @ApiProperty({ type: String, nullable: true }) amount!: Money | null;
  @ApiProperty() messageZh!: string;
  @ApiProperty() messageEn!: string;
}

export class RulePreviewResponse implements RulePreviewDto {
  @ApiProperty({ enum: RULE_IDS }) ruleId!: RuleId;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ ...PARAMS_SCHEMA, description: 'params the preview ran with' }) params!: Record<
    string,
    number
  >;
  @ApiProperty({ description: 'open (not cleared) alerts of the rule and year now' }) currentCount!: number;
  @ApiProperty({ description: 'subjects that would fire with the proposed params' }) previewCount!: number;
  @ApiProperty({ description: 'would fire and have no open alert now' }) wouldRaise!: number;
  @ApiProperty({ description: 'untouched alerts that would be cleared' }) wouldClear!: number;
  @ApiProperty(COUNT_MAP(SEVERITIES, 'subjects that would fire, per severity')) bySeverity!: Partial<
    Record<Severity, number>
  >;
  @ApiProperty({ type: RulePreviewSampleResponse, isArray: true, description: 'up to 20, most severe first' })
  sample!: RulePreviewSampleResponse[];
  @ApiPropertyOptional({
    type: RulePreviewItemResponse,
    isArray: true,
    description: 'up to 20 that would be raised',
  })
  raised?: RulePreviewItemResponse[];
  @ApiPropertyOptional({
    type: RulePreviewItemResponse,
    isArray: true,
    description: 'up to 20 that would be cleared',
  })
  cleared?: RulePreviewItemResponse[];
}

export class RuleRunRequestDto {
  @ApiProperty({ type: 'integer', example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear!: number;

  @ApiPropertyOptional({
    format: 'date',
    description: 'default: latest pay_date of the year (12-31 once the year is over)',
  })
  @IsOptional()
  @Matches(DATE_RE, { message: '$property must be YYYY-MM-DD' })
  asOf?: string;
}

export class RuleRunRuleResponse {
  @ApiProperty({ enum: RULE_IDS }) ruleId!: RuleId;
  @ApiProperty({ description: 'alerts that fire in this run' }) total!: number;
  @ApiProperty({ description: 'of which new subjects' }) raised!: number;
  @ApiProperty({ description: 'cleared alerts that fire again' }) reopened!: number;
  @ApiProperty({ description: 'untouched alerts whose condition no longer holds' }) cleared!: number;
  @ApiProperty(COUNT_MAP(SEVERITIES, 'per severity')) bySeverity!: Partial<Record<Severity, number>>;
  @ApiProperty() durationMs!: number;
  @ApiPropertyOptional({ description: 'why the rule failed (the others still ran)' }) error?: string;
}

export class RuleRunResponse {
  @ApiProperty() runId!: number;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: String, nullable: true }) startedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationMs!: number | null;
  @ApiProperty({ description: 'alerts that fire, all rules' }) total!: number;
  @ApiProperty(COUNT_MAP(SEVERITIES, 'per severity, all rules')) bySeverity!: Partial<
    Record<Severity, number>
  >;
  @ApiProperty({ enum: RULE_IDS, isArray: true }) failed!: RuleId[];
  @ApiProperty({ type: RuleRunRuleResponse, isArray: true }) rules!: RuleRunRuleResponse[];
  @ApiProperty({
    enum: ['queued', 'running', 'finished', 'failed'],
    description: 'a run started after an import is queued, then running, until it finished or failed',
  })
  status!: 'queued' | 'running' | 'finished' | 'failed';
  @ApiPropertyOptional({
    type: String,
    description:
      'why a failed run failed (进程中断 / process ended before the run finished: its process is gone)',
  })
  error?: string;
}

export class RuleRunsQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear?: number;
}

export class RulePrecisionQueryDto {
  @ApiPropertyOptional({ type: 'integer', description: 'only alerts of this year (default: all years)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear?: number;
}

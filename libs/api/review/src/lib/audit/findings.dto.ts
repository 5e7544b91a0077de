import { ApiProperty } from '@nestjs/swagger';
import { ENUMS, type EnumCode, type FindingDto, type FindingPage, type Money } from '@bs/shared-model';
import { CodeField, EnumField, IntField, TextField, YearField } from '../shared/query-fields';
import { ScopeQueryDto } from '../shared/scope-query.dto';

const STATUSES = Object.keys(ENUMS.finding_status);

export class FindingQueryDto extends ScopeQueryDto {
  @YearField('only findings of this audit year (default: every audit year up to fiscalYear)')
  auditYear?: number;

  @EnumField(STATUSES, 'rectification status at asOf (a finding rectified after asOf counts as open)')
  status?: EnumCode<'finding_status'>;

  @TextField('category contains (问题类别)')
  category?: string;

  @CodeField('agency code', false)
  agencyCode?: string;

  @CodeField('district code (6 digits): findings of its agencies')
  districtCode?: string;

  @IntField('page number (1-based)', 1, 1_000_000)
  page?: number;

  @IntField('page size (default 30)', 1, 500)
  pageSize?: number;
}

export class FindingResponse implements FindingDto {
  @ApiProperty() findingId!: string;
  @ApiProperty() auditYear!: number;
  @ApiProperty() auditProject!: string;
  @ApiProperty() agencyCode!: string;
  @ApiProperty({ type: String, nullable: true }) agencyName!: string | null;
  @ApiProperty() category!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true, description: '涉及金额 (yuan, decimal string)' })
  amount!: Money | null;
  @ApiProperty({ format: 'date' }) foundDate!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ enum: STATUSES, description: 'status at asOf' }) status!: EnumCode<'finding_status'>;
  @ApiProperty({ type: String, nullable: true, description: '已整改金额 (null when rectified after asOf)' })
  rectifiedAmount!: Money | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) rectifiedDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) measures!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'days past the deadline at asOf while not rectified',
  })
  overdueDays!: number | null;
}

export class FindingPageResponse implements FindingPage {
  @ApiProperty({ type: FindingResponse, isArray: true }) items!: FindingDto[];
  @ApiProperty({ description: 'findings matching every filter' }) total!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'count per status at asOf over the filters other than status',
    example: { open: 3, in_progress: 2, rectified: 10 },
  })
  byStatus!: Partial<Record<EnumCode<'finding_status'>, number>>;
}

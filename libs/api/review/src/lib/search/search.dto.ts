import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SEARCH_KINDS,
  type SearchGroupDto,
  type SearchHitDto,
  type SearchKind,
  type SearchResultDto,
} from '@bs/shared-model';
import { IsString, MaxLength } from 'class-validator';
import { IntField, TextField, YearField } from '../shared/query-fields';

export class SearchQueryDto {
  @ApiProperty({
    type: String,
    description:
      'what to find: a Chinese name or part of it, full pinyin, pinyin initials, a code or a voucher number',
    example: 'jyj',
  })
  @IsString()
  @MaxLength(100)
  q!: string;

  @TextField(`comma-separated kinds to search (default all): ${SEARCH_KINDS.join(', ')}`)
  kinds?: string;

  @YearField('payees of this fiscal year only (default: every year)')
  fiscalYear?: number;

  @IntField('hits listed per kind (default 5)', 1, 50)
  limit?: number;
}

export class SearchHitResponse implements SearchHitDto {
  @ApiProperty({ enum: SEARCH_KINDS }) kind!: SearchKind;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) detail!: string | null;
  @ApiProperty({ enum: ['name', 'pinyin', 'initials', 'code'] }) match!: SearchHitDto['match'];
  @ApiPropertyOptional() fiscalYear?: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'yuan' }) amount?: string | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  params?: Record<string, string>;
}

export class SearchGroupResponse implements SearchGroupDto {
  @ApiProperty({ enum: SEARCH_KINDS }) kind!: SearchKind;
  @ApiProperty({ description: 'all matches of this kind (vouchers counted up to 1000)' }) total!: number;
  @ApiProperty({ type: [SearchHitResponse] }) items!: SearchHitResponse[];
}

export class SearchResultResponse implements SearchResultDto {
  @ApiProperty() q!: string;
  @ApiProperty({
    type: [SearchGroupResponse],
    description: 'kinds with at least one match, in a fixed order',
  })
  groups!: SearchGroupResponse[];
  @ApiProperty() total!: number;
}

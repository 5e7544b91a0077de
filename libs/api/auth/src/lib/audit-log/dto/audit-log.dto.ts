import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { AuditLogItem, AuditLogPage } from '../audit-log.repository';

export class AuditLogQueryDto {
  @ApiPropertyOptional({ description: 'exact username (or cli / system)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ description: 'exact action (user.create), or a prefix ending in "." (auth.)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({
    description: 'from this instant or date (inclusive), ISO 8601',
    example: '2024-06-01',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    description: 'up to this instant, or through this whole date, ISO 8601',
    example: '2024-06-30',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}

export class AuditLogItemDto implements AuditLogItem {
  @ApiProperty({ description: 'sequence number (bigint as string)' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) actor!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) target!: string | null;
  @ApiProperty({ nullable: true, description: 'state before the change (JSON)' }) before!: unknown;
  @ApiProperty({ nullable: true, description: 'state after the change (JSON)' }) after!: unknown;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
}

export class AuditLogPageDto implements AuditLogPage {
  @ApiProperty({ type: AuditLogItemDto, isArray: true }) items!: AuditLogItemDto[];
  @ApiProperty() total!: number;
}

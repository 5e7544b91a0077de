import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { TRANSITION_TARGETS, type TransitionTarget } from './alert-workflow';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `POST /alerts/:id/transition`. */
export class AlertTransitionDto {
  @ApiProperty({
    enum: TRANSITION_TARGETS,
    description:
      'new -> confirmed -> resolved; new|confirmed -> dismissed (reason required); confirmed -> confirmed re-assigns; `comment` adds a comment; `reopen` (reason) a dismissed or resolved alert; on an answered 督办 `accept` (-> resolved) or `return` (comment required); `extend` sets a later dueDate',
  })
  @IsIn(TRANSITION_TARGETS)
  to!: TransitionTarget;

  @ApiPropertyOptional({
    description: 'who/why; required for dismissed, reopen, return (the reason) and for comment',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: '督办: agency code asked to explain (only with to=confirmed)' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z._-]{1,64}$/, { message: '$property must be an agency code' })
  assignedAgency?: string;

  @ApiPropertyOptional({ description: '督办: district code asked to explain (only with to=confirmed)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: '$property must be 6 digits' })
  assignedDistrict?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'due date of the explanation (with to=confirmed), or the new one (to=extend)',
  })
  @IsOptional()
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  dueDate?: string;
}

/** `POST /alerts/bulk-transition`. */
export class AlertBulkDto {
  @ApiProperty({ type: [Number], minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  ids!: number[];

  @ApiProperty({ enum: ['confirmed', 'dismissed'] })
  @IsIn(['confirmed', 'dismissed'])
  to!: 'confirmed' | 'dismissed';

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'the same reason for every alert (required to dismiss)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

/** `POST /alerts/:id/extension-request` (respondent, once). */
export class ExtensionRequestDto {
  @ApiProperty({ maxLength: 2000, description: 'why more time is needed' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment!: string;

  @ApiPropertyOptional({ format: 'date', description: 'the due date asked for' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be YYYY-MM-DD' })
  requestedDate?: string;
}

/** `POST /alerts/:id/comments`. */
export class AlertCommentDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment!: string;
}

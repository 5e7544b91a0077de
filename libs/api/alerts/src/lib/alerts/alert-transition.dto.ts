import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { AlertTransitionRequest } from '@bs/shared-model';
import { TRANSITION_TARGETS, type TransitionTarget } from './alert-workflow';

/** `POST /alerts/:id/transition`. */
export class AlertTransitionDto implements Omit<AlertTransitionRequest, 'to' | 'comment'> {
  @ApiProperty({
    enum: TRANSITION_TARGETS,
    description:
      'new -> confirmed -> resolved; new|confirmed -> dismissed (reason required); confirmed -> confirmed re-assigns; `comment` adds a comment',
  })
  @IsIn(TRANSITION_TARGETS)
  to!: TransitionTarget;

  @ApiPropertyOptional({
    description: 'who/why; required for dismissed (the reason) and for comment',
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

  @ApiPropertyOptional({
    format: 'date',
    description: 'due date of the explanation (only with to=confirmed)',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be YYYY-MM-DD' })
  dueDate?: string;
}

/** `POST /alerts/:id/comments`. */
export class AlertCommentDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every error answer (one contract for every route: error-body.ts). */
export class ErrorResponseDto {
  @ApiProperty() statusCode!: number;
  @ApiProperty({ description: 'stable machine word, e.g. INVALID_AS_OF, NOT_FOUND, SERVICE_UNAVAILABLE' })
  code!: string;
  @ApiProperty({ description: 'Chinese message, shown by default' })
  message!: string;
  @ApiProperty({ description: 'English message' }) messageEn!: string;
  @ApiPropertyOptional({
    description: 'what the message is about: validation issues, retryAfterSeconds, …',
    type: 'object',
    additionalProperties: true,
  })
  details?: Record<string, unknown>;
  @ApiProperty({ description: 'the x-request-id of the request, for support and the audit log' })
  requestId!: string;
}

export class RetryLaterResponseDto extends ErrorResponseDto {
  @ApiProperty({ description: 'seconds to wait before trying again (also in the Retry-After header)' })
  retryAfterSeconds!: number;
}

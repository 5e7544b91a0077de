import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every error answer. */
export class ErrorResponseDto {
  @ApiProperty() statusCode!: number;
  @ApiProperty({
    description: 'Chinese message (or a list of validation messages)',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  message!: string | string[];
  @ApiPropertyOptional({ description: 'English message' }) messageEn?: string;
  @ApiProperty({ description: 'the x-request-id of the request, for support and the audit log' })
  requestId!: string;
}

export class RetryLaterResponseDto extends ErrorResponseDto {
  @ApiProperty({ description: 'seconds to wait before trying again (also in the Retry-After header)' })
  retryAfterSeconds!: number;
}

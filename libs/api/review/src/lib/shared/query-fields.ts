import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@bs/shared-model';

/** Query-field decorators shared by the review DTOs: validation and OpenAPI in one place. */

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY_RE = /^-?\d{1,16}(\.\d{1,2})?$/;

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function YearField(description: string, required = false): PropertyDecorator {
  const doc = required
    ? ApiProperty({ type: 'integer', description, example: 2024 })
    : ApiPropertyOptional({ type: 'integer', description, example: 2024 });
  return applyDecorators(
    doc,
    ...(required ? [] : [IsOptional()]),
    Type(() => Number),
    IsInt(),
    Min(FISCAL_YEAR_MIN),
    Max(FISCAL_YEAR_MAX),
  );
}

export function DateField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', description, example: '2024-06-30' }),
    IsOptional(),
    Matches(DATE_RE, { message: '$property must be YYYY-MM-DD' }),
  );
}

export function CodeField(description: string, digitsOnly = true): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, description }),
    IsOptional(),
    IsString(),
    MaxLength(64),
    ...(digitsOnly
      ? [Matches(/^\d{1,7}$/, { message: '$property must be 1–7 digits' })]
      : [Matches(/^[0-9A-Za-z._-]{1,64}$/, { message: '$property must be a code' })]),
  );
}

export function TextField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, description }),
    IsOptional(),
    IsString(),
    MaxLength(200),
  );
}

export function MoneyField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, description, example: '10000.00' }),
    IsOptional(),
    Matches(MONEY_RE, { message: '$property must be a yuan amount with at most 2 decimals' }),
  );
}

export function EnumField(values: readonly string[], description: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ enum: values, description }), IsOptional(), IsIn(values));
}

export function IntField(description: string, min: number, max: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', description, minimum: min, maximum: max }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(min),
    Max(max),
  );
}

export function FormatField(): PropertyDecorator {
  return EnumField(
    EXPORT_FORMATS,
    'json (default) or a streamed download: csv (UTF-8 with BOM, Chinese headers) or xlsx',
  );
}

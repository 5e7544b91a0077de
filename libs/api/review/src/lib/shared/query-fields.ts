import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@bs/shared-model';

/** Query-field decorators shared by the review DTOs: validation and OpenAPI in one place. */

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY_RE = /^-?\d{1,16}(\.\d{1,2})?$/;

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A YYYY-MM-DD that exists on the calendar (not 2024-02-30 or 2024-13-45). */
export function isCalendarDate(v: unknown): boolean {
  if (typeof v !== 'string' || !DATE_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate } }, options);
}

/** No NUL or other C0 control characters (PostgreSQL text cannot hold NUL). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_RE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f]*$/;

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
    IsCalendarDate({ message: '$property is not a date on the calendar' }),
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
    Matches(NO_CONTROL_RE, { message: '$property must not contain control characters' }),
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

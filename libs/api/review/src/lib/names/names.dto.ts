import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { NamesDto } from '@bs/shared-model';
import { IsOptional, Matches } from 'class-validator';
import { YearField } from '../shared/query-fields';

const LIST = /^[0-9A-Za-z._-]{1,64}(,[0-9A-Za-z._-]{1,64}){0,199}$/;
const ListField =
  (description: string): PropertyDecorator =>
  (target, key) => {
    ApiPropertyOptional({ type: String, description: `${description} (comma-separated, at most 200)` })(
      target,
      key,
    );
    IsOptional()(target, key);
    Matches(LIST, { message: '$property must be comma-separated codes' })(target, key);
  };

export class NamesQueryDto {
  @ListField('agency codes') agencies?: string;
  @ListField('district codes') districts?: string;
  @ListField('functional classification codes (类/款/项)') funcs?: string;
  @ListField('economic classification codes (类/款)') econs?: string;
  @YearField('classification version year (default: the newest)') fiscalYear?: number;
}

const MAP = { type: 'object', additionalProperties: { type: 'string' } } as const;
export class NamesResponse implements NamesDto {
  @ApiProperty(MAP) agency!: Record<string, string>;
  @ApiProperty(MAP) district!: Record<string, string>;
  @ApiProperty(MAP) func!: Record<string, string>;
  @ApiProperty(MAP) econ!: Record<string, string>;
}

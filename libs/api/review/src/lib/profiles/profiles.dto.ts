import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DateField, YearField } from '../shared/query-fields';

export class ProfileCodeParam {
  @ApiProperty({ description: 'agency or district code', example: '101001' })
  @Matches(/^[0-9A-Za-z._-]{1,64}$/, { message: '$property must be a code' })
  code!: string;
}

export class ProfileQueryDto {
  @YearField('fiscal year; default the newest year with data')
  fiscalYear?: number;

  @DateField('cut-off date inside the fiscal year; default the latest pay_date of the year')
  asOf?: string;
}

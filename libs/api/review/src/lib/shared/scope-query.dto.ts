import { DateField, ExportFormat, FormatField, YearField } from './query-fields';

/** `fiscalYear` and `asOf` of every supervision view, plus the export switch. */
export class ScopeQueryDto {
  @YearField('fiscal year; default the newest year with data')
  fiscalYear?: number;

  @DateField(
    'cut-off date inside the fiscal year (data dated later is ignored); default the latest pay_date of the year, 12-31 once the year is over',
  )
  asOf?: string;

  @FormatField()
  format?: ExportFormat;
}

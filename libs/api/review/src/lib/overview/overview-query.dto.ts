import { CodeField, DateField, YearField } from '../shared/query-fields';

/** The overview has no export, so only the scope (and a district for a county-level view). */
export class OverviewQueryDto {
  @YearField('fiscal year; default the newest year with data')
  fiscalYear?: number;

  @DateField(
    'cut-off date inside the fiscal year; default the latest pay_date of the year, 12-31 once the year is over',
  )
  asOf?: string;

  @CodeField('district code (6 digits): the overview of that district (its agencies, revenue, debt, alerts)')
  districtCode?: string;
}

import { toCents } from '@bs/shared-model';
import { RowCheck } from '../dataset-spec';

// Row checks see canonical values (dates 'YYYY-MM-DD', money '1234.50', enums as English codes);
// a null means empty or already reported invalid, so every check skips nulls.

/** `column` must fall inside the year given by `yearColumn`. */
export function dateInYear(column: string, yearColumn: string, zh: string): RowCheck {
  return (row) => {
    const value = row[column];
    const year = row[yearColumn];
    if (!value || !year || value.slice(0, 4) === year) return null;
    return {
      column,
      reasonZh: `${zh}不在年度 ${year} 内`,
      reasonEn: `${column} is not in fiscal year ${year}`,
    };
  };
}

/** `later` must be strictly after `earlier`. ISO dates compare as text. */
export function dateAfter(later: string, earlier: string, zhLater: string, zhEarlier: string): RowCheck {
  return (row) => {
    const a = row[later];
    const b = row[earlier];
    if (!a || !b || a > b) return null;
    return {
      column: later,
      reasonZh: `${zhLater}应晚于${zhEarlier}`,
      reasonEn: `${later} must be after ${earlier}`,
    };
  };
}

/** Money `column` ≤ money `limit`. */
export function moneyAtMost(column: string, limit: string, zh: string, zhLimit: string): RowCheck {
  return (row) => {
    const a = row[column];
    const b = row[limit];
    if (!a || !b || toCents(a) <= toCents(b)) return null;
    return { column, reasonZh: `${zh}不能大于${zhLimit}`, reasonEn: `${column} must not exceed ${limit}` };
  };
}

/** `column` is required when `when` equals `value`. */
export function requiredWhen(
  column: string,
  zh: string,
  when: string,
  value: string,
  zhValue: string,
): RowCheck {
  return (row) => {
    if (row[when] !== value || row[column]) return null;
    return {
      column,
      reasonZh: `状态为“${zhValue}”时必须填写${zh}`,
      reasonEn: `${column} is required when ${when} is ${value}`,
    };
  };
}

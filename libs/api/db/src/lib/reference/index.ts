export { FUNC_CODES } from './func-codes';
export { ECON_CODES, type EconCodeKind } from './econ-codes';
export { REVENUE_CODES } from './revenue-codes';
export {
  HOLIDAYS,
  MAKEUP_WORKDAYS,
  CALENDAR_FIRST_DATE,
  CALENDAR_LAST_DATE,
  isWorkday,
} from './work-calendar';
export { FUNC_CODE_ADDITIONS, REVENUE_CODE_ADDITIONS } from './code-additions';

/** Characters that make a spreadsheet read a cell as a formula (CSV/Excel injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number such as -123.45 is data, not a formula: left as is so exports stay numeric.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Prefixes a cell that a spreadsheet would run as a formula with `'`. Use on every exported text cell. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting when the cell holds a comma, quote or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV for spreadsheets and BI tools, written the way Excel opens it without a wizard:
 *  - UTF-8 with a byte-order mark (Excel otherwise reads UTF-8 as the local code page and garbles
 *    Chinese unit names);
 *  - CRLF line ends, every cell in double quotes, quotes inside doubled (RFC 4180);
 *  - protected against CSV (formula) injection: a text cell starting with `=`, `+`, `-`, `@`, a
 *    tab or a carriage return is prefixed with `'` so that a spreadsheet shows it as text instead
 *    of running it (OWASP). Numbers are written as numbers, so a negative NPS stays numeric
 *    (`"-5"` is read as −5 by Excel); only text is neutralised.
 * Empty cells: `null` and `undefined` are written as an empty cell (never as 0).
 */

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted (see the top of this file). */
export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One line (without its line end). */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole file: BOM, header, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return CSV_BOM + lines.join(CSV_EOL) + CSV_EOL;
}

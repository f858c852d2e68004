/**
 * A small RFC 4180 CSV reader that keeps the line and column of every cell, for measurement files
 * exported from Excel or a BI tool. Accepts a UTF-8 BOM, CRLF line ends, quoted cells with commas,
 * doubled quotes and line breaks. Blank lines are skipped.
 */
export interface CsvCell {
  text: string;
  line: number;
  column: number;
}

export interface CsvRow {
  line: number;
  /** Where the row starts in the text read (after a BOM), for `rowAt`. */
  offset: number;
  cells: CsvCell[];
}

export interface CsvParseError {
  line: number;
  column: number;
  message: string;
}

/**
 * Every row of `input`, blank lines left out, with the syntax errors found; `text` is the text the
 * rows' offsets refer to (the input without its BOM).
 */
export function parseCsv(input: string): { rows: CsvRow[]; errors: CsvParseError[]; text: string } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  const errors: CsvParseError[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const read = readRow(text, i, line, errors);
    if (!read) break;
    const { row } = read;
    const blank = row.cells.length === 1 && row.cells[0]!.text.trim() === '';
    if (!blank) rows.push(row);
    i = read.end;
    line = read.endLine;
  }
  return { rows, errors, text };
}

/** A row read for its cell texts only; positions come from `rowAt` when a diagnostic needs them. */
export interface CsvTextRow {
  line: number;
  offset: number;
  texts: string[];
}

/**
 * Like `parseCsv`, but each row holds only its cells' texts: the loader of a measurement file with
 * hundreds of thousands of rows reads them once and asks for positions (`rowAt`) only to report.
 */
export function parseCsvTexts(input: string): { rows: CsvTextRow[]; errors: CsvParseError[]; text: string } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: CsvTextRow[] = [];
  const errors: CsvParseError[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const texts: string[] = [];
    const read = readRow(text, i, line, errors, texts);
    if (!read) break;
    const blank = texts.length === 1 && texts[0]!.trim() === '';
    if (!blank) rows.push({ line, offset: i, texts });
    i = read.end;
    line = read.endLine;
  }
  return { rows, errors, text };
}

/**
 * The row of `text` (as returned by `parseCsv`) that starts at `offset`, on line `line`, read
 * again: a caller that keeps the text need not keep every row's cells (a measurement file of a
 * large organisation has hundreds of thousands of rows, about 500 bytes each in memory).
 */
export function rowAt(text: string, offset: number, line: number): CsvRow {
  return readRow(text, offset, line, [])?.row ?? { line, offset, cells: [] };
}

/**
 * Reads the row starting at `i` (the start of line `line`). Returns it with the offset and line
 * where the next row starts, or undefined after a quoted cell that is never closed (the rest of
 * the text cannot be read); errors are added to `errors`. With `texts`, the cells' texts go there
 * and the row holds no cells.
 */
function readRow(text: string, i: number, line: number, errors: CsvParseError[], texts?: string[]): { row: CsvRow; end: number; endLine: number } | undefined {
  const n = text.length;
  let lineStart = i;
  const row: CsvRow = { line, offset: i, cells: [] };
  for (;;) {
    const cellLine = line;
    const cellColumn = i - lineStart + 1;
    let value = '';
    if (text.charCodeAt(i) === 34 /* " */) {
      i++;
      let closed = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === 10) {
          line++;
          lineStart = i + 1;
        }
        value += text[i];
        i++;
      }
      if (!closed) {
        errors.push({ line: cellLine, column: cellColumn, message: 'A quoted cell is never closed.' });
        return undefined;
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== 44 && next !== 10 && next !== 13) {
        errors.push({ line, column: i - lineStart + 1, message: 'Text follows the closing quote of a cell.' });
        while (i < n && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 10) i++;
      }
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 44 || c === 10 || c === 13) break;
        i++;
      }
      value = text.slice(start, i);
    }
    if (texts) texts.push(value);
    else row.cells.push({ text: value, line: cellLine, column: cellColumn });
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      if (i >= n) {
        if (texts) texts.push('');
        else row.cells.push({ text: '', line, column: i - lineStart + 1 });
        return { row, end: i, endLine: line };
      }
    } else {
      if (c === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
      return { row, end: i, endLine: line + 1 };
    }
  }
}

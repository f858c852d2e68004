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
  cells: CsvCell[];
}

export interface CsvParseError {
  line: number;
  column: number;
  message: string;
}

export function parseCsv(input: string): { rows: CsvRow[]; errors: CsvParseError[] } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  const errors: CsvParseError[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const row: CsvRow = { line, cells: [] };
    let endOfRow = false;
    while (!endOfRow) {
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
          return { rows, errors };
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
      row.cells.push({ text: value, line: cellLine, column: cellColumn });
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        if (i >= n) {
          row.cells.push({ text: '', line, column: i - lineStart + 1 });
          endOfRow = true;
        }
      } else {
        if (c === 13) i++;
        if (text.charCodeAt(i) === 10) i++;
        line++;
        lineStart = i;
        endOfRow = true;
      }
    }
    const blank = row.cells.length === 1 && row.cells[0]!.text.trim() === '';
    if (!blank) rows.push(row);
  }
  return { rows, errors };
}

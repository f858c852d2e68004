import { describe, expect, it } from 'vitest';
import { parseCsv, rowAt } from '../../../src/core/source/csv.ts';

/** Rows as lists of cell texts. */
const texts = (input: string) => parseCsv(input).rows.map((r) => r.cells.map((c) => c.text));

describe('parseCsv', () => {
  it('splits rows and cells, keeping line and column of each cell', () => {
    const { rows, errors } = parseCsv('kpi,unit\nKPI-CSAT,br-north\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 1, offset: 0, cells: [{ text: 'kpi', line: 1, column: 1 }, { text: 'unit', line: 1, column: 5 }] },
      { line: 2, offset: 9, cells: [{ text: 'KPI-CSAT', line: 2, column: 1 }, { text: 'br-north', line: 2, column: 10 }] },
    ]);
  });

  it('reads the last row without a final line break', () => {
    expect(texts('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads quoted cells with commas and doubled quotes', () => {
    expect(texts('a,b\n"x, y","say ""hi"""\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"']]);
    expect(texts('""\n')).toEqual([]); // a row with one empty quoted cell is blank
    expect(texts('a,""\n')).toEqual([['a', '']]);
  });

  it('handles CRLF line ends', () => {
    const { rows, errors } = parseCsv('a,b\r\n1,2\r\n3,"4"\r\n');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, ...r.cells.map((c) => c.text)])).toEqual([[1, 'a', 'b'], [2, '1', '2'], [3, '3', '4']]);
    expect(rows[2]!.cells[1]).toEqual({ text: '4', line: 3, column: 3 });
  });

  it('skips a UTF-8 byte order mark without shifting columns', () => {
    const { rows } = parseCsv('\uFEFFkpi,unit\n');
    expect(rows[0]!.cells).toEqual([{ text: 'kpi', line: 1, column: 1 }, { text: 'unit', line: 1, column: 5 }]);
  });

  it('keeps line breaks inside quoted cells and counts the lines after them', () => {
    const input = 'a,b,c\n1,"two\nlines",x\n3,4,5\n';
    const { rows, errors } = parseCsv(input);
    expect(errors).toEqual([]);
    expect(rows[1]).toEqual({
      line: 2,
      offset: 6,
      cells: [
        { text: '1', line: 2, column: 1 },
        { text: 'two\nlines', line: 2, column: 3 },
        { text: 'x', line: 3, column: 8 },
      ],
    });
    expect(rows[2]).toEqual({ line: 4, offset: 22, cells: [{ text: '3', line: 4, column: 1 }, { text: '4', line: 4, column: 3 }, { text: '5', line: 4, column: 5 }] });
  });

  it('keeps CRLF inside a quoted cell and still counts lines', () => {
    const { rows } = parseCsv('a,b\r\n"x\r\ny",z\r\nlast,row\r\n');
    expect(rows[1]!.cells.map((c) => c.text)).toEqual(['x\r\ny', 'z']);
    expect(rows[2]!.line).toBe(4);
  });

  it('skips blank lines but keeps the line numbers of the rows after them', () => {
    const { rows } = parseCsv('a,b\n\n1,2\n   \n\r\n3,4\n\n');
    expect(rows.map((r) => r.line)).toEqual([1, 3, 6]);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('turns a trailing comma into an empty last cell, with or without a final line break', () => {
    expect(texts('a,b,\n')).toEqual([['a', 'b', '']]);
    expect(texts('a,b,')).toEqual([['a', 'b', '']]);
    expect(parseCsv('a,b,').rows[0]!.cells[2]).toEqual({ text: '', line: 1, column: 5 });
    expect(texts('a,,c\n')).toEqual([['a', '', 'c']]);
  });

  it('reports an unterminated quote at the cell where it opens', () => {
    const { rows, errors } = parseCsv('a,b\n1,2\n3,"never closed\nmore\n');
    expect(errors).toEqual([{ line: 3, column: 3, message: 'A quoted cell is never closed.' }]);
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it('reports text after a closing quote', () => {
    const { rows, errors } = parseCsv('a,b\n"x"y,z\n');
    expect(errors).toEqual([{ line: 2, column: 4, message: 'Text follows the closing quote of a cell.' }]);
    expect(rows[1]!.cells.map((c) => c.text)).toEqual(['x', 'z']);
  });

  it('keeps spaces in cells (trimming is the reader\'s choice)', () => {
    expect(texts(' a , b \n')).toEqual([[' a ', ' b ']]);
  });

  it('returns nothing for an empty input', () => {
    expect(parseCsv('')).toEqual({ rows: [], errors: [], text: '' });
    expect(parseCsv('\uFEFF')).toEqual({ rows: [], errors: [], text: '' });
  });
});

describe('rowAt', () => {
  it('reads any row again from its offset and line, the same as parseCsv read it', () => {
    const input = '\uFEFFa,b,c\r\n1,"two\r\nlines",x\r\n\r\n3,"say ""hi""",\r\nlast,row,end';
    const { rows, text } = parseCsv(input);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    for (const row of rows) expect(rowAt(text, row.offset, row.line)).toEqual(row);
    expect(rowAt(text, rows[1]!.offset, 2).cells[2]).toEqual({ text: 'x', line: 3, column: 8 });
  });
});

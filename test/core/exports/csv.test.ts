import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine, toCsv } from '../../../src/core/exports/csv.ts';

describe('csvCell', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvCell('Pudong branch')).toBe('"Pudong branch"');
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('浦东分店')).toBe('"浦东分店"');
  });

  it('writes no value as an empty cell, never 0', () => {
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(Number.NaN)).toBe('""');
  });

  it('keeps numbers numeric, negative ones included', () => {
    expect(csvCell(-5)).toBe('"-5"');
    expect(csvCell(79.4)).toBe('"79.4"');
    expect(csvCell(0)).toBe('"0"');
    expect(csvCell(true)).toBe('"true"');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1+1')).toBe('"\'+1+1"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tcmd')).toBe('"\'\tcmd"');
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('a=b')).toBe('"a=b"');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(['kpi', 'value'], [['KPI-NPS', -5], ['KPI-CSAT', null]]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('"kpi","value"\r\n"KPI-NPS","-5"\r\n"KPI-CSAT",""\r\n');
    expect(csvLine(['a', 1])).toBe('"a","1"');
  });
});

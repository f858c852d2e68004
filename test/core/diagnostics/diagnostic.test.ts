import { describe, expect, it } from 'vitest';
import { CODES, defaultSeverity, type DiagnosticCode } from '../../../src/core/diagnostics/codes.ts';
import { DiagnosticBag, applyStrict, compareDiagnostics, type Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';

const at = (file: string, line: number, column = 1) => ({ file, line, column });

describe('the code catalogue', () => {
  it('has a severity and a description for every code, and codes look like area/name', () => {
    for (const [code, info] of Object.entries(CODES)) {
      expect(code).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      expect(info.description.length, code).toBeGreaterThan(15);
    }
  });

  it('makes overdue reviews and actions warnings, not errors', () => {
    expect(defaultSeverity('review/overdue')).toBe('warning');
    expect(defaultSeverity('action/overdue')).toBe('warning');
    expect(defaultSeverity('review/due-soon')).toBe('info');
    expect(defaultSeverity('ref/unknown')).toBe('error');
  });
});

describe('DiagnosticBag', () => {
  it('records diagnostics with the default severity unless given, and counts them', () => {
    const bag = new DiagnosticBag();
    bag.report('ref/unknown', at('b.yaml', 3, 5), 'm1', 'h1');
    bag.report('review/overdue', at('a.mdx', 9), 'm2', 'h2');
    bag.report('review/overdue', at('a.mdx', 2), 'm3', 'h3', 'error');
    bag.report('review/due-soon', at('a.mdx', 1), 'm4', 'h4');
    expect(bag.items[0]).toEqual({ code: 'ref/unknown', severity: 'error', file: 'b.yaml', line: 3, column: 5, message: 'm1', hint: 'h1' });
    expect(bag.items.map((d) => d.severity)).toEqual(['error', 'warning', 'error', 'info']);
    expect(bag.errorCount).toBe(2);
    expect(bag.warningCount).toBe(1);
  });

  it('sorts by file, then line, column and code, without changing its own order', () => {
    const bag = new DiagnosticBag();
    const add = (code: DiagnosticCode, file: string, line: number, column: number) => bag.report(code, at(file, line, column), 'm', 'h');
    add('ref/unknown', 'data/b.yaml', 2, 1);
    add('ref/unknown', 'data/a.yaml', 10, 1);
    add('schema/wrong-type', 'data/a.yaml', 2, 7);
    add('ref/unknown', 'data/a.yaml', 2, 7);
    add('id/duplicate', 'data/a.yaml', 2, 3);
    add('ref/unknown', 'content/x.mdx', 99, 1);
    const order = (list: Diagnostic[]) => list.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
    expect(order(bag.sorted())).toEqual([
      'content/x.mdx:99:1 ref/unknown',
      'data/a.yaml:2:3 id/duplicate',
      'data/a.yaml:2:7 ref/unknown',
      'data/a.yaml:2:7 schema/wrong-type',
      'data/a.yaml:10:1 ref/unknown',
      'data/b.yaml:2:1 ref/unknown',
    ]);
    expect(bag.items[0]!.file).toBe('data/b.yaml');
  });

  it('compares line numbers as numbers, not text', () => {
    const d = (line: number): Diagnostic => ({ code: 'ref/unknown', severity: 'error', file: 'f', line, column: 1, message: '', hint: '' });
    expect(compareDiagnostics(d(9), d(10))).toBeLessThan(0);
    expect(compareDiagnostics(d(10), d(9))).toBeGreaterThan(0);
    expect(compareDiagnostics(d(4), d(4))).toBe(0);
  });
});

describe('applyStrict', () => {
  const list: Diagnostic[] = [
    { code: 'review/overdue', severity: 'warning', file: 'f', line: 1, column: 1, message: 'm', hint: 'h' },
    { code: 'review/due-soon', severity: 'info', file: 'f', line: 2, column: 1, message: 'm', hint: 'h' },
    { code: 'ref/unknown', severity: 'error', file: 'f', line: 3, column: 1, message: 'm', hint: 'h' },
  ];

  it('turns warnings into errors and leaves notes alone', () => {
    expect(applyStrict(list, true).map((d) => d.severity)).toEqual(['error', 'info', 'error']);
  });

  it('changes nothing without strict, and never mutates its input', () => {
    expect(applyStrict(list, false)).toEqual(list);
    applyStrict(list, true);
    expect(list[0]!.severity).toBe('warning');
  });
});

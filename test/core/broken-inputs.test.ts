/**
 * Every broken input of test/fixtures/broken/cases.ts, built in memory from the valid fixture with
 * one small patch, must produce exactly its expected diagnostics: same codes, files, lines and
 * columns, in sorted order, each with a message and a hint a person can act on.
 */
import { describe, expect, it } from 'vitest';
import { defaultSeverity } from '../../src/core/diagnostics/codes.ts';
import { compareDiagnostics, type Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import { applyPatch, build, validFiles, type Patch } from '../helpers/fixture.ts';
import { BROKEN_CASES, type BrokenCase, type ExpectedDiagnostic } from '../fixtures/broken/cases.ts';

function place(d: Pick<Diagnostic, 'code' | 'file' | 'line' | 'column' | 'severity'>, withColumn: boolean) {
  return { code: d.code, severity: d.severity, file: d.file, line: d.line, ...(withColumn ? { column: d.column } : {}) };
}

function expectedPlace(e: ExpectedDiagnostic) {
  return place({ column: 0, ...e, severity: e.severity ?? defaultSeverity(e.code) }, e.column !== undefined);
}

function run(c: BrokenCase): Diagnostic[] {
  return build(applyPatch(validFiles(), c), { strict: c.strict ?? false }).diagnostics;
}

function matches(text: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}

describe('broken inputs', () => {
  it('has at least 32 distinct cases with distinct names', () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(32);
    expect(new Set(BROKEN_CASES.map((c) => c.name)).size).toBe(BROKEN_CASES.length);
  });

  it('the valid fixture itself has no diagnostics (so each case sees only its own)', () => {
    expect(build(validFiles()).diagnostics).toEqual([]);
  });

  for (const c of BROKEN_CASES) {
    describe(c.name, () => {
      const placeTest = c.bug?.affects === 'place' ? it.fails : it;
      const textTest = c.bug ? it.fails : it;

      placeTest('reports exactly the expected codes at the expected places', () => {
        const got = run(c);
        expect(got.map((d, i) => place(d, c.expect[i]?.column !== undefined))).toEqual(c.expect.map(expectedPlace));
      });

      textTest('says what is wrong and how to fix it', () => {
        const got = run(c);
        expect(got).toHaveLength(c.expect.length);
        got.forEach((d, i) => {
          const e = c.expect[i]!;
          expect(d.code).toBe(e.code);
          expect(d.message.trim().length, `${d.code} message`).toBeGreaterThan(10);
          expect(d.hint.trim().length, `${d.code} hint`).toBeGreaterThan(10);
          expect(d.message).not.toMatch(/undefined|\[object Object\]|NaN/);
          expect(d.hint).not.toMatch(/undefined|\[object Object\]|NaN/);
          if (e.message !== undefined) expect(matches(d.message, e.message), `message ${JSON.stringify(d.message)} should contain ${String(e.message)}`).toBe(true);
          if (e.hint !== undefined) expect(matches(d.hint, e.hint), `hint ${JSON.stringify(d.hint)} should contain ${String(e.hint)}`).toBe(true);
        });
      });
    });
  }
});

describe('several broken files at once', () => {
  // Cases that touch different places, combined into one handbook.
  const names = [
    'YAML duplicate key',
    'SOP without frontmatter',
    'unknown role of a person',
    'step time limit longer than the standard (45 min vs 30 min)',
    'overdue action',
    'NPS of 150 is out of scale',
    'warning threshold on the passing side of the target',
    'unknown KPI in a CSV row is reported at that row',
    'future period',
    'impossible date in a page frontmatter',
  ];
  const cases = names.map((name) => {
    const c = BROKEN_CASES.find((x) => x.name === name);
    if (!c) throw new Error(`no case named ${name}`);
    return c;
  });

  it('reports the diagnostics of every file in one run, sorted by file, line and column', () => {
    let files = validFiles();
    for (const c of cases) files = applyPatch(files, c as Patch);
    const got = build(files).diagnostics;

    const expected = cases
      .flatMap((c) => c.expect.map((e) => ({ ...e, column: e.column ?? 0, severity: e.severity ?? defaultSeverity(e.code), message: '', hint: '' })))
      .sort(compareDiagnostics)
      .map((e) => place(e, true));
    expect(got.map((d) => place(d, true))).toEqual(expected);

    // The list is in file order, and within a file in line order.
    expect(got.map((d) => d.file)).toEqual([
      'content/policies/quality-policy.md',
      'content/sops/customer-service/SOP-CS-001.mdx',
      'content/sops/customer-service/SOP-CS-002.mdx',
      'data/actions/IA-2026-001.yaml',
      'data/kpis/KPI-CSAT.yaml',
      'data/measurements/2026-10.csv',
      'data/measurements/2026-10.csv',
      'data/measurements/2026-Q3.yaml',
      'data/measurements/2026-Q3.yaml',
      'data/people.yaml',
      'data/standards/STD-REL-002.yaml',
    ]);
    const csvLines = got.filter((d) => d.file === 'data/measurements/2026-10.csv').map((d) => d.line);
    expect(csvLines).toEqual([2, 3]);
    expect(got.filter((d) => d.severity === 'error')).toHaveLength(9);
    expect(got.filter((d) => d.severity === 'warning').map((d) => d.code)).toEqual(['action/overdue', 'measurement/value-without-counts']);
  });
});

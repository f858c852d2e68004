import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { formatJson, formatText, summarize } from '../../../src/core/diagnostics/format.ts';

const DIAGNOSTICS: Diagnostic[] = [
  {
    code: 'schema/invalid-value',
    severity: 'error',
    file: 'data/kpis/KPI-CSAT.yaml',
    line: 9,
    column: 10,
    message: '`direction` is "hgher", which is not an allowed value.',
    hint: 'Did you mean "higher"? Allowed: higher, lower, band.',
  },
  {
    code: 'review/overdue',
    severity: 'warning',
    file: 'content/sops/customer-service/SOP-CS-001.mdx',
    line: 11,
    column: 12,
    message: 'The periodic review of SOP-CS-001 was due on 2026-09-01 (82 days ago).',
    hint: 'bo-chen should review it.',
  },
  {
    code: 'review/due-soon',
    severity: 'info',
    file: 'content/sops/delivery/SOP-DL-001.mdx',
    line: 3,
    column: 1,
    message: 'Due soon.',
    hint: 'Plan it.',
  },
];

describe('formatText', () => {
  it('prints one compiler-like block per diagnostic', () => {
    expect(formatText(DIAGNOSTICS)).toMatchInlineSnapshot(`
      "data/kpis/KPI-CSAT.yaml:9:10 error schema/invalid-value
        \`direction\` is "hgher", which is not an allowed value.
        hint: Did you mean "higher"? Allowed: higher, lower, band.

      content/sops/customer-service/SOP-CS-001.mdx:11:12 warning review/overdue
        The periodic review of SOP-CS-001 was due on 2026-09-01 (82 days ago).
        hint: bo-chen should review it.

      content/sops/delivery/SOP-DL-001.mdx:3:1 info review/due-soon
        Due soon.
        hint: Plan it."
    `);
  });

  it('colours severity, location and code only when asked', () => {
    const coloured = formatText(DIAGNOSTICS.slice(0, 1), { color: true });
    expect(coloured.split('\n')).toEqual([
      '\x1b[1mdata/kpis/KPI-CSAT.yaml:9:10\x1b[0m \x1b[31merror\x1b[0m \x1b[2mschema/invalid-value\x1b[0m',
      '  `direction` is "hgher", which is not an allowed value.',
      '  \x1b[2mhint:\x1b[0m Did you mean "higher"? Allowed: higher, lower, band.',
    ]);
    expect(formatText([DIAGNOSTICS[1]!], { color: true })).toContain('\x1b[33mwarning\x1b[0m');
    expect(formatText([DIAGNOSTICS[2]!], { color: true })).toContain('\x1b[36minfo\x1b[0m');
    expect(formatText(DIAGNOSTICS)).not.toContain('\x1b[');
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(formatText(DIAGNOSTICS.slice(0, 1)));
  });

  it('prints nothing for no diagnostics', () => {
    expect(formatText([])).toBe('');
  });
});

describe('summarize', () => {
  it('counts each severity with plurals', () => {
    expect(summarize(DIAGNOSTICS)).toMatchInlineSnapshot(`"1 error, 1 warning, 1 note"`);
    expect(summarize([])).toMatchInlineSnapshot(`"0 errors, 0 warnings, 0 notes"`);
    expect(summarize([DIAGNOSTICS[0]!, DIAGNOSTICS[0]!])).toBe('2 errors, 0 warnings, 0 notes');
  });
});

describe('formatJson', () => {
  it('lists counts and every diagnostic with its fields in a fixed order', () => {
    expect(formatJson(DIAGNOSTICS)).toMatchInlineSnapshot(`
      "{
        "errors": 1,
        "warnings": 1,
        "diagnostics": [
          {
            "code": "schema/invalid-value",
            "severity": "error",
            "file": "data/kpis/KPI-CSAT.yaml",
            "line": 9,
            "column": 10,
            "message": "\`direction\` is \\"hgher\\", which is not an allowed value.",
            "hint": "Did you mean \\"higher\\"? Allowed: higher, lower, band."
          },
          {
            "code": "review/overdue",
            "severity": "warning",
            "file": "content/sops/customer-service/SOP-CS-001.mdx",
            "line": 11,
            "column": 12,
            "message": "The periodic review of SOP-CS-001 was due on 2026-09-01 (82 days ago).",
            "hint": "bo-chen should review it."
          },
          {
            "code": "review/due-soon",
            "severity": "info",
            "file": "content/sops/delivery/SOP-DL-001.mdx",
            "line": 3,
            "column": 1,
            "message": "Due soon.",
            "hint": "Plan it."
          }
        ]
      }"
    `);
  });

  it('keeps only the documented fields', () => {
    const extra = { ...DIAGNOSTICS[0]!, internal: 'x' } as Diagnostic;
    const parsed = JSON.parse(formatJson([extra])) as { diagnostics: Record<string, unknown>[] };
    expect(Object.keys(parsed.diagnostics[0]!)).toEqual(['code', 'severity', 'file', 'line', 'column', 'message', 'hint']);
  });

  it('gives zero counts and an empty list for no diagnostics', () => {
    expect(JSON.parse(formatJson([]))).toEqual({ errors: 0, warnings: 0, diagnostics: [] });
  });
});

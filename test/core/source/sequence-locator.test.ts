/** The fast locator must agree with the full YAML syntax tree wherever it answers. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { sequenceLocator } from '../../../src/core/source/sequence-locator.ts';
import { parseYamlSource } from '../../../src/core/source/yaml-source.ts';

const FIELDS = ['kpi', 'unit', 'period', 'value', 'n', 'note'];

function compare(file: string, text: string) {
  const full = parseYamlSource(file, text, new DiagnosticBag());
  const list = (full.value as { measurements: Record<string, unknown>[] }).measurements;
  const fast = sequenceLocator(file, text, 'measurements', list.length);
  expect(fast, `${file} has the usual shape`).toBeDefined();
  list.forEach((entry, i) => {
    expect(fast!.value(i), `${file} entry ${i}`).toEqual(full.locate(['measurements', i]));
    for (const field of FIELDS) {
      if (!(field in entry)) {
        expect(fast!.value(i, field)).toEqual(full.locate(['measurements', i, field]));
        continue;
      }
      expect(fast!.value(i, field), `${file} [${i}].${field}`).toEqual(full.locate(['measurements', i, field]));
      expect(fast!.key(i, field), `${file} [${i}].${field} key`).toEqual(full.locateKey(['measurements', i, field]));
    }
  });
}

describe('sequenceLocator', () => {
  it('agrees with the full syntax tree on every sample measurement file', () => {
    const dir = new URL('../../../data/measurements/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) compare(`data/measurements/${f}`, readFileSync(new URL(f, dir), 'utf8'));
  });

  it('agrees on block-style entries, comments and a note containing "value:"', () => {
    const text = [
      '# October figures',
      'measurements:',
      '  - kpi: KPI-CSAT',
      '    unit: br-pudong',
      '    period: 2026-10',
      '    value: 87.4',
      '    n: 412',
      '',
      '  # a comment between entries',
      '  - { kpi: KPI-NPS, unit: br-pudong, period: 2026-10, value: null, note: "value: unknown, vendor outage" }',
      '  -   kpi: KPI-FCR',
      '      unit: br-xuhui',
      '      period: 2026-10',
      '      value: 71',
      '      n: 900',
      '',
    ].join('\n');
    compare('x.yaml', text);
  });

  it('declines shapes it does not understand, so the caller uses the full tree', () => {
    expect(sequenceLocator('x', 'measurements: [{ kpi: A }]\n', 'measurements', 1)).toBeUndefined();
    expect(sequenceLocator('x', 'measurements:\n  - kpi: A\n', 'measurements', 2)).toBeUndefined();
    expect(sequenceLocator('x', 'other:\n  - kpi: A\n', 'measurements', 1)).toBeUndefined();
  });
});

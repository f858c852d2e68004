/**
 * JSON exports that are tables are written with their columns once (src/core/exports/json-table.ts):
 * the files the build writes, read back into objects as their readers do, give the rows computed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExportFiles } from '../../../src/core/exports/files.ts';
import { jsonTable, tableObjects } from '../../../src/core/exports/json-table.ts';
import { measurementExportRows, scorecardExportRows } from '../../../src/core/exports/scorecards.ts';
import { scorecardFor } from '../../../src/site/stores/scorecards.ts';
import { definitionsOnDay } from '../../../src/site/stores/definitions-in-force.ts';
import { exportModelOf } from '../../../src/site/stores/export-model.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

type Table = { format: string; columns: string[]; rows: unknown[][] } & Record<string, unknown>;

/** Each row's values under its column's name: what a reader of the file does (also the README's jq line). */
const objectsOf = (t: Table) => t.rows.map((values) => Object.fromEntries(t.columns.map((c, i) => [c, values[i]])));
const pick = (row: object, columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, (row as Record<string, unknown>)[c]]));
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('jsonTable', () => {
  it('writes the columns once and each row as its values in their order; numbers and lists stay, a missing value is null', () => {
    const rows = [
      { unit: 'br-pudong', value: 87.5, actions: ['IA-2026-001'], note: undefined as string | undefined },
      { unit: 'br-xuhui', value: null, actions: [], note: 'late' },
    ];
    const table = jsonTable(['unit', 'value', 'actions', 'note'], rows);
    expect(JSON.parse(JSON.stringify(table))).toEqual({
      columns: ['unit', 'value', 'actions', 'note'],
      rows: [
        ['br-pudong', 87.5, ['IA-2026-001'], null],
        ['br-xuhui', null, [], 'late'],
      ],
    });
    expect(tableObjects(table)).toEqual([
      { unit: 'br-pudong', value: 87.5, actions: ['IA-2026-001'], note: null },
      { unit: 'br-xuhui', value: null, actions: [], note: 'late' },
    ]);
  });
});

describe('the JSON export files as written', () => {
  const h = sampleHandbook();
  const dir = mkdtempSync(join(tmpdir(), 'sqms-exports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const written = writeExportFiles(exportModelOf(h), dir).then(() => {
    const files = new Map<string, string>();
    for (const name of readdirSync(join(dir, 'exports'))) if (name.endsWith('.json')) files.set(name, readFileSync(join(dir, 'exports', name), 'utf8'));
    return files;
  });

  it('read back into objects, give the rows computed for every scorecard and every measurement', async () => {
    const files = await written;
    const scorecards = [...files.keys()].filter((n) => n.startsWith('scorecard-'));
    expect(scorecards.length).toBeGreaterThan(20);
    for (const name of scorecards) {
      const json = JSON.parse(files.get(name)!) as Table;
      expect(json.format).toBe('sqms-scorecard/2');
      const computed = scorecardExportRows(scorecardFor(h, name.slice('scorecard-'.length, -'.json'.length)));
      expect(objectsOf(json)).toEqual(computed.map((r) => pick(r, json.columns)));
    }
    const m = JSON.parse(files.get('measurements.json')!) as Table;
    expect(m.format).toBe('sqms-measurements/2');
    const computed = measurementExportRows(h, (day) => definitionsOnDay(h, day));
    expect(computed.length).toBe(h.measurements.length);
    expect(objectsOf(m)).toEqual(computed.map((r) => pick(r, m.columns)));
  });

  it('write each column name once, not once per row', async () => {
    for (const [name, text] of await written) {
      const { columns, rows } = JSON.parse(text) as Table;
      expect(rows.length, name).toBeGreaterThan(1);
      expect(occurrences(text, '"columns":'), name).toBe(1);
      expect(new Set(columns).size, name).toBe(columns.length);
      expect(rows.every((r) => Array.isArray(r) && r.length === columns.length), name).toBe(true);
      // No row names its fields: a column's name is never a key inside the rows.
      const rowsText = JSON.stringify(rows);
      for (const c of columns) expect(occurrences(rowsText, `"${c}":`), `${name}: ${c}`).toBe(0);
    }
  });

  let jq = true;
  try {
    execFileSync('jq', ['--version'], { stdio: 'ignore' });
  } catch {
    jq = false;
  }
  it.skipIf(!jq)("turn back into objects with the README's jq line", async () => {
    const text = (await written).get('scorecard-2026-10.json')!;
    const out = execFileSync('jq', ['-c', '[.rows[] as $r | [.columns, $r] | transpose | map({(.[0]): .[1]}) | add]'], { input: text, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(JSON.parse(out)).toEqual(objectsOf(JSON.parse(text) as Table));
  });
});

/** `sqms schema`: one JSON Schema per kind, and the editor's schema mapping written from the registry and checked. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDITOR_SETTINGS, renderEditorSettings, renderJsonSchemas, writeJsonSchemas } from '../../src/cli/json-schema.ts';
import { PROJECT_ROOT } from '../helpers/fixture.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** A project folder with the committed schemas and `settings` as its editor settings. */
function project(settings: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqms-schema-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'schemas'));
  for (const [path, text] of renderJsonSchemas()) writeFileSync(join(dir, path), text);
  if (settings !== undefined) {
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, EDITOR_SETTINGS), settings);
  }
  return dir;
}

function quietly<T>(run: () => T): { result: T; stderr: string } {
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const result = run();
  vi.restoreAllMocks();
  return { result, stderr };
}

describe('sqms schema', () => {
  it('the committed editor settings map every YAML kind onto its location', () => {
    const committed = readFileSync(join(PROJECT_ROOT, EDITOR_SETTINGS), 'utf8');
    expect(renderEditorSettings(committed)).toBe(committed);
  });

  it('--check fails on a stale mapping and names it; writing fixes it and keeps the other settings', () => {
    const stale = JSON.stringify({ 'yaml.schemas': { './schemas/kpi.schema.json': 'data/kpis/*.yaml' }, 'editor.rulers': [110] }, null, 2);
    const dir = project(stale);
    const check = quietly(() => writeJsonSchemas(dir, true));
    expect(check.result).toBe(1);
    expect(check.stderr).toContain('The editor\'s schema mapping (`yaml.schemas` in .vscode/settings.json) is out of date.');
    expect(check.stderr).not.toContain('These JSON Schemas');
    expect(readFileSync(join(dir, EDITOR_SETTINGS), 'utf8')).toBe(stale);

    expect(quietly(() => writeJsonSchemas(dir, false)).result).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, EDITOR_SETTINGS), 'utf8')) as Record<string, unknown>;
    expect(written['editor.rulers']).toEqual([110]);
    expect((written['yaml.schemas'] as Record<string, string[]>)['./schemas/kpi.schema.json']).toEqual(['data/kpis/**/*.yaml', 'data/kpis/**/*.yml']);
    expect(quietly(() => writeJsonSchemas(dir, true)).result).toBe(0);
  });

  it('--check still fails on a stale JSON Schema', () => {
    const dir = project(renderEditorSettings(undefined));
    writeFileSync(join(dir, 'schemas/kpi.schema.json'), '{}\n');
    const check = quietly(() => writeJsonSchemas(dir, true));
    expect(check.result).toBe(1);
    expect(check.stderr).toContain('These JSON Schemas are out of date: schemas/kpi.schema.json.');
  });

  it('creates the settings when there are none, and leaves settings with comments alone', () => {
    const dir = project(undefined);
    expect(quietly(() => writeJsonSchemas(dir, false)).result).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, EDITOR_SETTINGS), 'utf8')) as object)).toEqual(['yaml.schemas']);
    const commented = '{\n  // mine\n  "editor.rulers": [100]\n}\n';
    const other = project(commented);
    const r = quietly(() => writeJsonSchemas(other, false));
    expect(r.result).toBe(1);
    expect(r.stderr).toContain('is not plain JSON');
    expect(readFileSync(join(other, EDITOR_SETTINGS), 'utf8')).toBe(commented);
  });
});

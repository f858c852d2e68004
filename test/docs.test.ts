/** What authors read must match what the code does. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES } from '../src/core/diagnostics/codes.ts';
import { renderJsonSchemas } from '../src/cli/json-schema.ts';
import { settingsTable } from '../src/core/settings.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the map of the code', () => {
  it('README.md names every folder of src/, src/core/ and src/site/, and every file directly in src/core/', () => {
    const readme = read('README.md');
    const map = readme.slice(readme.indexOf('## What is where'), readme.indexOf('What may import what'));
    const folders = (path: string) => readdirSync(new URL(`../${path}`, import.meta.url), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const coreFiles = readdirSync(new URL('../src/core', import.meta.url), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    const missing = [
      ...folders('src').filter((f) => !map.includes(`src/${f}`)).map((f) => `src/${f}/`),
      ...folders('src/core').filter((f) => !map.includes(`${f}/`)).map((f) => `src/core/${f}/`),
      ...folders('src/site').filter((f) => !map.includes(`${f}/`)).map((f) => `src/site/${f}/`),
      ...coreFiles.filter((f) => !map.includes(f)).map((f) => `src/core/${f}`),
    ];
    expect(missing).toEqual([]);
  });
});

describe('author documentation', () => {
  it('CONTRIBUTING.md lists every diagnostic code with its severity', () => {
    const guide = read('CONTRIBUTING.md');
    const missing = Object.entries(CODES).filter(([code, info]) => !guide.includes(`| \`${code}\` | ${info.severity} |`));
    expect(missing.map(([code]) => code)).toEqual([]);
  });

  it('README.md lists every SQMS_* environment variable as src/core/settings.ts describes it', () => {
    expect(read('README.md')).toContain(settingsTable());
  });

  it('the committed JSON Schemas match the zod schemas (run `npm run schema` after a schema change)', () => {
    for (const [path, text] of renderJsonSchemas()) expect(read(path), path).toBe(text);
  });

  it('every JSON Schema is wired into the editor settings', () => {
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string> };
    const mapped = Object.keys(settings['yaml.schemas']).map((p) => p.replace(/^\.\//, ''));
    for (const path of renderJsonSchemas().keys()) {
      if (path.endsWith('sop.schema.json') || path.endsWith('sop-translation.schema.json') || path.endsWith('page.schema.json')) continue; // frontmatter: through Astro content intellisense
      expect(mapped).toContain(path);
    }
  });
});

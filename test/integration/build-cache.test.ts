import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESTORING_FILES, STAMP_FILE, closeBuildCache, codeDigest, openBuildCache } from '../../src/integration/build-cache.ts';

let work: string;
let project: string;
let cache: string;

/** A cache as a finished build leaves it: Astro's list of keys, its copies of the pages, the content store, the export files, and Vite's own files. */
function fillCache(): void {
  mkdirSync(join(cache, 'dist', 'sops', 'SOP-1'), { recursive: true });
  writeFileSync(join(cache, 'dist', 'sops', 'SOP-1', 'index.html'), '<p>old</p>');
  writeFileSync(join(cache, 'incremental-build.json'), '{}');
  writeFileSync(join(cache, 'data-store.json'), '{}');
  mkdirSync(join(cache, 'sqms-export-files', 'exports'), { recursive: true });
  writeFileSync(join(cache, 'sqms-export-files', 'key.json'), '{"key":"k"}');
  mkdirSync(join(cache, 'vite'), { recursive: true });
  writeFileSync(join(cache, 'vite', 'deps.json'), '{}');
}
const restoring = () => RESTORING_FILES.filter((f) => existsSync(join(cache, f)));

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'sqms-cache-'));
  project = join(work, 'project');
  cache = join(work, 'cache');
  mkdirSync(join(project, 'src', 'integration'), { recursive: true });
  writeFileSync(join(project, 'src', 'integration', 'safety.ts'), 'export const strip = ["script"];\n');
  writeFileSync(join(project, 'astro.config.mjs'), 'export default {};\n');
  mkdirSync(cache);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the build cache', () => {
  it('is kept for the next build when the same code finished the last one', () => {
    const code = codeDigest(project);
    fillCache();
    expect(openBuildCache(cache, code)).toBe('other code'); // made before it was stamped
    fillCache();
    closeBuildCache(cache, code);
    expect(openBuildCache(cache, code)).toBeUndefined();
    expect(restoring()).toEqual(['incremental-build.json', 'dist', 'data-store.json', 'sqms-export-files']);
  });

  it('restores nothing after a change to any code file, the configuration or Node, and keeps what Vite keeps', () => {
    const code = codeDigest(project);
    fillCache();
    writeFileSync(join(cache, STAMP_FILE), JSON.stringify({ code, finished: true }));
    writeFileSync(join(project, 'src', 'integration', 'safety.ts'), 'export const strip = ["script", "style"];\n');
    const changed = codeDigest(project);
    expect(changed).not.toBe(code);
    expect(openBuildCache(cache, changed)).toBe('other code');
    expect(restoring()).toEqual([]);
    expect(existsSync(join(cache, 'vite', 'deps.json'))).toBe(true);
    expect(codeDigest(project, { version: 'v22.12.0', icu: '76.1' })).not.toBe(codeDigest(project, { version: 'v22.13.0', icu: '76.1' }));
    writeFileSync(join(project, 'astro.config.mjs'), 'export default { build: {} };\n');
    expect(codeDigest(project)).not.toBe(changed);
  });

  it('restores nothing after a build that did not finish', () => {
    const code = codeDigest(project);
    fillCache();
    closeBuildCache(cache, code);
    expect(openBuildCache(cache, code)).toBeUndefined();
    // This build renders a page of an abandoned change into the cache, then fails: it never closes the cache.
    writeFileSync(join(cache, 'dist', 'sops', 'SOP-1', 'index.html'), '<p>abandoned</p>');
    expect(JSON.parse(readFileSync(join(cache, STAMP_FILE), 'utf8'))).toEqual({ code, finished: false });
    expect(openBuildCache(cache, code)).toBe('unfinished build');
    expect(restoring()).toEqual([]);
  });

  it('does nothing to a cache that does not exist yet', () => {
    rmSync(cache, { recursive: true });
    expect(openBuildCache(cache, 'x')).toBeUndefined();
    expect(existsSync(cache)).toBe(false);
  });
});

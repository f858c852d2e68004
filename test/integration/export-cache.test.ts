/**
 * The previous build's export files in the build cache (src/integration/export-cache.ts): stored
 * with their key once a build has succeeded, copied back (never linked) when the key is the same,
 * and never a key next to files it was not stored with.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_CACHE, hasKeptExports, keepExports, restoreExports, storedExportKey } from '../../src/integration/export-cache.ts';

let work: string;
let cache: string;

function site(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'exports'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'exports', file), text);
  return dir;
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'sqms-export-cache-'));
  cache = join(work, 'cache');
  mkdirSync(cache);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the export files kept in the build cache', () => {
  it('hold no key before a build kept them', async () => {
    expect(await storedExportKey(cache)).toBeUndefined();
    expect(hasKeptExports(cache)).toBe(false);
    expect(await storedExportKey(join(work, 'no-such-cache'))).toBeUndefined();
  });

  it('are copied back as they were kept, and the copies are not linked to the cache', async () => {
    const first = site('first', { 'measurements.csv': 'a,b\r\n', 'scorecard-2026-10.json': '{"rows":[]}' });
    await keepExports(cache, 'key-1', first);
    expect(hasKeptExports(cache)).toBe(true);
    expect(await storedExportKey(cache)).toBe('key-1');
    const next = join(work, 'next');
    expect(await restoreExports(cache, next)).toEqual({ files: 2, bytes: 16 });
    expect(readFileSync(join(next, 'exports', 'measurements.csv'), 'utf8')).toBe('a,b\r\n');
    expect(statSync(join(next, 'exports', 'measurements.csv')).nlink).toBe(1);
    // Writing into the site afterwards leaves the cache's copy as it was.
    writeFileSync(join(next, 'exports', 'measurements.csv'), 'changed');
    expect(readFileSync(join(cache, EXPORT_CACHE, 'exports', 'measurements.csv'), 'utf8')).toBe('a,b\r\n');
  });

  it("replace the previous build's files whole, and a restore empties the site's folder first", async () => {
    await keepExports(cache, 'key-1', site('first', { 'old.csv': 'old', 'measurements.csv': '1' }));
    await keepExports(cache, 'key-2', site('second', { 'measurements.csv': '2' }));
    expect(await storedExportKey(cache)).toBe('key-2');
    const next = site('next', { 'stale.csv': 'stale' });
    await restoreExports(cache, next);
    expect(existsSync(join(next, 'exports', 'stale.csv'))).toBe(false);
    expect(existsSync(join(next, 'exports', 'old.csv'))).toBe(false);
    expect(readFileSync(join(next, 'exports', 'measurements.csv'), 'utf8')).toBe('2');
  });

  it('hold no key when a build was interrupted while storing them, or the files are gone', async () => {
    // Interrupted after the new folder was written and the old one removed, before the swap.
    mkdirSync(join(cache, `${EXPORT_CACHE}.new`, 'exports'), { recursive: true });
    writeFileSync(join(cache, `${EXPORT_CACHE}.new`, 'key.json'), '{"key":"key-3"}');
    expect(await storedExportKey(cache)).toBeUndefined();
    await keepExports(cache, 'key-4', site('fourth', { 'measurements.csv': '4' }));
    expect(await storedExportKey(cache)).toBe('key-4');
    expect(existsSync(join(cache, `${EXPORT_CACHE}.new`))).toBe(false);
    rmSync(join(cache, EXPORT_CACHE, 'exports'), { recursive: true });
    expect(await storedExportKey(cache)).toBeUndefined();
  });
});

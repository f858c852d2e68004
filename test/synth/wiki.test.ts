/**
 * The wiki-shaped generator of the benchmark (scripts/synth/wiki.ts): the same seed writes the
 * same bytes; the links it declares broken are exactly the ones the check reports, no more and no
 * fewer; with every link broken, every page link is reported.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWiki } from '../../scripts/synth/wiki.ts';
import { loadHandbook } from '../../src/core/load.ts';

const work = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'wiki-synth-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const brokenReported = (root: string) =>
  loadHandbook(root, { today: '2026-11-22' })
    .diagnostics.filter((d) => d.code === 'link/broken')
    .map((d) => `${d.file}:${d.line}:${d.column}`)
    .sort();

describe('the wiki generator', () => {
  it('writes the same files for the same seed, and others for another', () => {
    const a = generateWiki({ out: join(work, 'a'), pages: 60, seed: 7 });
    const b = generateWiki({ out: join(work, 'b'), pages: 60, seed: 7 });
    generateWiki({ out: join(work, 'c'), pages: 60, seed: 8 });
    expect(digest(join(work, 'a'))).toEqual(digest(join(work, 'b')));
    expect(digest(join(work, 'a'))).not.toEqual(digest(join(work, 'c')));
    expect({ ...a, seconds: 0 }).toEqual({ ...b, seconds: 0 });
  });

  it('declares exactly the broken links the check reports, and the rest of the wiki passes', () => {
    const root = join(work, 'share');
    const stats = generateWiki({ out: root, pages: 150, seed: 3, brokenShare: 0.05 });
    expect(stats.pages).toBe(150);
    expect(stats.chinesePages).toBeGreaterThan(2);
    expect(stats.images).toBeGreaterThan(3);
    expect(stats.broken.length).toBeGreaterThan(20);
    expect(brokenReported(root)).toEqual(stats.broken.map((b) => `${b.file}:${b.line}:${b.column}`).sort());
    const { diagnostics } = loadHandbook(root, { today: '2026-11-22' });
    expect(diagnostics.filter((d) => d.severity === 'error' && d.code !== 'link/broken')).toEqual([]);
  });

  it('with every link broken, reports every link to a page', () => {
    const root = join(work, 'all');
    const stats = generateWiki({ out: root, pages: 40, seed: 5, allBroken: true, images: false });
    const reported = brokenReported(root);
    expect(reported).toEqual(stats.broken.map((b) => `${b.file}:${b.line}:${b.column}`).sort());
    // Every link but the in-page anchors ("the top", one per section).
    expect(reported.length).toBeGreaterThan(stats.links * 0.6);
  });
});

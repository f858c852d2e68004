/**
 * The lines `sqms build` prints about its last step (src/integration/publish.ts): what was written,
 * and where the time went (the search index's phases one after the other, the export worker's
 * meanwhile), which `npm run bench` copies from the build log.
 */
import { describe, expect, it } from 'vitest';
import { publishedLines } from '../../src/integration/publish.ts';

const search = { pages: 211, scanned: 407, added: 211, files: 247, bytes: 1_447_034, outputPath: '/site/pagefind', seconds: { parse: 2.71, wait: 3.26, write: 2.649 } };
const exported = { files: 61, bytes: 5_305_794, key: 'k', reused: false, seconds: { load: 2.6, compute: 0.44, write: 0.251 } };

describe('the lines about the search index and export files', () => {
  it('say what was written and the phases of both', () => {
    expect(publishedLines(exported, search, '/site')).toEqual([
      'Exports: 61 files, 5.06 MB in /site/exports.',
      'Search index: 211 of 407 pages indexed, 247 files, 1.38 MB in /site/pagefind.',
      'Phases: search index 2.7 s reading and parsing 211 pages, 3.3 s waiting for the export files, 2.6 s writing; ' +
        'export worker (meanwhile) 2.6 s loading the handbook, 0.4 s computing 61 files, 0.3 s writing them.',
    ]);
  });

  it('say how long the key took, and when the files were reused from the previous build instead of computed', () => {
    expect(publishedLines({ ...exported, keySeconds: 0.41 }, search, '/site')[2]).toBe(
      'Phases: search index 2.7 s reading and parsing 211 pages, 3.3 s waiting for the export files, 2.6 s writing; ' +
        'export worker (meanwhile) 2.6 s loading the handbook, 0.4 s computing 61 files, 0.3 s writing them (their key 0.4 s).',
    );
    const reused = { ...exported, reused: true, keySeconds: 0.41, seconds: { load: 0, compute: 0, write: 0.12 } };
    expect(publishedLines(reused, search, '/site')).toEqual([
      'Exports: 61 files, 5.06 MB in /site/exports.',
      'Search index: 211 of 407 pages indexed, 247 files, 1.38 MB in /site/pagefind.',
      'Phases: search index 2.7 s reading and parsing 211 pages, 3.3 s waiting for the export files, 2.6 s writing; ' +
        'export files reused from the previous build (their key 0.4 s, 61 files copied in 0.1 s).',
    ]);
  });

  it('leave the exports out when none were written', () => {
    const lines = publishedLines(undefined, search, '/site');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('Phases: search index 2.7 s reading and parsing 211 pages, 3.3 s waiting for the export files, 2.6 s writing.');
  });
});

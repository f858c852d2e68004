/**
 * Pagefind is handed only the part of each page it reads (src/integration/search-page.ts): on the
 * sample's built pages, in both interface languages, the index written from those parts is the
 * one written from the whole pages, byte for byte (every file Pagefind writes: the entry, the
 * language index, the word and filter chunks, the fragments with each page's URL, title, text,
 * metadata, filters and sub-result anchors). So the search finds exactly what it found before.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, indexableHtml, SEARCH_LANGUAGE, spaceBlocks } from '../../src/integration/search-index.ts';
import { searchedPart } from '../../src/integration/search-page.ts';
import { buildHandbook } from '../browser/build.ts';

/** A build of the sample takes a minute or two on a loaded machine. */
const BUILD_TIME = 600_000;

let work: string;
let pages: { path: string; html: string }[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sqms-search-page-'));
  const site = join(work, 'site');
  await buildHandbook(site);
  pages = [];
  for (const file of await htmlFiles(site, join(site, 'pagefind'))) {
    const html = await indexableHtml(file);
    if (html !== null) pages.push({ path: relative(site, file).split(sep).join('/'), html });
  }
}, BUILD_TIME);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file Pagefind would write for `pages`, each page given as `content(html)`, by path. */
async function indexFiles(content: (html: string) => string): Promise<Map<string, Buffer>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(errors.join('; '));
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.path, content: spaceBlocks(content(page.html)) });
    expect(added.errors).toEqual([]);
  }
  const { files, errors: failed } = await index.getFiles();
  expect(failed).toEqual([]);
  await index.deleteIndex();
  return new Map(files.map((f) => [f.path, Buffer.from(f.content)]));
}

describe('the part of a page handed to Pagefind', () => {
  afterAll(async () => {
    await pagefind.close();
  });

  it('is cut from every indexed page of the sample, in both languages', () => {
    const kinds = new Set(pages.map((p) => p.path.replace(/^zh\//, '').split('/')[0]));
    expect(pages.some((p) => p.path.startsWith('zh/sops/'))).toBe(true);
    expect([...kinds]).toEqual(expect.arrayContaining(['sops', 'standards', 'kpis', 'pages']));
    for (const page of pages) {
      const part = searchedPart(page.html);
      expect(part.length, page.path).toBeLessThan(page.html.length);
      expect(part, page.path).not.toContain('class="site-header"');
      expect(part, page.path).not.toContain('class="site-footer"');
      expect(part, page.path).toContain('data-pagefind-body');
    }
  });

  it('gives the same index as the whole pages, byte for byte', async () => {
    const whole = await indexFiles((html) => html);
    const cut = await indexFiles(searchedPart);
    expect([...cut.keys()].sort()).toEqual([...whole.keys()].sort());
    // Fragments (one per page) hold what a result shows; an index of the sample has many.
    expect([...whole.keys()].filter((p) => p.startsWith('fragment/')).length).toBe(pages.length);
    for (const [path, bytes] of whole) expect(cut.get(path)?.equals(bytes), path).toBe(true);
  }, 300_000);
});

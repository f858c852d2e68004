/**
 * The wiki fixture (test/fixtures/wiki): a handbook written as a GitHub or Hugo wiki is, plain
 * Markdown pages in folders linked in every way authors link, passes the check with no finding at
 * all. Its built pages are followed link by link in test/browser/wiki-fixture.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/core/load.ts';
import { linkToFile, contentFileIndex } from '../../src/core/content-files.ts';
import { findLinks } from '../../src/core/text/markdown-links.ts';
import { readSources } from '../../src/core/model/sources.ts';

export const WIKI_ROOT = fileURLToPath(new URL('../fixtures/wiki', import.meta.url));

describe('the wiki fixture', () => {
  const { handbook, diagnostics } = loadHandbook(WIKI_ROOT, { today: '2026-11-22' });

  it('passes the check with no error, warning or note', () => {
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  });

  it('is read whole: every Markdown file is a page or a translation, the Chinese ones in Chinese', () => {
    const { files } = readSources(WIKI_ROOT);
    const markdown = files.filter((f) => f.path.startsWith('content/') && /\.mdx?$/.test(f.path)).map((f) => f.path);
    expect(markdown.length).toBeGreaterThanOrEqual(20);
    const pages = [...handbook.pages.values()];
    const translations = [...handbook.translations.pages.values()].flatMap((byLang) => [...byLang.values()]);
    expect(pages.length + translations.length).toBe(markdown.length);
    expect(handbook.pages.get('中文/指南')?.lang).toBe('zh-CN');
    expect(handbook.pages.get('日本語/案内')?.lang).toBe('ja');
    expect(handbook.pages.get('about')?.title).toBe('About this wiki');
    expect(handbook.pages.get('team/contacts/escalation')?.title).toBe('Escalation');
  });

  it('links to files in every style an author writes, and each leads to a page', () => {
    const index = contentFileIndex(handbook);
    const { files } = readSources(WIKI_ROOT);
    const toFiles = files
      .filter((f) => f.path.startsWith('content/'))
      .flatMap((f) => findLinks(f.text).map((l) => ({ from: f.path, target: l.target, leads: linkToFile(l.target, f.path, index) })))
      .filter((l) => l.leads !== undefined);
    // Every style is there, and none leads to a missing file.
    expect(toFiles.filter((l) => l.leads!.kind !== 'page')).toEqual([]);
    const has = (test: RegExp) => toFiles.some((l) => test.test(l.target));
    expect(has(/^\.\.\/.*\.md$/), 'relative ../x.md').toBe(true);
    expect(has(/^\.\/[^#]*\/$/), 'folder ./team/').toBe(true);
    expect(has(/^\/.*\.md(#|$)/), 'site-absolute /x.md').toBe(true);
    expect(has(/\.md#./), 'x.md#anchor').toBe(true);
    expect(toFiles.some((l) => /^[^#]*[^/#]$/.test(l.target.split('#')[0]!) && !/\.mdx?$/.test(l.target.split('#')[0]!)), 'without extension').toBe(true);
    expect(has(/_index\.md$/) && has(/README\.md/) && has(/index\.md$/), 'folder pages').toBe(true);
    expect(toFiles.length).toBeGreaterThan(60);
  });

  it('has the other tools\' front matter, pages without any, and code that holds links', () => {
    const text = (path: string) => readFileSync(join(WIKI_ROOT, path), 'utf8');
    expect(text('content/policies/quality-policy.md')).toMatch(/^weight: \d+$[\s\S]*^draft: false$[\s\S]*^aliases:$/m);
    expect(text('content/about.md')).toMatch(/^layout: page$[\s\S]*^permalink: /m);
    expect(text('content/glossary.md')).not.toMatch(/^---/);
    // A link inside code is never a link: nowhere.md does not exist, and the check passed.
    expect(text('content/guides/code-samples.md')).toContain('    indented code: [not a link](nowhere.md)');
  });
});

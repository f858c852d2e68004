/** The tree of handbook pages (issue 19): folders as sections named by their own page, pages in navigation order, counts, breadcrumbs. */
import { describe, expect, it } from 'vitest';
import { folderCount, pageFolders, pageTree, topLevelPages, type PageTreeFolder, type PageTreeLeaf } from '../../../src/site/views/page-tree.ts';
import { pageTrail } from '../../../src/site/views/breadcrumbs.ts';
import { loadFiles } from '../../helpers/handbook.ts';

const page = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\nText.\n`;

const { handbook } = loadFiles({
  'content/index.md': page('Handbook'),
  'content/quality-manual.md': page('Quality manual', 'order: 1\n'),
  'content/glossary.md': page('Glossary'),
  'content/guides/index.md': page('Guides', 'order: 5\n'),
  'content/guides/index.zh-CN.md': '---\ntranslationOf: guides\nlang: zh-CN\ntitle: 指南\n---\n\n指南。\n',
  'content/guides/zebra.md': page('Zebra crossing'),
  'content/guides/apply.md': page('Apply', 'order: 2\n'),
  'content/guides/forms/leave.md': page('Leave form'),
  'content/guides/forms/expenses.md': page('Expenses form'),
  'content/archive/old.md': page('Old notes'),
});

const titles = (f: PageTreeFolder): unknown[] => f.entries.map((e) => (e.kind === 'page' ? e.title : [e.title, e.count, e.open, ...titles(e)]));

describe('pageTree', () => {
  it('follows the folders: pages and folders by order, then title; counts below each folder; top-level folders open, deeper closed', () => {
    const tree = pageTree(handbook, 'en');
    expect(titles(tree)).toEqual([
      'Quality manual',
      ['Guides', 5, true, 'Apply', ['forms', 2, false, 'Expenses form', 'Leave form'], 'Zebra crossing'],
      ['archive', 1, true, 'Old notes'],
      'Glossary',
    ]);
    expect(tree.count).toBe(8); // the landing page (/pages/ itself) is not in the tree
    expect(folderCount(tree)).toBe(3);
  });

  it("links relative to /pages/, a folder's own page first in its section, in the reader's language", () => {
    const guides = pageTree(handbook, 'zh-CN').entries.find((e) => e.kind === 'folder' && e.path === 'guides') as PageTreeFolder;
    expect(guides.title).toBe('指南');
    expect(guides.lang).toBeUndefined();
    expect(guides.page).toMatchObject({ href: 'guides/', title: '指南' });
    const apply = guides.entries[0] as PageTreeLeaf;
    expect(apply).toMatchObject({ href: 'guides/apply/', title: 'Apply', lang: 'en' });
  });

  it('the home page lists the top of the tree only: a folder by its own page, or by its pages when it has none', () => {
    expect(topLevelPages(handbook.pages.values()).map((p) => p.id).sort()).toEqual(['archive/old', 'glossary', 'guides', 'index', 'quality-manual']);
  });
});

describe('breadcrumbs of a page', () => {
  it('Home › Handbook pages › each folder (its own page, or its section of /pages/) › the page', () => {
    const leave = handbook.pages.get('guides/forms/leave')!;
    const trail = pageTrail(leave.title, 'zh-CN', pageFolders(handbook, leave, 'zh-CN'));
    expect(trail).toEqual([
      { label: '首页', href: '/zh/' },
      { label: '手册页面', href: '/zh/pages/' },
      { label: '指南', href: '/zh/pages/guides/', lang: undefined },
      { label: 'forms', href: '/zh/pages/#folder-guides/forms', lang: undefined },
      { label: 'Leave form' },
    ]);
  });

  it("a folder's own page sits in the folder above it; the landing page is Home › its title", () => {
    const guides = handbook.pages.get('guides')!;
    expect(pageFolders(handbook, guides, 'en')).toEqual([]);
    expect(pageTrail('Handbook', 'en', [], true)).toEqual([{ label: 'Home', href: '/' }, { label: 'Handbook' }]);
  });
});

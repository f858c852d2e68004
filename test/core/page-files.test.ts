/** Which page a content file makes: a folder's index.md, _index.md or README.md is the folder's page (issue 19). */
import { describe, expect, it } from 'vitest';
import { isFolderPageFile, pageIdOfFile } from '../../src/core/page-files.ts';
import { contentFileIndex, linkToFile } from '../../src/core/content-files.ts';
import { PATHS } from '../../src/core/site-paths.ts';
import { buildPatched } from '../helpers/fixture.ts';

describe('pageIdOfFile', () => {
  it('is the path below content/ without the extension', () => {
    expect(pageIdOfFile('content/policies/quality-policy.md')).toBe('policies/quality-policy');
    expect(pageIdOfFile('content/glossary.zh-CN.md')).toBe('glossary.zh-CN');
    expect(pageIdOfFile('content/indexes.md')).toBe('indexes');
  });

  it("is the folder's path for its index.md, _index.md or README.md, .md or .mdx", () => {
    for (const name of ['index.md', 'index.mdx', '_index.md', 'README.md', 'readme.mdx']) expect(pageIdOfFile(`content/team/${name}`)).toBe('team');
    expect(pageIdOfFile('content/a/b/_index.md')).toBe('a/b');
    expect(isFolderPageFile('content/a/b/_index.md')).toBe(true);
    expect(isFolderPageFile('content/a/b/index.zh-CN.md')).toBe(false);
  });

  it('is `index` for the content folder\'s own page, which is /pages/ itself', () => {
    expect(pageIdOfFile('content/index.md')).toBe('index');
    expect(pageIdOfFile('content/README.md')).toBe('index');
    expect(PATHS.page('index')).toBe('/pages/');
    expect(PATHS.page('team')).toBe('/pages/team/');
  });
});

describe('folder pages in the model and in links', () => {
  const team = { 'content/team/index.md': '# Our team\n\nSee [onboarding](./onboarding.md) and [up](../).\n', 'content/team/onboarding.md': '# Onboarding\n\nBack to [the team](./), [also](./index.md), [README](/team/).\n' };

  it('loads content/team/index.md as the page `team`, titled by its heading, and links to it resolve', () => {
    const { handbook, diagnostics } = buildPatched({ files: team });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(handbook.pages.get('team')).toMatchObject({ title: 'Our team', origin: { file: 'content/team/index.md' } });
    expect(handbook.pages.has('team/index')).toBe(false);
    const files = contentFileIndex(handbook);
    expect(linkToFile('./', 'content/team/onboarding.md', files)).toEqual({ kind: 'page', path: '/pages/team/', suffix: '' });
    expect(linkToFile('../team/index.md#who', 'content/policies/quality-policy.md', files)).toEqual({ kind: 'page', path: '/pages/team/', suffix: '#who' });
    // `../` from a folder is the content folder's own page (the fixture's content/index.md), `/` the site's home.
    expect(linkToFile('../', 'content/team/index.md', files)).toEqual({ kind: 'page', path: '/pages/', suffix: '' });
    expect(linkToFile('/', 'content/team/index.md', files)).toBeUndefined();
  });

  it('a folder page without a heading or title is named after its folder', () => {
    const { handbook } = buildPatched({ files: { 'content/service-desk/README.md': 'Text only.\n' } });
    expect(handbook.pages.get('service-desk')?.title).toBe('Service desk');
  });

  it('a translation of a folder page names the folder (translationOf: team)', () => {
    const { handbook, diagnostics } = buildPatched({ files: { ...team, 'content/team/index.zh-CN.md': '---\ntranslationOf: team\nlang: zh-CN\ntitle: 团队\n---\n\n团队介绍。\n' } });
    expect(diagnostics.filter((d) => d.code.startsWith('translation/'))).toEqual([]);
    expect(handbook.translations.pages.get('team')?.get('zh-CN')?.title).toBe('团队');
  });
});

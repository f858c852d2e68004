/**
 * The import of a Markdown tree (src/core/import/, src/cli/import.ts): names the check refuses
 * are changed and links to them follow; GitHub-wiki links, Hugo references and Hugo static images
 * are pointed at the files; everything else is left as written; nothing is ever overwritten; and
 * the wiki fixture comes through unchanged and passes the check in a subfolder.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { safePath, uniquePaths } from '../../../src/core/import/names.ts';
import { readSourceTree } from '../../../src/core/import/source-tree.ts';
import { planImport, type ImportPlan } from '../../../src/core/import/plan.ts';
import { importReport } from '../../../src/core/import/report.ts';
import { importTree } from '../../../src/cli/import.ts';
import { main } from '../../../src/cli/commands.ts';
import { loadHandbook } from '../../../src/core/load.ts';

const WIKI = fileURLToPath(new URL('../../fixtures/wiki', import.meta.url));
const work = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A folder with these files (text, or `{ link }` for a symbolic link). */
function tree(files: Record<string, string | { link: string }>): string {
  const root = join(work, `tree-${++n}`);
  for (const [path, content] of Object.entries(files)) {
    const at = join(root, path);
    mkdirSync(dirname(at), { recursive: true });
    if (typeof content === 'string') writeFileSync(at, content);
    else symlinkSync(content.link, at);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

const plan = (source: string, into = '', exists: (p: string) => boolean = () => false) => planImport(readSourceTree(source), { into, exists });
const textOf = (p: ImportPlan, target: string) => p.files.find((f) => f.target === target)?.text;

describe('names', () => {
  it('gives Markdown files a lower-case .md and replaces what a link cannot hold', () => {
    expect(safePath('Guides/Writing Pages.MD', true)).toBe('Guides/Writing-Pages.md');
    expect(safePath('notes/setup.markdown', true)).toBe('notes/setup.md');
    expect(safePath('a/b.mdx', true)).toBe('a/b.mdx');
    expect(safePath('中文/指南.md', true)).toBe('中文/指南.md');
    expect(safePath('What? #1: "Why".md', true)).toBe('What-1-Why-.md');
    expect(safePath('img/My Logo.PNG', false)).toBe('img/My-Logo.PNG');
  });

  it('never gives two files one name, whatever the case', () => {
    expect(uniquePaths([{ path: 'A b.md', markdown: true }, { path: 'A-b.md', markdown: true }, { path: 'a-B.MD', markdown: true }])).toEqual(['A-b.md', 'A-b-2.md', 'a-B-3.md']);
  });
});

describe('an import plan', () => {
  it('brings the wiki fixture in unchanged: every link of it works as written', () => {
    const p = plan(join(WIKI, 'content'));
    expect(p.renamed).toEqual([]);
    expect(p.unresolved).toEqual([]);
    expect(p.rewrites).toEqual([]);
    expect(p.files.filter((f) => f.text !== undefined).length).toBe(24);
    expect(p.files.filter((f) => f.copyFrom !== undefined).map((f) => f.target).sort()).toEqual(['processes/forms/ticket-checklist.txt', 'team/images/org-chart.png']);
    for (const f of p.files) if (f.text !== undefined) expect(f.text, f.target).toBe(readFileSync(join(WIKI, 'content', f.target), 'utf8'));
  });

  it('renames files the check refuses and rewrites the links to them, keeping their anchors', () => {
    const source = tree({
      'Home.md': '[Guide](guides/Writing%20Pages.MD#tone), [again](<guides/Writing Pages.MD>), [notes](notes.markdown) and [self](Home.md).\n\n[ref]: guides/Writing%20Pages.MD\n',
      'guides/Writing Pages.MD': '# Writing\n\n<a href="../Home.md">home</a> ![logo](../img/My%20Logo.png)\n',
      'img/My Logo.png': 'P',
      'notes.markdown': 'Back [home](./Home).\n',
    });
    const p = plan(source);
    expect(p.renamed).toEqual([
      { source: 'guides/Writing Pages.MD', target: 'guides/Writing-Pages.md' },
      { source: 'notes.markdown', target: 'notes.md' },
      { source: 'img/My Logo.png', target: 'img/My-Logo.png' },
    ]);
    expect(textOf(p, 'Home.md')).toBe('[Guide](guides/Writing-Pages.md#tone), [again](<guides/Writing-Pages.md>), [notes](notes.md) and [self](Home.md).\n\n[ref]: guides/Writing-Pages.md\n');
    expect(textOf(p, 'guides/Writing-Pages.md')).toBe('# Writing\n\n<a href="../Home.md">home</a> ![logo](../img/My-Logo.png)\n');
    expect(textOf(p, 'notes.md')).toBe('Back [home](./Home).\n');
  });

  it('turns GitHub-wiki links into Markdown links when the page exists, and lists the rest', () => {
    const source = tree({
      'Home.md': 'See [[Getting Started]], [[the FAQ|faq]] and [[Getting started#First steps]], not [[No Such Page]] or [[logo.png]].\n\n```\n[[Getting Started]] in code\n```\n',
      'Getting-Started.md': '# Getting started\n',
      'docs/FAQ.md': '# FAQ\n',
      '_Sidebar.md': '[[Home]]\n',
    });
    const p = plan(source);
    expect(textOf(p, 'Home.md')).toBe(
      'See [Getting Started](Getting-Started.md), [the FAQ](docs/FAQ.md) and [Getting started](Getting-Started.md#first-steps), not [[No Such Page]] or [[logo.png]].\n\n```\n[[Getting Started]] in code\n```\n',
    );
    expect(p.unresolved).toEqual([{ file: 'Home.md', unresolved: [{ line: 1, column: 83, target: '[[No Such Page]]', why: 'wiki' }] }]);
    expect(p.leftOut).toEqual([{ path: '_Sidebar.md', reason: 'wiki-special' }]);
  });

  it('finds a page whatever the case of the link, as a GitHub wiki does', () => {
    const p = plan(tree({ 'Home.md': '[x](getting-started) [y](./GETTING-STARTED.md#a)\n', 'Getting-Started.md': '# G\n' }));
    expect(textOf(p, 'Home.md')).toBe('[x](Getting-Started.md) [y](Getting-Started.md#a)\n');
  });

  it('puts a subfolder import\'s site-absolute links below the subfolder, and its translations\' originals too', () => {
    const p = plan(
      tree({
        'a.md': '[b](/b.md#x) [c](/c/) [sop](/sops/SOP-CS-001/)\n',
        'b.md': '# B\n',
        'c/index.md': '# C\n',
        'b.zh-CN.md': '---\ntranslationOf: b\nlang: zh-CN\n---\n# 乙\n',
        'c/index.zh-CN.md': '---\ntranslationOf: c\nlang: zh-CN\n---\n# 丙\n',
      }),
      'wiki',
    );
    expect(textOf(p, 'wiki/c/index.zh-CN.md')).toBe('---\ntranslationOf: wiki/c\nlang: zh-CN\n---\n# 丙\n');
    expect(textOf(p, 'wiki/a.md')).toBe('[b](/wiki/b.md#x) [c](/wiki/c/) [sop](/sops/SOP-CS-001/)\n');
    expect(textOf(p, 'wiki/b.zh-CN.md')).toBe('---\ntranslationOf: wiki/b\nlang: zh-CN\n---\n# 乙\n');
    expect(p.unresolved).toEqual([{ file: 'wiki/a.md', unresolved: [{ line: 1, column: 23, target: '/sops/SOP-CS-001/', why: 'missing' }] }]);
  });

  it('copies a Hugo site\'s content and static images, pointing links at them, and counts the shortcodes it leaves', () => {
    const source = tree({
      'hugo.toml': 'title = "Docs"\n',
      'layouts/partials/head.html': '<head></head>',
      'content/_index.md': '---\ntitle: Home\nweight: 1\n---\n![logo](/images/logo.png) [setup]({{< ref "docs/setup.md" >}}) [setup again](/docs/setup/#install) [missing](/docs/gone/)\n\n{{< figure src="/images/logo.png" >}} {{< notice note >}}Hi{{< /notice >}} {{% notice tip %}}x{{% /notice %}}\n',
      'content/docs/setup.md': '# Setup\n\n[home]({{< relref "../_index.md" >}}) ![diagram](/images/flow.png)\n',
      'static/images/logo.png': 'P',
      'static/images/flow.png': 'P',
      'static/images/unused.png': 'P',
      'static/robots.txt': 'x',
    });
    const p = plan(source, 'docs-site');
    expect(p.shape).toBe('hugo');
    expect(p.files.map((f) => [f.target, f.source]).sort()).toEqual([
      ['docs-site/_index.md', 'content/_index.md'],
      ['docs-site/docs/setup.md', 'content/docs/setup.md'],
      ['docs-site/images/flow.png', 'static/images/flow.png'],
      ['docs-site/images/logo.png', 'static/images/logo.png'],
    ]);
    expect(textOf(p, 'docs-site/_index.md')).toContain('![logo](images/logo.png) [setup](docs/setup.md) [setup again](docs/setup.md#install) [missing](/docs/gone/)');
    expect(textOf(p, 'docs-site/_index.md')).toContain('{{< figure src="images/logo.png" >}}');
    expect(textOf(p, 'docs-site/docs/setup.md')).toBe('# Setup\n\n[home](../_index.md) ![diagram](../images/flow.png)\n');
    expect([...p.syntax]).toEqual([
      ['Hugo shortcode {{< figure >}}', 1],
      ['Hugo shortcode {{< notice >}}', 1],
      ['Hugo shortcode {{% notice %}}', 1],
    ]);
    expect(p.leftOut).toEqual([
      { path: 'hugo.toml', reason: 'not-markdown' },
      { path: 'layouts/', reason: 'not-markdown' },
      { path: 'static/images/unused.png', reason: 'static-unused' },
      { path: 'static/robots.txt', reason: 'static-unused' },
    ]);
    expect(p.unresolved.flatMap((f) => f.unresolved.map((u) => u.target))).toEqual(['/docs/gone/']);
  });

  it('never follows a symbolic link out of the source', () => {
    const outside = tree({ 'secret.md': 'SECRET' });
    const source = tree({ 'a.md': '# A\n', 'leak.md': { link: join(outside, 'secret.md') }, 'folder': { link: outside }, 'inside.md': { link: 'a.md' } });
    const p = plan(source);
    expect(p.files.map((f) => f.target).sort()).toEqual(['a.md', 'inside.md']);
    expect(p.leftOut).toEqual([
      { path: 'folder', reason: 'link-outside' },
      { path: 'leak.md', reason: 'link-outside' },
    ]);
    expect(p.files.some((f) => f.text?.includes('SECRET'))).toBe(false);
  });

  it('names the files that would make one page', () => {
    const p = plan(tree({ 'team.md': '# T\n', 'team/index.md': '# T\n', 'team/README.md': '# T\n', 'team/x.md': '# X\n', 'team/x.zh-CN.md': '# X\n' }));
    expect(p.duplicates).toEqual([['team.md', 'team/README.md', 'team/index.md']]);
    expect(importReport(p, 'old', true)).toContain('- content/team.md, content/team/README.md, content/team/index.md');
  });

  it('reports every link it could not resolve with file, line and column', () => {
    const p = plan(tree({ 'a/b.md': 'x\n\n[up](../../outside.md) and [gone](gone.md)\n' }));
    expect(importReport(p, 'old-wiki', true)).toContain('- content/a/b.md:3:1 `../../outside.md`: leads out of the source folder\n- content/a/b.md:3:28 `gone.md`: no such file in the source');
  });
});

describe('npm run import', () => {
  const quiet = () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  };

  it('imports the wiki fixture into a subfolder of a handbook, which then passes the check', () => {
    quiet();
    const handbook = join(work, 'handbook-1');
    mkdirSync(join(handbook, 'content'), { recursive: true });
    cpSync(join(WIKI, 'data'), join(handbook, 'data'), { recursive: true });
    expect(importTree({ root: handbook, source: join(WIKI, 'content'), into: 'wiki', dryRun: false })).toBe(0);
    vi.restoreAllMocks();
    const { diagnostics } = loadHandbook(handbook, { today: '2026-11-22' });
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
    expect(existsSync(join(handbook, 'content/wiki/中文/指南.md'))).toBe(true);
    expect(readFileSync(join(handbook, 'import-report.md'), 'utf8')).toContain('24 pages and 2 images and attachments into content/wiki/');
  });

  it('refuses what it cannot do with a sentence and exit code 2: no folder, a folder out of content/, content/ itself', () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => (errors.push(String(text)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const handbook = join(work, 'handbook-3');
    mkdirSync(join(handbook, 'content'), { recursive: true });
    expect(main(['import', '--root', handbook])).toBe(2);
    expect(main(['import', join(work, 'no-such-folder'), '--root', handbook])).toBe(2);
    expect(main(['import', join(WIKI, 'content'), '--root', handbook, '--into', '../escape'])).toBe(2);
    expect(main(['import', join(handbook, 'content'), '--root', handbook])).toBe(2);
    vi.restoreAllMocks();
    expect(errors.filter((e) => !e.includes('setting/invalid'))).toEqual([
      'Name the folder to import: npm run import -- ../old-wiki [--into wiki] [--dry-run]\n',
      `"${join(work, 'no-such-folder')}" is not a folder.\n`,
      '--into must be a folder below content/ without spaces or "..", not "../escape".\n',
      "The folder to import and the handbook's content/ must not contain each other.\n",
    ]);
    expect(readdirSync(join(handbook, 'content'))).toEqual([]);
  });

  it('writes nothing when a file exists already, and nothing on a dry run', () => {
    quiet();
    const handbook = join(work, 'handbook-2');
    mkdirSync(join(handbook, 'content/wiki/team'), { recursive: true });
    writeFileSync(join(handbook, 'content/wiki/team/roles.md'), 'MINE');
    expect(importTree({ root: handbook, source: join(WIKI, 'content'), into: 'wiki', dryRun: false })).toBe(1);
    expect(importTree({ root: handbook, source: join(WIKI, 'content'), into: 'elsewhere', dryRun: true })).toBe(0);
    vi.restoreAllMocks();
    expect(readdirSync(join(handbook, 'content'))).toEqual(['wiki']);
    expect(readdirSync(join(handbook, 'content/wiki/team'))).toEqual(['roles.md']);
    expect(readFileSync(join(handbook, 'content/wiki/team/roles.md'), 'utf8')).toBe('MINE');
    expect(existsSync(join(handbook, 'import-report.md'))).toBe(false);
  });
});

/**
 * `.mdx` bodies rendered when the content is synced (src/integration/plain-mdx.ts) must be the
 * HTML, byte for byte, and the headings that @astrojs/mdx gives for them on the pages
 * (test/helpers/mdx-module.ts renders them that way outside a build): every body of the sample,
 * 300 bodies of the synthetic handbook the bench builds, and bodies with every kind of Markdown the
 * handbook renders (code blocks, tables, task lists, footnotes, alerts, images, links of every
 * kind, quotes and ampersands that the two ways of writing HTML escape differently, indented text,
 * which MDX does not read as code). Bodies with anything of MDX's own go to @astrojs/mdx.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainMdxRenderer } from '../../src/integration/plain-mdx.ts';
import { MARKDOWN_SETTINGS, mdxFile, mdxModuleRenderer } from '../helpers/mdx-module.ts';
import { DEFAULTS, generateHandbook } from '../../scripts/synth/generate.ts';

const project = fileURLToPath(new URL('../..', import.meta.url));
// Inside the project, so that the compiled modules find `astro/…` (test-results/ is ignored by Git).
const work = mkdtempSync(join(project, 'test-results', 'plain-mdx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let viaMdx: Awaited<ReturnType<typeof mdxModuleRenderer>>;
let plain: Awaited<ReturnType<typeof plainMdxRenderer>>;
beforeAll(async () => {
  viaMdx = await mdxModuleRenderer(join(work, 'modules'));
  plain = await plainMdxRenderer(MARKDOWN_SETTINGS);
  // Shiki stops tokenizing a line after 500 ms (its tokenizeTimeLimit) and writes the rest of it as
  // one token; the first use of a grammar, which compiles it, can take that long on a loaded machine
  // (seen once with the JavaScript grammar: `1;` in one colour). Both ways are warmed up first.
  const warm = page('```yaml\nk: "v"\n```\n\n```js\nconst a = 1;\n```\n\n```\nx\n```\n');
  await plain(mdxFile(warm).entryBody, join(work, 'warm.mdx'), {});
  await viaMdx(warm, join(work, 'warm.mdx'));
}, 120_000);

const mdxFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => join(root, f));

/** Each body rendered both ways: the files rendered when synced, and those sent to @astrojs/mdx. */
async function compare(files: readonly string[]): Promise<{ plain: string[]; toMdx: string[] }> {
  const out = { plain: [] as string[], toMdx: [] as string[] };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const { entryBody, frontmatter } = mdxFile(text);
    const synced = await plain(entryBody, file, frontmatter);
    if (!synced) {
      out.toMdx.push(relative(project, file));
      continue;
    }
    const module = await viaMdx(text, file);
    expect(synced.html, file).toBe(module.html);
    expect(synced.metadata.headings, file).toEqual(module.headings);
    out.plain.push(relative(project, file));
  }
  return out;
}

const page = (body: string) => `---\ntitle: Test\n---\n${body}`;

describe('.mdx bodies rendered when the content is synced', () => {
  it('give the same HTML and headings as @astrojs/mdx for every body of the sample', async () => {
    const { plain: synced, toMdx } = await compare(mdxFiles(join(project, 'content')));
    // The quality manual holds an HTML comment (MDX syntax once adapted): it stays a module.
    expect(toMdx).toEqual(['content/quality-manual.mdx', 'content/quality-manual.zh-CN.mdx']);
    expect(synced.length).toBe(31);
  }, 120_000);

  it('give the same HTML and headings for 300 bodies of the synthetic handbook', async () => {
    const root = join(work, 'synth');
    generateHandbook({ ...DEFAULTS, out: root, sops: 300, units: 10, kpis: 5, months: 3, seed: 3 });
    const { plain: synced, toMdx } = await compare(mdxFiles(join(root, 'content')));
    expect(toMdx).toEqual([]);
    expect(synced.length).toBe(300);
  }, 300_000);

  it('give the same HTML for every kind of Markdown, escaping included', async () => {
    const bodies = [
      `# Title's "x" & y\n\nText with 'quotes' and "double" & amp; a > b; code \`a'b"c&d>f\` ©  é 中文 &copy; &#x27; \\* \\_\n`,
      `[external](https://e.com/?a=1&b="2" 'ti"t&le') [relative](../x.md) [site](/kpis/KPI-CSAT/#a) [anchor](#scope) [mail](mailto:a@example.com) [](https://e.com) www.example.com https://x.org/a_b\n`,
      '```yaml\nkey: "v" # \'c\' & d\n```\n\n```\nplain \'code\' "x" & y\n```\n\n~~~js\nconst a = 1;\n~~~\n',
      '    four spaces: not code in MDX\n\nText\n\n\tand a tab\n',
      '| a | b | c |\n|---|:-:|--:|\n| 1 | 2 | 3 |\n',
      '- [ ] task\n- [x] done\n\n1. one\n2. two\n   - nested\n     more\n\n* star\n+ plus\n',
      '> [!NOTE]\n> An alert with **bold** and `code`.\n\n> [!WARNING]\n> Careful.\n\n> plain quote\n',
      'Hard  \nbreak\\\nagain ~~del~~ footnote[^1] and another[^n].\n\n[^1]: note\n[^n]: second *note*\n',
      '![image](./pic.png "title") ![remote](https://example.com/x.png) ![in folder](images/a%20b.png)\n',
      '## Same\n\n## Same\n\n### Sub *emphasis* `code`\n\nSetext\n======\n\nOther\n-----\n\n***\n',
      'Just *one* paragraph -- with --- dashes... and "smart" quotes\' test.   \n',
      '[bad](javascript:alert(1)) [data](data:text/html,x) [vb](vbscript:x) ![img](javascript:x)\n',
    ];
    for (const [i, body] of bodies.entries()) {
      const file = join(work, `kinds-${i}.mdx`);
      const text = page(body);
      const { entryBody, frontmatter } = mdxFile(text);
      const synced = await plain(entryBody, file, frontmatter);
      expect(synced, body).toBeDefined();
      const module = await viaMdx(text, file);
      expect(synced!.html, body).toBe(module.html);
      expect(synced!.metadata.headings, body).toEqual(module.headings);
    }
  }, 120_000);

  it('leave unsafe addresses out as @astrojs/mdx does', async () => {
    const synced = await plain('[bad](javascript:alert(1)) ![img](javascript:x) [ok](https://e.com)', join(work, 'unsafe.mdx'), {});
    expect(synced!.html).not.toMatch(/javascript:/i);
    expect(synced!.html).toContain('<a href="https://e.com">ok</a>');
  });

  it('send to @astrojs/mdx what needs it', async () => {
    for (const body of [
      '<Note>Text</Note>',
      'Text with <b>bold</b>.',
      '<!-- a comment -->\n\nText',
      'See <https://example.com>.',
      'A value {1 + 1}.',
      '## Scope {#scope}',
      "import X from './x.js'\n\nText",
      'export const a = 1\n\nText',
      // The pages' link component drops link text that is only white space.
      'A [ ](https://e.com) link.',
    ]) {
      expect(await plain(body, join(work, 'mdx.mdx'), {}), body).toBeUndefined();
    }
    // A layout wraps the module's content: only @astrojs/mdx applies it.
    expect(await plain('Text', join(work, 'layout.mdx'), { layout: './x.astro' })).toBeUndefined();
  });
});

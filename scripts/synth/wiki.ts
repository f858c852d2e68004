/**
 * A wiki-shaped handbook for the benchmark (issues 17 and 19): thousands of plain Markdown pages
 * in nested folders, as a team's GitHub or Hugo wiki is, linked in every style authors write
 * (relative `../x.md`, `./x.md`, folders with `index.md`/`_index.md`/`README.md`, no extension,
 * site-absolute `/x/y.md`, `x.md#anchor`, `#anchor`, reference links, footnotes, link text wrapped
 * over two lines, images next to the pages), some pages in Chinese, and a share of broken links.
 * Deterministic by seed: the same options write the same bytes. The generator declares each broken
 * link it writes (file, line, column, target), and a test checks that the check reports exactly
 * those (test/synth/wiki.test.ts).
 *
 * With `allBroken`, every link that would lead to a page leads to a file that does not exist
 * instead (a near miss of a real name, in another folder), for measuring that the check stays
 * linear when everything is broken.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { GLOSSARY } from './prose.ts';
import { Random } from './random.ts';
import { DEPARTMENTS, DISTRICTS } from './vocabulary.ts';

export interface WikiOptions {
  /** The handbook folder to write (`content/` and `data/`); emptied first. */
  out: string;
  /** Markdown pages to write (the folder pages included). */
  pages: number;
  seed: number;
  /** Share of the links that lead to no page (default 0.01). */
  brokenShare?: number;
  /** Every page link broken (for the check's worst case). */
  allBroken?: boolean;
  /** Images next to the pages, linked from them (default true). */
  images?: boolean;
}

export interface BrokenLink {
  /** `content/…`, as the check names files. */
  file: string;
  /** 1-based line and column of the link's `[`. */
  line: number;
  column: number;
  target: string;
}

export interface WikiStats {
  pages: number;
  chinesePages: number;
  folders: number;
  images: number;
  /** Links to pages, anchors and images written (external links not counted). */
  links: number;
  broken: BrokenLink[];
  seconds: number;
}

/** Bumped when the generator's output changes, so that the bench regenerates. */
export const WIKI_GENERATOR_VERSION = 2;

const TOPICS = ['onboarding', 'complaints', 'refunds', 'call-backs', 'escalation', 'night-shift', 'deliveries', 'returns', 'payments', 'privacy', 'training', 'audits', 'tools', 'templates', 'scripts', 'holidays', 'safety', 'vehicles', 'stock', 'reporting'];
const KINDS = ['guide', 'checklist', 'faq', 'notes', 'howto', 'policy', 'reference', 'playbook'];
const HEADINGS = [
  { text: 'Purpose', slug: 'purpose' },
  { text: 'How it works', slug: 'how-it-works' },
  { text: 'Records', slug: 'records' },
  { text: 'Contacts', slug: 'contacts' },
];
const HEADINGS_ZH = [
  { text: '目的', slug: '目的' },
  { text: '工作方法', slug: '工作方法' },
  { text: '记录', slug: '记录' },
];
/** The smallest valid PNG (1 × 1, transparent). */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000105' + '0d0a2db40000000049454e44ae426082', 'hex');

interface PagePlan {
  /** Below content/, e.g. `customer-service/pudong/refunds-guide-12.md`. */
  path: string;
  folder: string;
  title: string;
  zh: boolean;
  /** The folder's page (`index.md`, `_index.md` or `README.md`). */
  folderPage: boolean;
  image?: string;
}

export function generateWiki(options: WikiOptions): WikiStats {
  const started = performance.now();
  const r = new Random(options.seed);
  const brokenShare = options.brokenShare ?? 0.01;
  const withImages = options.images ?? true;
  rmSync(options.out, { recursive: true, force: true });

  // Folders: sections, subsections, and a third level under some; about one folder per twelve pages.
  const folderCount = Math.max(3, Math.round(options.pages / 12));
  const folders: string[] = [];
  const sections = DEPARTMENTS.map((d) => d.slug.replace(/^dept-/, ''));
  for (let i = 0; folders.length < folderCount; i++) {
    const section = sections[i % sections.length]!;
    const depth = folders.length < sections.length ? 1 : r.weighted([[2, 3], [3, 1]] as const);
    const district = DISTRICTS[r.int(0, DISTRICTS.length - 1)]!.slug;
    const path = depth === 1 ? section : depth === 2 ? `${section}/${district}-${i}` : `${section}/${district}-${i}/${r.pick(TOPICS)}`;
    if (!folders.includes(path)) folders.push(path);
  }

  // Pages: each folder's page first, then the others spread over the folders.
  const pages: PagePlan[] = [];
  const folderPageName = ['index.md', '_index.md', 'README.md'] as const;
  for (const [i, folder] of folders.entries()) {
    if (pages.length >= options.pages) break;
    pages.push({ path: `${folder}/${folderPageName[i % 3]}`, folder, title: `${titleCase(posix.basename(folder))} overview`, zh: false, folderPage: true });
  }
  for (let i = 0; pages.length < options.pages; i++) {
    const folder = r.pick(folders);
    const zh = r.chance(0.06);
    const topic = r.pick(TOPICS);
    const kind = r.pick(KINDS);
    const term = r.pick(GLOSSARY);
    pages.push({ path: `${folder}/${topic}-${kind}-${i}.md`, folder, title: zh ? `${term.zh}${['指南', '说明', '清单'][i % 3]}${i}` : `${titleCase(topic)} ${kind} ${i}`, zh, folderPage: false });
  }
  if (withImages) for (const p of pages) if (!p.folderPage && r.chance(0.1)) p.image = `${p.folder}/images/${posix.basename(p.path, '.md')}.png`;

  const stats: WikiStats = { pages: pages.length, chinesePages: pages.filter((p) => p.zh).length, folders: folders.length, images: 0, links: 0, broken: [], seconds: 0 };
  let brokenCounter = 0;
  const write = (path: string, data: string | Buffer) => {
    const full = join(options.out, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, data);
  };
  write('data/units.yaml', 'units:\n  - id: wiki-org\n    name: { en: Wiki Services, zh-CN: 维基服务 }\n    type: organisation\n');

  for (const page of pages) {
    const lines: string[] = [];
    /** This page's broken links (inline, or a reference definition), found in the text once it is written. */
    const broken: { target: string; reference: boolean }[] = [];
    const from = page.path;
    const headings = page.zh ? HEADINGS_ZH : HEADINGS;
    // A link to `to` in one of the styles authors write; a share of them, or all, broken.
    const target = (to: PagePlan, reference = false): string => {
      stats.links++;
      if (options.allBroken || r.chance(brokenShare)) {
        const missing = brokenTarget(to, from, folders, r, brokenCounter++);
        broken.push({ target: missing, reference });
        return missing;
      }
      return targetFor(to, from, r, to.zh ? HEADINGS_ZH : HEADINGS);
    };
    const linkTo = (to: PagePlan, text?: string) => `[${text ?? to.title}](${target(to)})`;
    const other = () => {
      // Mostly neighbours in the same folder, sometimes anywhere.
      const near = pages.filter((p) => p.folder === page.folder && p !== page);
      return near.length > 0 && r.chance(0.6) ? r.pick(near) : r.pick(pages);
    };

    // Front matter of other tools, or none.
    const style = r.int(0, 3);
    if (page.zh) lines.push('---', 'lang: zh-CN', `title: ${page.title}`, '---', '');
    else if (style === 1) lines.push('---', `title: ${page.title}`, `weight: ${r.int(1, 50)}`, 'draft: false', '---', '');
    else if (style === 2) lines.push('---', 'layout: page', `title: ${page.title}`, `permalink: /${from.replace(/\.md$/, '')}/`, '---', '');
    if (!page.zh || style !== 0) lines.push(`# ${page.title}`, '');
    else lines.push('');

    for (const [hi, heading] of headings.entries()) {
      lines.push(`## ${heading.text}`, '');
      const term = r.pick(GLOSSARY);
      if (page.zh) lines.push(`${term.zh}：${term.defZh}。参见${linkTo(other())}和${linkTo(other(), '相关页面')}，或回到[顶部](#${headings[0]!.slug})。`);
      else lines.push(`${capitalise(term.en)}: ${term.def}. See ${linkTo(other())} and ${linkTo(other(), 'the related page')}, or jump to [the top](#${headings[0]!.slug}).`);
      stats.links++;
      lines.push('');
      if (hi === 1) {
        // A list with a fence inside an item, and a link after it.
        lines.push(`1. ${page.zh ? '打开工具：' : 'Open the tool:'}`, '', '   ```sh', `   ticket open --queue ${r.pick(TOPICS)}  # [not a link](nowhere.md)`, '   ```', '', `2. ${page.zh ? '然后阅读' : 'Then read'} ${linkTo(other(), 'the next page')}.`, '');
        // Link text wrapped onto the next line.
        const wrapped = linkTo(other(), 'the page about this\ntopic');
        lines.push(`${page.zh ? '另见' : 'Also see'} ${wrapped}.`, '');
      }
      if (hi === 2) {
        // Reference-style links and a footnote.
        const ref = other();
        lines.push(`${page.zh ? '参考' : 'Read'} [${page.zh ? '这一页' : 'this page'}][ref-${hi}] ${page.zh ? '的说明' : 'first'}.[^note]`, '');
        lines.push(`[ref-${hi}]: ${target(ref, true)}`, '');
        lines.push(`[^note]: ${page.zh ? '注释。' : 'A footnote, not a link.'}`, '');
      }
    }
    if (page.image) {
      stats.images++;
      stats.links++;
      write(`content/${page.image}`, PNG);
      lines.push(`![${page.zh ? '示意图' : 'Diagram'}](${posix.relative(posix.dirname(from), page.image)})`, '');
    }
    lines.push(page.zh ? `外部链接：<https://example.com/${page.folder}>` : `External: <https://example.com/${page.folder}>`, '');
    const text = `${lines.join('\n')}\n`;
    write(`content/${from}`, text);
    // Where each broken link starts, as the check reports it: the 1-based line and column of its
    // `[` (a link's text may wrap onto the next line), or of a reference definition's line.
    let searchFrom = 0;
    for (const b of broken) {
      const at = text.indexOf(b.reference ? `]: ${b.target}\n` : `](${b.target})`, searchFrom);
      const open = b.reference ? text.lastIndexOf('\n', at) + 1 : text.lastIndexOf('[', at);
      const before = text.slice(0, open);
      stats.broken.push({ file: `content/${from}`, line: before.split('\n').length, column: open - before.lastIndexOf('\n'), target: b.target });
      searchFrom = at + 1;
    }
  }
  stats.seconds = Number(((performance.now() - started) / 1000).toFixed(2));
  return stats;
}

/** A working link from `from` to `to`, in one of the styles authors write. */
function targetFor(to: PagePlan, from: string, r: Random, headings: readonly { slug: string }[]): string {
  const relative = posix.relative(posix.dirname(from), to.path);
  const rel = relative.startsWith('.') ? relative : r.chance(0.5) ? `./${relative}` : relative;
  const anchor = r.chance(0.2) ? `#${encodeURI(r.pick(headings).slug)}` : '';
  if (to.folderPage) {
    // The folder, with or without a trailing slash, or its page by name.
    const folder = posix.relative(posix.dirname(from), to.folder) || '.';
    return r.pick([`${folder}/`, `${folder}/${posix.basename(to.path)}`, `/${to.path}`]) + anchor;
  }
  return r.weighted([
    [rel, 5],
    [rel.replace(/\.md$/, ''), 2],
    [`/${to.path}`, 2],
  ] as const) + anchor;
}

/** A link that leads to no page: a near miss of a real page's name, often in another folder. */
function brokenTarget(to: PagePlan, from: string, folders: readonly string[], r: Random, n: number): string {
  const name = posix.basename(to.path, '.md');
  const missing = r.chance(0.5) ? `${name.slice(0, -1)}${name.endsWith('x') ? 'y' : 'x'}-${n}.md` : `${name}-old-${n}.md`;
  const folder = r.chance(0.5) ? to.folder : r.pick(folders);
  return r.chance(0.5) ? `/${folder}/${missing}` : posix.relative(posix.dirname(from), `${folder}/${missing}`);
}

function titleCase(slug: string): string {
  return slug.split('-').map(capitalise).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

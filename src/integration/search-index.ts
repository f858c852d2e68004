/**
 * The site search index, written by Pagefind (the pinned `pagefind` devDependency, run through
 * its Node API) into `<outDir>/pagefind/` when the build is done.
 *
 * Only pages with `data-pagefind-body` are indexed: SOPs, standards, KPIs and handbook pages, not
 * the lists, scorecards or superseded versions (`/sops/…/v/…`, marked `data-pagefind-ignore`).
 * Retired SOPs and standards are indexed with the filter `lifecycle: archived`, which the search
 * page leaves out unless asked (see src/site/search/query.ts).
 *
 * The whole site is indexed as one language, Chinese (`forceLanguage: 'zh'`): Pagefind keeps one
 * index per language and searches only the one of the page it runs on, so English and Chinese
 * documents must share one index for both to be found from /search/. The Chinese segmenter keeps
 * English words whole, and Pagefind matches the last word of a query as a prefix ("refund" finds
 * "refunds"); English stemming is what is given up.
 */
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { InOrder } from './in-order.ts';
import { searchedPart } from './search-page.ts';
import { timing } from './timing.ts';

export const SEARCH_LANGUAGE = 'zh';

/** The attribute that marks the part of a page to index; pages without it are not indexed. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';

/** Files read at the same time while looking for pages to index. */
const READ_CONCURRENCY = 16;

/** Pages sent to Pagefind and not yet parsed, at most, when indexing a built site. */
const PARSE_AHEAD = 32;

export interface SearchIndexResult {
  /** Pages in the index (those with `data-pagefind-body`). */
  pages: number;
  /** HTML files read (every page of the site). */
  scanned: number;
  /** HTML files handed to Pagefind (those with `data-pagefind-body`). */
  added: number;
  files: number;
  bytes: number;
  outputPath: string;
  /**
   * Seconds spent, one after the other: reading the pages and waiting for Pagefind to parse them
   * (`parse`; under `astro build` run directly, only the wait for the last pages), waiting for the
   * work of `beforeWriting` (`wait`) and writing the index (`write`, with `whileWriting`).
   */
  seconds: { parse: number; wait: number; write: number };
}

async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** Every `.html` file below `siteDir`, outside `skip`, in path order (so the index is the same on every machine). */
export async function htmlFiles(siteDir: string, skip?: string): Promise<string[]> {
  const out: string[] = [];
  const skipPrefix = skip === undefined ? undefined : join(skip, sep);
  for (const entry of await readdir(siteDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    if (skipPrefix && path.startsWith(skipPrefix)) continue;
    out.push(path);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const MARK = Buffer.from(BODY_ATTRIBUTE);

/** The page's HTML when it has `data-pagefind-body`, else null (decoded only when it has). */
export async function indexableHtml(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const bytes = await handle.readFile();
    return bytes.includes(MARK) ? bytes.toString('utf8') : null;
  } finally {
    await handle.close();
  }
}

/**
 * Indexes the built site in `siteDir` and writes the index to `siteDir/pagefind/`.
 *
 * Only pages with `data-pagefind-body` are indexed, as Pagefind itself does once any page has one.
 * Rather than handing Pagefind the whole folder (`addDirectory`), which parses every page (the
 * scorecards of every period are several MB each, and every page exists once per interface
 * language), the files are read here, a few at a time, and only those with the attribute are
 * given to Pagefind (`addHTMLFile`, with the same URL it would compute), in path order, so the
 * index is the same from one build to the next. It holds the same pages, words, filters and
 * excerpts (the same fragment files) as Pagefind's own walk. On the 5,000-SOP benchmark (12,010
 * pages, 6,084 indexed), run alone, reading and parsing take about 19 s and writing the index about
 * 13 s, and Pagefind's process peaks at about 2.2 GB.
 *
 * `beforeWriting` is awaited once every page is parsed and before the index is written: work that
 * should not hold memory at the same time as Pagefind's writing. `whileWriting` runs while Pagefind
 * writes.
 */
export async function buildSearchIndex(
  siteDir: string,
  options: { beforeWriting?: () => Promise<void>; whileWriting?: () => Promise<void> } = {},
): Promise<SearchIndexResult> {
  const outputPath = join(siteDir, 'pagefind');
  const started = performance.now();
  const files = await htmlFiles(siteDir, outputPath);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  try {
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    // Reads run ahead (READ_CONCURRENCY files in flight). Pages are sent to Pagefind in path order
    // without waiting for each to be parsed, so that its process parses while the next are read
    // (the live index sends the same way); their results are checked at the end.
    const reads: Promise<string | null>[] = [];
    const parsed: Promise<string[]>[] = [];
    let next = 0;
    let done = 0;
    const readAhead = () => {
      while (next < files.length && next - done < READ_CONCURRENCY) {
        const read = indexableHtml(files[next++]!);
        read.catch(() => {}); // a failed read is reported where it is awaited, in order
        reads.push(read);
      }
    };
    let added = 0;
    readAhead();
    for (let i = 0; i < files.length; i++) {
      const html = await reads[i]!;
      reads[i] = undefined as unknown as Promise<string | null>; // let the page's text go
      done++;
      if (html !== null) {
        parsed.push(addPage(index, relative(siteDir, files[i]!).split(sep).join('/'), html));
        added++;
        // Keep at most PARSE_AHEAD pages waiting in Pagefind's queue (their text is held there).
        if (added > PARSE_AHEAD) await parsed[added - 1 - PARSE_AHEAD];
      }
      readAhead();
    }
    await allParsed(parsed);
    // A site without any `data-pagefind-body` page: Pagefind then indexes every page's <body>.
    if (added === 0) {
      const all = await index.addDirectory({ path: siteDir });
      if (all.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${all.errors.join('; ')}`);
    }
    const parsedAt = performance.now();
    await options.beforeWriting?.();
    const waitedAt = performance.now();
    const written = await writeIndex(index, outputPath, options.whileWriting);
    const seconds = { parse: (parsedAt - started) / 1000, wait: (waitedAt - parsedAt) / 1000, write: (performance.now() - waitedAt) / 1000 };
    return { ...written, scanned: files.length, added, seconds };
  } finally {
    await pagefind.close();
  }
}

/** Elements shown as blocks (or cells), whose text Pagefind would otherwise run into the next. */
const BLOCKS = 'address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|legend|li|nav|ol|p|pre|section|summary|table|td|th|tr|ul';
const BLOCK_TAG = new RegExp(`<(?:${BLOCKS})(?=[\\s>/])|</(?:${BLOCKS})\\s*>`, 'gi');

/**
 * The page's HTML with a space before and after every block element's tags. The built pages have
 * no space between tags (`<dt>Requirement</dt><dd>At least…`), which a browser shows apart but
 * Pagefind reads as one word ("RequirementAt"), in the index and in excerpts. Only the copy given
 * to Pagefind is changed.
 */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_TAG, (tag) => (tag[1] === '/' ? `${tag} ` : ` ${tag}`));
}

/**
 * Hands a page to Pagefind (only the part it reads, search-page.ts) without waiting for it to be parsed; resolves to the problems Pagefind
 * reported with it (none when it was indexed), never rejects.
 */
function addPage(index: pagefind.PagefindIndex, sourcePath: string, html: string): Promise<string[]> {
  return index.addHTMLFile({ sourcePath, content: spaceBlocks(searchedPart(html)) }).then(
    (r) => r.errors.map((e) => `${sourcePath}: ${e}`),
    (e: unknown) => [`${sourcePath}: ${e instanceof Error ? e.message : String(e)}`],
  );
}

/** Waits until Pagefind has parsed every page handed to it; throws with the first problems reported. */
async function allParsed(pages: Promise<string[]>[]): Promise<void> {
  const problems = (await Promise.all(pages)).flat();
  timing('pages parsed by Pagefind');
  if (problems.length > 0) throw new Error(`Pagefind could not index ${problems.length} pages: ${problems.slice(0, 5).join('; ')}`);
}

/**
 * Writes the index to `outputPath` and sizes it. Pagefind writes in its own process, so other
 * work (`whileWriting`) goes on meanwhile; a failed write is reported once that work is done.
 */
async function writeIndex(
  index: pagefind.PagefindIndex,
  outputPath: string,
  whileWriting: (() => Promise<void>) | undefined,
): Promise<Pick<SearchIndexResult, 'pages' | 'files' | 'bytes' | 'outputPath'>> {
  const writing = index.writeFiles({ outputPath });
  writing.catch(() => {});
  if (whileWriting) {
    await new Promise((resolve) => setImmediate(resolve));
    await whileWriting();
  }
  const written = await writing;
  timing('index written');
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  return { pages: indexedPages(entry), outputPath, ...(await folderSize(outputPath)) };
}

/** The part of Pagefind's `pagefind-entry.json` read here. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { page_count: number }>;
}

export function indexedPages(entry: PagefindEntry): number {
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * An index fed while the pages are being built: `src/middleware.ts` takes a place in line
 * (`reserve`) when a page starts rendering and hands it over (`add`, with null for a page that is
 * not indexed) when it is rendered, and Pagefind parses it in its own process while Astro renders
 * the next pages (on the machine's other core), instead of after the build. Astro renders a few
 * pages at a time (`build.concurrency`), so they may finish out of order; pages are given to
 * Pagefind in the order they started, which is the same in every build, so the index is too.
 * `finish` writes the index. The index is registered on `globalThis` so that the middleware,
 * bundled by Vite, and the integration, loaded by Node, share it.
 */
export interface LiveSearchIndex {
  /** A place in line for a page that starts rendering. */
  reserve(): number;
  /** The rendered page of place `ticket`, or null when it is not indexed. */
  add(ticket: number, sourcePath: string, html: string | null): void;
  /** Pages given so far. */
  readonly added: number;
  finish(siteDir: string, options?: { whileWriting?: () => Promise<void> }): Promise<SearchIndexResult>;
  close(): Promise<void>;
}

/** The page's file below the output folder, as Pagefind names it: `sops/SOP-CS-001/index.html`. */
export function sourcePathOf(pathname: string, siteBase: string): string {
  let path = pathname.startsWith(siteBase) ? pathname.slice(siteBase.length) : pathname.replace(/^\//, '');
  path = decodeURIComponent(path);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

const LIVE = Symbol.for('sqms.liveSearchIndex');
type WithLive = typeof globalThis & { [LIVE]?: LiveSearchIndex | undefined };

/** The index being fed during this build, if any (none in the dev server). */
export function liveSearchIndex(): LiveSearchIndex | undefined {
  return (globalThis as WithLive)[LIVE];
}

export async function startLiveSearchIndex(): Promise<LiveSearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  const pending: Promise<string[]>[] = [];
  let added = 0;
  const line = new InOrder<{ sourcePath: string; html: string }>();
  const send = (sourcePath: string, html: string) => {
    added++;
    pending.push(addPage(index, sourcePath, html));
  };
  const live: LiveSearchIndex = {
    reserve() {
      return line.reserve();
    },
    add(ticket, sourcePath, html) {
      for (const page of line.put(ticket, html === null ? null : { sourcePath, html })) send(page.sourcePath, page.html);
    },
    get added() {
      return added;
    },
    async finish(siteDir, options = {}) {
      const outputPath = join(siteDir, 'pagefind');
      try {
        if (line.outstanding > 0) throw new Error(`${line.outstanding} pages were not handed to the search index: a page started rendering and never came back.`);
        const started = performance.now();
        await allParsed(pending);
        const parsedAt = performance.now();
        const written = await writeIndex(index, outputPath, options.whileWriting);
        const seconds = { parse: (parsedAt - started) / 1000, wait: 0, write: (performance.now() - parsedAt) / 1000 };
        return { ...written, scanned: added, added, seconds };
      } finally {
        await live.close();
      }
    },
    async close() {
      (globalThis as WithLive)[LIVE] = undefined;
      await pagefind.close();
    },
  };
  (globalThis as WithLive)[LIVE] = live;
  return live;
}

/**
 * Page weights of a built site: what a browser downloads for each type of page, and the size of
 * the search index.
 *
 *   npm run weights [-- --dist dist] [-- --base /handbook] [-- --json]
 *
 * Reads the built folder (default dist/; build it first with `npm run build`) and, for every HTML
 * page, measures:
 *  - HTML: the page's own bytes;
 *  - CSS: the stylesheets it links (`<link rel="stylesheet">`) plus its inline `<style>` blocks;
 *  - JS: what it loads up front: `<script src>` files, inline scripts (not JSON data blocks), and
 *    `<link rel="modulepreload">` files, following the static `import`/`export … from` of module
 *    scripts transitively (dynamic `import()` is not followed, so Pagefind, which the search page
 *    loads only when a search runs, is not counted here).
 * Each is also given gzipped (node:zlib, level 9), every file compressed on its own as it is
 * transferred; inline CSS and JS are counted in the HTML too. Pages are grouped by type (home, SOP,
 * SOP old version, standard, …; pages under /zh/ form their own "(zh)" groups), with the number of
 * pages and the median and maximum of each figure.
 *
 * The Pagefind index (dist/pagefind/) is summed by kind. Its .pf_* and .wasm files are stored
 * compressed by Pagefind, so their bytes are what travels. The bytes of a first query are estimated
 * from file sizes as: pagefind.js + pagefind-worker.js + pagefind-entry.json (gzipped), the
 * language's .pf_meta and wasm file, one index chunk and one filter chunk of median size (the
 * search page always filters, on `lifecycle: current` by default); then one fragment file (median
 * size) per result shown, up to the 30 the search page shows. These are the files Chromium fetched
 * for a one-word query on the sample site (checked by hand, recording the requests with
 * playwright-core): the seven files above, then 30 fragments. A query of several words may need
 * more index chunks; each further filter, one more filter chunk.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { setting } from '../src/core/settings.ts';

// ---------------------------------------------------------------------------------------------
// Page types.

/** Page types in the order they are printed. */
export const PAGE_TYPES = [
  'home',
  'SOP',
  'SOP old version',
  'standard',
  'KPI',
  'unit',
  'handbook page',
  'lists',
  'scorecard period',
  'unit scorecard',
  'early warnings',
  'data quality',
  'traceability',
  'reviews',
  'search',
  'other',
] as const;

const LISTS = new Set(['sops', 'standards', 'kpis', 'units', 'actions', 'pages']);

/**
 * The type of the page at `urlPath` (the path below the site's base, e.g. `/sops/SOP-CS-001/`),
 * with " (zh)" appended for pages under /zh/.
 */
export function pageType(urlPath: string): string {
  let parts = urlPath.split('/').filter(Boolean);
  if (parts.at(-1)?.endsWith('.html')) {
    if (parts.at(-1) === 'index.html') parts = parts.slice(0, -1);
    else return 'other';
  }
  let suffix = '';
  if (parts[0] === 'zh') {
    suffix = ' (zh)';
    parts = parts.slice(1);
  }
  return classify(parts) + suffix;
}

function classify(p: string[]): string {
  const [a, b, c, d] = p;
  if (a === undefined) return 'home';
  if (p.length === 1) {
    if (LISTS.has(a)) return 'lists';
    if (a === 'scorecards') return 'scorecard period'; // the latest period
    if (a === 'traceability' || a === 'reviews' || a === 'search') return a;
    return 'other';
  }
  switch (a) {
    case 'sops':
      if (p.length === 2) return 'SOP';
      if (c === 'v' && d !== undefined && p.length === 4) return 'SOP old version';
      return 'other';
    case 'standards':
      return p.length === 2 ? 'standard' : 'other';
    case 'kpis':
      return p.length === 2 ? 'KPI' : 'other';
    case 'units':
      return p.length === 2 ? 'unit' : 'other';
    case 'pages':
      return 'handbook page';
    case 'scorecards':
      if (b === 'early-warnings' && p.length === 2) return 'early warnings';
      if (b === 'data-quality' && p.length === 2) return 'data quality';
      if (b === 'units') return p.length === 2 ? 'lists' : p.length === 3 ? 'unit scorecard' : 'other';
      return p.length === 2 ? 'scorecard period' : 'other';
    default:
      return 'other';
  }
}

// ---------------------------------------------------------------------------------------------
// HTML parsing (the markup Astro writes: no need for a full parser).

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** The text between the opening and closing tag, for script and style. */
  body?: string;
}

const ATTR = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? _);
}

/** The `<link>`, `<script>` and `<style>` elements of a page, in document order. */
export function resourceTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const re = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<link\b([^>]*)>/gi;
  for (const m of html.matchAll(re)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[1]) tags.push({ name: m[1].toLowerCase(), attrs: parseAttributes(m[2] ?? ''), body: m[3] ?? '' });
    else tags.push({ name: 'link', attrs: parseAttributes(m[4] ?? '') });
  }
  return tags;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Is this script element JavaScript that runs (not a JSON or template data block)? */
export function isJavaScript(tag: Tag): boolean {
  return JS_TYPES.has((tag.attrs['type'] ?? '').trim().toLowerCase());
}

/**
 * The specifiers of the static imports and re-exports of a module (`import x from "…"`,
 * `import "…"`, `export { x } from "…"`, `export * from "…"`), minified or not; `import()` is left out.
 */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[^\w$.])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"'\n]+)\1/g;
  for (const m of code.matchAll(re)) out.push(m[2]!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Measuring a built site.

export interface PageWeight {
  /** URL path below the base, e.g. `/sops/SOP-CS-001/`. */
  path: string;
  type: string;
  html: number;
  htmlGz: number;
  css: number;
  cssGz: number;
  js: number;
  jsGz: number;
  cssFiles: string[];
  jsFiles: string[];
  /** Referenced local files that do not exist in the folder. */
  missing: string[];
}

/** The files of a built site, read and compressed once each. */
export class Files {
  readonly dist: string;
  readonly #sizes = new Map<string, { raw: number; gz: number } | null>();
  readonly #texts = new Map<string, string>();
  constructor(dist: string) {
    this.dist = resolve(dist);
  }

  /** Size of a file under dist given as a URL path (`/_astro/x.css`), or null if missing. */
  size(urlPath: string): { raw: number; gz: number } | null {
    if (!this.#sizes.has(urlPath)) {
      const file = this.file(urlPath);
      let value: { raw: number; gz: number } | null = null;
      if (file) {
        const buf = readFileSync(file);
        value = { raw: buf.length, gz: gzipSize(buf) };
      }
      this.#sizes.set(urlPath, value);
    }
    return this.#sizes.get(urlPath)!;
  }

  text(urlPath: string): string {
    if (!this.#texts.has(urlPath)) {
      const file = this.file(urlPath);
      this.#texts.set(urlPath, file ? readFileSync(file, 'utf8') : '');
    }
    return this.#texts.get(urlPath)!;
  }

  file(urlPath: string): string | null {
    const file = join(this.dist, ...urlPath.split('/').filter(Boolean));
    if (file !== this.dist && !file.startsWith(this.dist + sep)) return null;
    try {
      return statSync(file).isFile() ? file : null;
    } catch {
      return null;
    }
  }
}

export function gzipSize(data: string | Buffer): number {
  return data.length === 0 ? 0 : gzipSync(data, { level: 9 }).length;
}

const ORIGIN = 'http://site.invalid';

/** The URL path below `base` of `ref` seen from `from` (a URL path), or null if it is external. */
function localPath(ref: string, from: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(ref, ORIGIN + base.replace(/\/$/, '') + from);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  let path = decodeURIComponent(url.pathname);
  const prefix = base.replace(/\/$/, '');
  if (prefix && path.startsWith(`${prefix}/`)) path = path.slice(prefix.length);
  else if (prefix) return null;
  return path;
}

/** Measures one page, given the URL path of its HTML file below the base. */
export function measurePage(files: Files, htmlPath: string, base = '/'): PageWeight {
  const html = files.text(htmlPath);
  const pagePath = htmlPath.endsWith('/index.html') ? htmlPath.slice(0, -'index.html'.length) : htmlPath;
  const weight: PageWeight = {
    path: pagePath,
    type: pageType(pagePath),
    html: Buffer.byteLength(html),
    htmlGz: gzipSize(html),
    css: 0,
    cssGz: 0,
    js: 0,
    jsGz: 0,
    cssFiles: [],
    jsFiles: [],
    missing: [],
  };
  const inlineCss: string[] = [];
  const inlineJs: string[] = [];
  const css = new Set<string>();
  const js = new Set<string>();
  const modules: { code: string; from: string }[] = [];

  const addJsFile = (ref: string, from: string, module: boolean) => {
    const path = localPath(ref, from, base);
    if (path === null || js.has(path)) return;
    js.add(path);
    if (files.size(path) === null) weight.missing.push(path);
    else if (module) modules.push({ code: files.text(path), from: path });
  };

  for (const tag of resourceTags(html)) {
    const rel = (tag.attrs['rel'] ?? '').toLowerCase().split(/\s+/);
    if (tag.name === 'link' && rel.includes('stylesheet') && tag.attrs['href']) {
      const path = localPath(tag.attrs['href'], pagePath, base);
      if (path === null || css.has(path)) continue;
      css.add(path);
      if (files.size(path) === null) weight.missing.push(path);
    } else if (tag.name === 'link' && rel.includes('modulepreload') && tag.attrs['href']) {
      addJsFile(tag.attrs['href'], pagePath, true);
    } else if (tag.name === 'style') {
      inlineCss.push(tag.body ?? '');
    } else if (tag.name === 'script' && isJavaScript(tag)) {
      const module = (tag.attrs['type'] ?? '').trim().toLowerCase() === 'module';
      if (tag.attrs['src'] !== undefined) addJsFile(tag.attrs['src'], pagePath, module);
      else {
        inlineJs.push(tag.body ?? '');
        if (module) modules.push({ code: tag.body ?? '', from: pagePath });
      }
    }
  }
  // Static imports of module scripts, transitively (each file once).
  for (let i = 0; i < modules.length; i++) {
    const { code, from } = modules[i]!;
    for (const spec of staticImports(code)) {
      if (!/^(\.{0,2}\/|https?:)/.test(spec)) continue; // bare specifiers do not load in a browser
      addJsFile(spec, from, true);
    }
  }

  for (const path of css) {
    const s = files.size(path);
    weight.css += s?.raw ?? 0;
    weight.cssGz += s?.gz ?? 0;
  }
  for (const path of js) {
    const s = files.size(path);
    weight.js += s?.raw ?? 0;
    weight.jsGz += s?.gz ?? 0;
  }
  const styles = inlineCss.join('\n');
  weight.css += Buffer.byteLength(styles);
  weight.cssGz += gzipSize(styles);
  const scripts = inlineJs.join('\n');
  weight.js += Buffer.byteLength(scripts);
  weight.jsGz += gzipSize(scripts);
  weight.cssFiles = [...css];
  weight.jsFiles = [...js];
  return weight;
}

/** URL paths (below the base) of every HTML file of the site, outside pagefind/. */
export function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === dist && (entry.name === 'pagefind' || entry.name === '_astro')) continue;
        walk(full);
      } else if (entry.name.endsWith('.html')) out.push(`/${relative(dist, full).split(sep).join('/')}`);
    }
  };
  walk(dist);
  return out.sort();
}

export function measureSite(dist: string, base = '/'): PageWeight[] {
  const files = new Files(dist);
  return htmlFiles(files.dist).map((p) => measurePage(files, p, base));
}

// ---------------------------------------------------------------------------------------------
// Summaries.

export interface Figure {
  median: number;
  max: number;
}

export interface TypeSummary {
  type: string;
  pages: number;
  html: Figure;
  htmlGz: Figure;
  css: Figure;
  cssGz: Figure;
  js: Figure;
  jsGz: Figure;
  /** The page with the most HTML. */
  largest: string;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

const figure = (values: number[]): Figure => ({ median: median(values), max: Math.max(0, ...values) });

/** Groups by type, in the order of PAGE_TYPES with each "(zh)" group after its own. */
export function summarise(pages: PageWeight[]): TypeSummary[] {
  const groups = new Map<string, PageWeight[]>();
  for (const p of pages) groups.set(p.type, [...(groups.get(p.type) ?? []), p]);
  const order = (t: string) => {
    const zh = t.endsWith(' (zh)');
    const i = PAGE_TYPES.indexOf((zh ? t.slice(0, -5) : t) as (typeof PAGE_TYPES)[number]);
    return (i < 0 ? PAGE_TYPES.length : i) * 2 + (zh ? 1 : 0);
  };
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([type, list]) => {
      const pick = (k: 'html' | 'htmlGz' | 'css' | 'cssGz' | 'js' | 'jsGz') => figure(list.map((p) => p[k]));
      const largest = list.reduce((a, b) => (b.html > a.html ? b : a));
      return { type, pages: list.length, html: pick('html'), htmlGz: pick('htmlGz'), css: pick('css'), cssGz: pick('cssGz'), js: pick('js'), jsGz: pick('jsGz'), largest: largest.path };
    });
}

// ---------------------------------------------------------------------------------------------
// The Pagefind index.

/** Results the search page shows at most (src/pages/[...locale]/search/index.astro). */
export const RESULTS_SHOWN = 30;

export interface PagefindSummary {
  files: number;
  bytes: number;
  kinds: { kind: string; files: number; bytes: number }[];
  languages: string[];
  firstQuery?: {
    /** Bytes before any result is shown: the parts below. */
    bytes: number;
    parts: { file: string; bytes: number; note?: string }[];
    /** With RESULTS_SHOWN results (or all pages, if fewer) shown, one fragment file each. */
    withResults: { results: number; bytes: number };
    medianFragment: number;
    medianFilterChunk: number;
    indexChunks: number;
    maxIndexChunk: number;
  };
}

function kindOf(name: string): string {
  if (name.endsWith('.pf_index')) return 'index chunks (.pf_index)';
  if (name.endsWith('.pf_fragment')) return 'fragments (.pf_fragment)';
  if (name.endsWith('.pf_filter')) return 'filter chunks (.pf_filter)';
  if (name.endsWith('.pf_meta')) return 'metadata (.pf_meta)';
  if (name.endsWith('.pagefind')) return 'wasm (.pagefind)';
  if (/^pagefind(-worker)?\.js$|^pagefind-entry\.json$/.test(name)) return 'search API (pagefind.js, worker, entry)';
  return 'Pagefind UI and other (unused by /search/)';
}

export function pagefindSummary(dist: string): PagefindSummary | null {
  const dir = join(resolve(dist), 'pagefind');
  if (!existsSync(dir)) return null;
  const all: { rel: string; name: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else all.push({ rel: relative(dir, full).split(sep).join('/'), name: entry.name, bytes: statSync(full).size });
    }
  };
  walk(dir);
  const kinds = new Map<string, { files: number; bytes: number }>();
  for (const f of all) {
    const k = kinds.get(kindOf(f.name)) ?? { files: 0, bytes: 0 };
    k.files++;
    k.bytes += f.bytes;
    kinds.set(kindOf(f.name), k);
  }
  const summary: PagefindSummary = {
    files: all.length,
    bytes: all.reduce((s, f) => s + f.bytes, 0),
    kinds: [...kinds.entries()].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.bytes - a.bytes),
    languages: [],
  };
  let entry: { languages?: Record<string, { hash: string; wasm: string | null }> };
  try {
    entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as typeof entry;
  } catch {
    return summary;
  }
  const languages = Object.entries(entry.languages ?? {});
  summary.languages = languages.map(([l]) => l);
  const first = languages[0];
  if (!first) return summary;
  const [, lang] = first;
  const byRel = new Map(all.map((f) => [f.rel, f]));
  const langPrefix = `${lang.hash.split('_')[0]}_`;
  const sizes = (folder: string, ext: string) =>
    all.filter((f) => f.rel.startsWith(`${folder}/`) && f.name.endsWith(ext) && (languages.length === 1 || f.name.startsWith(langPrefix))).map((f) => f.bytes);
  const indexChunks = sizes('index', '.pf_index');
  const parts: { file: string; bytes: number; note?: string }[] = [];
  const add = (rel: string, gz: boolean, note?: string) => {
    const f = byRel.get(rel);
    if (!f) return;
    parts.push({ file: rel, bytes: gz ? gzipSize(readFileSync(join(dir, rel))) : f.bytes, ...(note ? { note } : {}) });
  };
  add('pagefind.js', true, 'gzipped');
  add('pagefind-worker.js', true, 'gzipped');
  add('pagefind-entry.json', true, 'gzipped');
  add(`pagefind.${lang.hash}.pf_meta`, false);
  add(`wasm.${lang.wasm ?? 'unknown'}.pagefind`, false);
  if (indexChunks.length) parts.push({ file: 'index/<one chunk>', bytes: median(indexChunks), note: `median of ${indexChunks.length}` });
  const filterChunks = sizes('filter', '.pf_filter');
  if (filterChunks.length) parts.push({ file: 'filter/<one chunk>', bytes: median(filterChunks), note: `median of ${filterChunks.length}; lifecycle filter` });
  const fragments = sizes('fragment', '.pf_fragment');
  const bytes = parts.reduce((s, p) => s + p.bytes, 0);
  const results = Math.min(RESULTS_SHOWN, fragments.length);
  summary.firstQuery = {
    bytes,
    parts,
    withResults: { results, bytes: bytes + results * median(fragments) },
    medianFragment: median(fragments),
    medianFilterChunk: median(filterChunks),
    indexChunks: indexChunks.length,
    maxIndexChunk: Math.max(0, ...indexChunks),
  };
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Output.

const kB = (n: number) => (n / 1000).toFixed(1);
const pair = (raw: number, gz: number) => `${kB(raw)} / ${kB(gz)}`;

export function formatTable(summaries: TypeSummary[]): string {
  const head = ['page type', 'pages', 'HTML median', 'HTML max', 'CSS median', 'CSS max', 'JS median', 'JS max', 'largest page'];
  const rows = summaries.map((s) => [
    s.type,
    String(s.pages),
    pair(s.html.median, s.htmlGz.median),
    pair(s.html.max, s.htmlGz.max),
    pair(s.css.median, s.cssGz.median),
    pair(s.css.max, s.cssGz.max),
    pair(s.js.median, s.jsGz.median),
    pair(s.js.max, s.jsGz.max),
    s.largest,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatPagefind(p: PagefindSummary | null): string {
  if (!p) return 'Search index: no pagefind/ folder.';
  const lines = [`Search index (pagefind/, languages ${p.languages.join(', ') || '?'}): ${p.files} files, ${kB(p.bytes)} kB on disk`];
  for (const k of p.kinds) lines.push(`  ${k.kind.padEnd(44)} ${String(k.files).padStart(6)} files  ${kB(k.bytes).padStart(9)} kB`);
  if (p.firstQuery) {
    const q = p.firstQuery;
    lines.push(`First query, estimated: ${kB(q.bytes)} kB before results, ${kB(q.withResults.bytes)} kB with ${q.withResults.results} results shown`);
    for (const part of q.parts) lines.push(`  ${part.file.padEnd(44)} ${kB(part.bytes).padStart(9)} kB${part.note ? `  (${part.note})` : ''}`);
    lines.push(`  ${`+ ${q.withResults.results} × fragment/<one file>`.padEnd(44)} ${kB(q.withResults.results * q.medianFragment).padStart(9)} kB  (median ${kB(q.medianFragment)} kB; one per result shown, up to ${RESULTS_SHOWN})`);
    lines.push(`  Each further filter: one more filter chunk; a query of several words may need more index chunks (largest ${kB(q.maxIndexChunk)} kB).`);
    lines.push('  Method: file sizes on disk; .pf_* and wasm files are stored gzipped by Pagefind, the JS and JSON are counted gzipped (as a compressing host sends them).');
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  let dist = 'dist';
  let base = setting('SQMS_BASE') ?? '/';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dist') dist = argv[++i] ?? dist;
    else if (a === '--base') base = argv[++i] ?? base;
    else if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      console.log('Usage: node scripts/page-weights.ts [--dist dist] [--base /] [--json]');
      return 0;
    } else {
      console.error(`Unknown option ${a}. Try --help.`);
      return 2;
    }
  }
  if (!base.startsWith('/')) base = `/${base}`;
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist}/index.html not found: build the site first (npm run build) or pass --dist.`);
    return 1;
  }
  const pages = measureSite(dist, base);
  const summaries = summarise(pages);
  const search = pagefindSummary(dist);
  const missing = [...new Set(pages.flatMap((p) => p.missing))];
  if (json) {
    console.log(JSON.stringify({ dist: resolve(dist), pages: pages.length, types: summaries, pagefind: search, missing }, null, 2));
    return 0;
  }
  console.log(`Page weights of ${relative(process.cwd(), resolve(dist)) || '.'} (${pages.length} HTML pages); kB = 1,000 bytes, each cell raw / gzipped.`);
  console.log('CSS = linked stylesheets + inline <style>; JS = scripts loaded up front (src files, inline, static imports; not Pagefind).\n');
  console.log(formatTable(summaries));
  if (missing.length) console.log(`\nReferenced but missing: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}`);
  console.log(`\n${formatPagefind(search)}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));

/**
 * scripts/page-weights.ts: page types from URLs, the resources a page loads up front (linked and
 * inline CSS, script files, inline scripts, static imports followed transitively, JSON data blocks
 * and dynamic imports left out), and the Pagefind summary, on a small built site in a temp folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureSite, pagefindSummary, pageType, staticImports, summarise, type PageWeight } from '../../scripts/page-weights.ts';

describe('pageType', () => {
  it.each([
    ['/', 'home'],
    ['/sops/SOP-CS-001/', 'SOP'],
    ['/sops/SOP-CS-001/v/2.1/', 'SOP old version'],
    ['/standards/STD-RESP-001/', 'standard'],
    ['/kpis/KPI-FCR/', 'KPI'],
    ['/units/br-futian/', 'unit'],
    ['/pages/manual/glossary/', 'handbook page'],
    ['/sops/', 'lists'],
    ['/pages/', 'lists'],
    ['/actions/', 'lists'],
    ['/scorecards/', 'scorecard period'],
    ['/scorecards/2026-10/', 'scorecard period'],
    ['/scorecards/units/br-futian/', 'unit scorecard'],
    ['/scorecards/early-warnings/', 'early warnings'],
    ['/scorecards/data-quality/', 'data quality'],
    ['/traceability/', 'traceability'],
    ['/reviews/', 'reviews'],
    ['/search/', 'search'],
    ['/zh/', 'home (zh)'],
    ['/zh/sops/SOP-CS-001/v/2.1/', 'SOP old version (zh)'],
    ['/zh/scorecards/units/br-futian/', 'unit scorecard (zh)'],
    ['/404.html', 'other'],
    ['/exports/whatever/', 'other'],
  ])('%s is %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});

describe('staticImports', () => {
  it('finds minified and spaced imports and re-exports, not dynamic imports', () => {
    const code = [
      'import{a as b}from"./chunk.A.js";import"./side.js";',
      "import x, { y } from '../lib/y.js';",
      'export*from"./all.js";export{z}from"./z.js";',
      'const later = import("./lazy.js"); const u = await import(url);',
      'foo.import("./not-a-module.js")',
    ].join('\n');
    expect(staticImports(code)).toEqual(['./chunk.A.js', './side.js', '../lib/y.js', './all.js', './z.js']);
  });
});

describe('a small built site', () => {
  let dist: string;
  const write = (path: string, text: string) => {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const CSS = 'body{color:#222}'.repeat(20);
  const CHART = `import{h as helper}from"./helper.js";export const c=1;${'x'.repeat(300)}`;
  const HELPER = `import"./deep.js";export const h=2;${'y'.repeat(200)}`;
  const DEEP = `export const d=3;${'z'.repeat(100)}`;
  const LAZY = 'w'.repeat(5000);
  const INLINE_JS = 'document.title="x";';
  const INLINE_CSS = '.a{margin:0}';
  const sop = (n: number) =>
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/base.css"><link rel="canonical" href="https://example.com/"></head><body>${'<p>step</p>'.repeat(n)}</body></html>`;
  let pages: PageWeight[];

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'page-weights-'));
    write('_astro/base.css', CSS);
    write('_astro/chart.js', CHART);
    write('_astro/helper.js', HELPER);
    write('_astro/deep.js', DEEP);
    write('_astro/lazy.js', LAZY);
    write('index.html', sop(1));
    write('sops/SOP-A-001/index.html', sop(10));
    write('sops/SOP-A-002/index.html', sop(20));
    write('sops/SOP-A-003/index.html', sop(30));
    write(
      'kpis/KPI-X/index.html',
      `<html><head><link rel="stylesheet" href="../../_astro/base.css"><style>${INLINE_CSS}</style></head><body>` +
        '<script type="application/json" id="data">{"big":"' + 'd'.repeat(1000) + '"}</script>' +
        '<script type="module" src="/_astro/chart.js"></script>' +
        '<script type="module" src="/_astro/chart.js"></script>' +
        `<script>${INLINE_JS}</script>` +
        '<script type="module">import("/_astro/lazy.js")</script>' +
        '<script src="/_astro/missing.js"></script><script src="https://cdn.example.com/x.js"></script></body></html>',
    );
    write('zh/sops/SOP-A-001/index.html', sop(5));
    write('pagefind/pagefind-entry.json', '{"version":"1.6.0","languages":{"zh":{"hash":"zh_abc","wasm":null,"page_count":3}}}');
    write('pagefind/pagefind.js', 'p'.repeat(1000));
    write('pagefind/pagefind.zh_abc.pf_meta', 'm'.repeat(40));
    write('pagefind/wasm.unknown.pagefind', 'a'.repeat(50));
    write('pagefind/index/zh_1.pf_index', 'i'.repeat(10));
    write('pagefind/index/zh_2.pf_index', 'i'.repeat(20));
    write('pagefind/index/zh_3.pf_index', 'i'.repeat(90));
    write('pagefind/fragment/zh_f.pf_fragment', 'f'.repeat(7));
    write('pagefind/fragment/zh_g.pf_fragment', 'f'.repeat(9));
    write('pagefind/filter/zh_l.pf_filter', 'l'.repeat(5));
    pages = measureSite(dist);
  });

  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
  });

  const page = (path: string) => pages.find((p) => p.path === path)!;

  it('measures every HTML page outside pagefind/ and types it', () => {
    expect(pages.map((p) => [p.path, p.type])).toEqual([
      ['/', 'home'],
      ['/kpis/KPI-X/', 'KPI'],
      ['/sops/SOP-A-001/', 'SOP'],
      ['/sops/SOP-A-002/', 'SOP'],
      ['/sops/SOP-A-003/', 'SOP'],
      ['/zh/sops/SOP-A-001/', 'SOP (zh)'],
    ]);
  });

  it('counts the linked stylesheet and no JS on a plain page', () => {
    const p = page('/sops/SOP-A-002/');
    expect(p.html).toBe(sop(20).length);
    expect(p.htmlGz).toBe(gz(sop(20)));
    expect(p.css).toBe(CSS.length);
    expect(p.cssGz).toBe(gz(CSS));
    expect(p.js).toBe(0);
    expect(p.jsGz).toBe(0);
  });

  it('follows static imports, counts each file once and leaves out data blocks and dynamic imports', () => {
    const p = page('/kpis/KPI-X/');
    expect(p.cssFiles).toEqual(['/_astro/base.css']);
    expect(p.css).toBe(CSS.length + INLINE_CSS.length);
    expect(p.jsFiles.sort()).toEqual(['/_astro/chart.js', '/_astro/deep.js', '/_astro/helper.js', '/_astro/missing.js']);
    expect(p.missing).toEqual(['/_astro/missing.js']);
    const inline = `${INLINE_JS}\nimport("/_astro/lazy.js")`;
    expect(p.js).toBe(CHART.length + HELPER.length + DEEP.length + inline.length);
    expect(p.jsGz).toBe(gz(CHART) + gz(HELPER) + gz(DEEP) + gz(inline));
  });

  it('summarises per type with median and max, zh after its own type', () => {
    const s = summarise(pages);
    expect(s.map((t) => [t.type, t.pages])).toEqual([
      ['home', 1],
      ['SOP', 3],
      ['SOP (zh)', 1],
      ['KPI', 1],
    ]);
    const sops = s.find((t) => t.type === 'SOP')!;
    expect(sops.html).toEqual({ median: sop(20).length, max: sop(30).length });
    expect(sops.largest).toBe('/sops/SOP-A-003/');
  });

  it('sums the Pagefind folder and estimates a first query', () => {
    const p = pagefindSummary(dist)!;
    expect(p.files).toBe(10);
    expect(p.languages).toEqual(['zh']);
    const q = p.firstQuery!;
    expect(q.parts.map((x) => x.file)).toEqual(['pagefind.js', 'pagefind-entry.json', 'pagefind.zh_abc.pf_meta', 'wasm.unknown.pagefind', 'index/<one chunk>', 'filter/<one chunk>']);
    expect(q.parts.at(-2)!.bytes).toBe(20);
    expect(q.bytes).toBe(gz('p'.repeat(1000)) + q.parts[1]!.bytes + 40 + 50 + 20 + 5);
    expect(q.medianFragment).toBe(8);
    expect(q.withResults).toEqual({ results: 2, bytes: q.bytes + 2 * 8 });
  });
});

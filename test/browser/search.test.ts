/**
 * Browser tests of the site search: the sample is built (with its Pagefind index) and served as
 * in site.test.ts, and the search page is driven in Chromium.
 *  - two-character Chinese queries and English queries find the right SOPs;
 *  - filters narrow the results; retired documents are out of default results;
 *  - the header box works from a document page, which loads no script until the search page;
 *  - Pagefind loads only when a search runs; axe-core finds no violation on /search/;
 *  - the complaint SOP is the first result for "complaint", 投诉 and 投诉处理 in both languages, and
 *    投诉处理 finds what "投诉 处理" finds;
 *  - the count is the number of documents that contain the word (read from the built pages), with
 *    pages of 20 that show each document once;
 *  - excerpts start at a whole id and run no label into its value; the header box keeps the query;
 *  - on a phone the filters are folded away and the first result is on the first screen;
 *  - the registers (complaints, inspections and mystery shopping, training) are found by their
 *    words, a major complaint's ticket id and a cause's name, and management reviews by a
 *    decision, quarter and date, in both languages; superseded reviews and closed findings only on request.
 */
import { readFile } from 'node:fs/promises';
import { htmlFiles, indexableHtml } from '../../src/integration/search-index.ts';
import { getHandbook } from '../../src/site/stores/handbook.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, startSite, type Site } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('site search in Chromium', () => {
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  interface Found {
    page: Page;
    ids: string[];
    types: string[];
    requests: string[];
    problems: string[];
  }

  async function watch(path: string): Promise<Omit<Found, 'ids' | 'types'>> {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Chromium asks for /favicon.ico by itself; the handbook has no icon, and that is no error of the page.
    const ignored = (url: string) => new URL(url).pathname === '/favicon.ico';
    page.on('console', (m) => {
      if (m.type() === 'error' && !ignored(m.location().url || site.url)) problems.push(`console: ${m.text()} (${m.location().url})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !ignored(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return { page, requests, problems };
  }

  async function results(page: Page): Promise<{ ids: string[]; types: string[] }> {
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const ids = await page.$$eval('#search-results .search-result-title .id', (l) => l.map((e) => e.textContent ?? ''));
    const types = await page.$$eval('#search-results .search-type', (l) => l.map((e) => e.textContent ?? ''));
    return { ids, types };
  }

  async function search(query: string, path = '/search/'): Promise<Found> {
    const watched = await watch(`${path}?${query}`);
    return { ...watched, ...(await results(watched.page)) };
  }

  /** The status line once results are shown (both languages). */
  async function statusOf(page: Page): Promise<string> {
    await page.waitForFunction(() => /result|结果/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
    return (await page.textContent('#search-status')) ?? '';
  }

  const cases: Array<[query: string, id: string]> = [
    ['投诉', 'SOP-CS-001'],
    ['退款', 'SOP-CS-003'],
    ['培训', 'SOP-TR-001'],
    ['refund', 'SOP-CS-003'],
    ['complaint', 'SOP-CS-001'],
  ];
  for (const [q, id] of cases) {
    it(`finds ${id} for “${q}”, with its id and type shown`, async () => {
      const { page, ids, types, problems } = await search(`q=${encodeURIComponent(q)}`);
      expect(ids).toContain(id);
      expect(types[ids.indexOf(id)]).toBe('SOP');
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  for (const path of ['/search/', '/zh/search/']) {
    for (const q of ['complaint', '投诉', '投诉处理']) {
      it(`ranks the complaint-handling SOP first for “${q}” on ${path}`, async () => {
        const watched = await watch(`${path}?q=${encodeURIComponent(q)}`);
        await statusOf(watched.page);
        const ids = await watched.page.$$eval('#search-results .search-result-title .id', (l) => l.map((e) => e.textContent ?? ''));
        expect(ids[0]).toBe('SOP-CS-001');
        expect(watched.problems).toEqual([]);
        await watched.page.close();
      });
    }
  }

  it('finds with 投诉处理 the documents that “投诉 处理” finds, on the English page too', async () => {
    const counts: string[] = [];
    for (const q of ['投诉处理', '投诉 处理']) {
      const { page } = await watch(`/search/?q=${encodeURIComponent(q)}`);
      counts.push((await statusOf(page)).replace(/“.*”/, ''));
      await page.close();
    }
    expect(counts[0]).toBe(counts[1]);
    expect(Number(counts[0]!.match(/\d+/)![0])).toBeGreaterThan(20);
  });

  /** The text Pagefind indexes of a built page: inside data-pagefind-body, without data-pagefind-ignore parts and tags. */
  function indexedText(html: string): string {
    const start = html.indexOf('data-pagefind-body');
    const out: string[] = [];
    const tag = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g;
    tag.lastIndex = html.lastIndexOf('<', start);
    let last = tag.lastIndex;
    let depth = 0;
    let ignoring: { name: string; depth: number } | undefined;
    for (let m = tag.exec(html); m; m = tag.exec(html)) {
      if (!ignoring) out.push(html.slice(last, m.index), ' ');
      last = tag.lastIndex;
      const [, close, name, attrs] = m;
      const isVoid = /^(br|hr|img|input|meta|link|wbr|source)$/i.test(name!) || attrs!.endsWith('/');
      if (isVoid) continue;
      if (close) {
        depth--;
        if (ignoring && depth === ignoring.depth) ignoring = undefined;
        if (depth === 0) break;
      } else {
        if (!ignoring && /data-pagefind-ignore/.test(attrs!)) ignoring = { name: name!, depth };
        depth++;
      }
    }
    return out.join('').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  }

  it('counts exactly the documents that contain the word, each once, in pages of 20', async () => {
    // Every indexed page of the built site, with its document and whether it is current.
    const docs = new Map<string, boolean>();
    for (const file of await htmlFiles(site.outDir, `${site.outDir}/pagefind`)) {
      const html = await indexableHtml(file);
      if (!html || !/data-pagefind-filter="lifecycle:current"/.test(html)) continue;
      const id = /data-pagefind-meta="id:([^"]+)"/.exec(html)![1]!;
      if (/(^|[^a-z0-9])refund/i.test(indexedText(html))) docs.set(id, true);
    }
    expect(docs.size).toBeGreaterThan(10);
    const { page } = await watch('/search/?q=refund');
    expect(await statusOf(page)).toBe(`${docs.size} results for “refund”.${docs.size > 20 ? ` Page 1 of ${Math.ceil(docs.size / 20)}.` : ''}`);
    // Every document once, over as many pages of 20 as there are (the quality records made it more than one).
    const ids: string[] = [];
    for (let n = 1; n <= Math.ceil(docs.size / 20); n++) {
      const { page: p } = n === 1 ? { page } : await watch(`/search/?q=refund&page=${n}`);
      if (n > 1) expect(await statusOf(p)).toContain(`Page ${n} of`);
      const onPage = await p.$$eval('#search-results .search-result-title .id', (l) => l.map((e) => e.textContent ?? ''));
      expect(onPage).toHaveLength(Math.min(20, docs.size - (n - 1) * 20));
      ids.push(...onPage);
      await p.close();
    }
    expect(ids).toHaveLength(docs.size);
    expect(new Set(ids)).toEqual(new Set(docs.keys()));
  });

  it('shows 20 results a page, with links to the other pages, and every document once', async () => {
    const first = await watch('/search/?q=complaint');
    const status = await statusOf(first.page);
    const total = Number(status.match(/^(\d+) results/)![1]);
    expect(total).toBeGreaterThan(30); // more than the former cap of 30
    expect(status).toContain(`Page 1 of ${Math.ceil(total / 20)}.`);
    const page1 = await first.page.$$eval('#search-results .search-result-title .id', (l) => l.map((e) => e.textContent ?? ''));
    expect(page1).toHaveLength(20);
    await Promise.all([first.page.waitForURL(/page=2/), first.page.click('#search-pages a[rel="next"]')]);
    const status2 = await statusOf(first.page);
    expect(status2).toContain('Page 2 of');
    const page2 = await first.page.$$eval('#search-results .search-result-title .id', (l) => l.map((e) => e.textContent ?? ''));
    expect(page1.length + page2.length).toBe(Math.min(total, 40));
    expect(page2.filter((id) => page1.includes(id))).toEqual([]);
    expect(await first.page.getAttribute('#search-results', 'start')).toBe('21');
    await first.page.close();
  });

  it('writes excerpts that start at a whole id and run no label into its value', async () => {
    const { handbook } = getHandbook();
    const allIds = [...handbook.sops.keys(), ...handbook.standards.keys(), ...handbook.kpis.keys()];
    for (const q of ['complaint', 'requirement', '投诉']) {
      const { page } = await watch(`/search/?q=${encodeURIComponent(q)}`);
      await statusOf(page);
      const excerpts = await page.$$eval('#search-results .search-excerpt', (l) => l.map((e) => e.textContent ?? ''));
      expect(excerpts.length).toBeGreaterThan(5);
      for (const text of excerpts) {
        const first = text.replace(/^…\s*/, '').split(/\s/)[0]!.replace(/[.,;:)]+$/, '');
        const cut = allIds.filter((id) => id !== first && id.endsWith(first));
        expect(cut, `${q}: “${text}” starts inside ${cut.join(', ')}`).toEqual([]);
        expect(text, q).not.toMatch(/(Requirement|Criterion|dimension|Touchpoint|category|Source|Owner)[A-Z0-9]/);
      }
      await page.close();
    }
  });

  it('finds the first-response standard and SOP for “how long to respond” through the synonyms in data/search-synonyms.yaml', async () => {
    for (const q of ['how long to respond', '多久回复']) {
      const { page } = await watch(`/search/?q=${encodeURIComponent(q)}`);
      await statusOf(page);
      const ids = await page.$$eval('#search-results .search-result-title .id', (l) => l.map((e) => e.textContent ?? ''));
      expect(ids.slice(0, 3), q).toContain('STD-RESP-001');
      expect(ids, q).toContain('SOP-CS-001');
      await page.close();
    }
  });

  it('keeps the query in the header search box on the results page', async () => {
    const { page } = await watch('/sops/SOP-CS-001/');
    await page.fill('#site-search-q', '投诉处理');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-search-q', 'Enter')]);
    await statusOf(page);
    expect(await page.inputValue('#site-search-q')).toBe('投诉处理');
    expect(await page.inputValue('#search-q')).toBe('投诉处理');
    await page.close();
  });

  it('folds the filters away on a phone, with the first result on the first screen, and shows them on a desk', async () => {
    const phone = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${site.url}/search/?q=complaint`);
    await statusOf(phone);
    expect(await phone.isVisible('select[name="type"]')).toBe(false);
    expect(await phone.isVisible('.search-filters-fold > summary')).toBe(true);
    const top = await phone.$eval('#search-results li', (e) => e.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 - 100);
    await phone.click('.search-filters-fold > summary');
    expect(await phone.isVisible('select[name="type"]')).toBe(true);
    expect(await axeViolations(phone, { openDetails: false })).toEqual([]);
    await phone.close();
    const desk = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await desk.goto(`${site.url}/search/?q=complaint`);
    await statusOf(desk);
    expect(await desk.isVisible('select[name="type"]')).toBe(true);
    expect(await desk.isVisible('.search-filters-fold > summary')).toBe(false);
    await desk.close();
  });

  it('narrows the results with a filter (type = SOP, process area)', async () => {
    const all = await search('q=complaint');
    const sops = await search('q=complaint&type=SOP');
    expect(all.types.some((t) => t !== 'SOP')).toBe(true); // standards and KPIs mention complaints too
    expect(sops.ids.length).toBeGreaterThan(0);
    expect(sops.ids.length).toBeLessThan(all.ids.length);
    expect(new Set(sops.types)).toEqual(new Set(['SOP']));
    const area = await search(`q=complaint&type=SOP&area=${encodeURIComponent('Quality management')}`);
    expect(area.ids.every((id) => id.startsWith('SOP-QM-'))).toBe(true);
    expect(area.ids).not.toContain('SOP-CS-001');
    await Promise.all([all.page.close(), sops.page.close(), area.page.close()]);
  });

  it('leaves the retired SOP-CS-005 out of default results, and shows it on request', async () => {
    const plain = await search('q=complaint');
    expect(plain.ids).not.toContain('SOP-CS-005');
    const archived = await search('q=complaint&archived=1');
    expect(archived.ids).toContain('SOP-CS-005');
    const retired = await search('q=complaint&status=Retired');
    expect(retired.ids).toContain('SOP-CS-005');
    await Promise.all([plain.page.close(), archived.page.close(), retired.page.close()]);
  });

  it('loads Pagefind only when a search runs', async () => {
    const { page, requests } = await watch('/search/');
    expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.fill('#search-q', '退款');
    await page.click('.search-form button[type="submit"]');
    const { ids } = await results(page);
    expect(ids).toContain('SOP-CS-003');
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(new URL(page.url()).searchParams.get('q')).toBe('退款');
    await page.close();
  });

  it('searches from the header box of a document page, which loads no script itself', async () => {
    const { page, requests } = await watch('/sops/SOP-CS-001/');
    expect(requests.filter((p) => p.endsWith('.js') || p.includes('/pagefind/'))).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await page.fill('#site-search-q', 'refund');
    await Promise.all([page.waitForURL(/\/search\/\?q=refund/), page.press('#site-search-q', 'Enter')]);
    const { ids } = await results(page);
    expect(ids).toContain('SOP-CS-003');
    await page.close();
  });

  /** The results of a search on `path`: id, type label and link of each, in order, read from every page of results. */
  async function found(path: string, query: string): Promise<Array<{ id: string; type: string; href: string }>> {
    const { page, problems } = await watch(`${path}?${query}`);
    const out: Array<{ id: string; type: string; href: string }> = [];
    for (;;) {
      await statusOf(page);
      out.push(
        ...(await page.$$eval('#search-results li', (l) =>
          l.map((e) => ({
            id: e.querySelector('.search-result-title .id')?.textContent ?? '',
            type: e.querySelector('.search-type')?.textContent ?? '',
            href: e.querySelector('.search-result-title a')?.getAttribute('href') ?? '',
          })),
        )),
      );
      const next = await page.$('#search-pages a[rel="next"]');
      if (!next || out.length >= 60) break;
      await Promise.all([page.waitForURL(/page=\d+/), next.click()]);
      await page.waitForFunction(() => !/…$/.test(document.getElementById('search-status')?.textContent ?? ''));
    }
    expect(problems).toEqual([]);
    await page.close();
    return out;
  }

  // The quality-record registers (the complaint register, inspections and mystery shopping,
  // training) are indexed as pages of type Register, so a staff member who types what they hold
  // lands on the register, in their own language; the first page of results (20) has it.
  const registers: Array<[query: string, page: string]> = [
    ['complaint', 'complaints'],
    ['投诉', 'complaints'],
    ['mystery shop', 'inspections'],
    ['神秘顾客', 'inspections'],
    ['retraining', 'training'],
    ['培训', 'training'],
    ['CRM-2026-004873', 'complaints'],
    ['Long wait at the counter', 'complaints'],
    ['柜台或电话等待时间长', 'complaints'],
  ];
  for (const [q, register] of registers) {
    for (const [path, prefix, label] of [['/search/', '/', 'Register'], ['/zh/search/', '/zh/', '记录台账']] as const) {
      it(`finds the ${register} register for “${q}” on ${path}, linked in the page's language`, async () => {
        const results = (await found(path, `q=${encodeURIComponent(q)}`)).slice(0, 20);
        const hit = results.find((r) => r.id === register);
        expect(hit, results.map((r) => r.id).join(' ')).toBeDefined();
        expect(hit!.type).toBe(label);
        expect(hit!.href).toBe(`${prefix}${register}/`);
      });
    }
  }

  it('narrows to the registers with the type filter, in both languages, and by unit', async () => {
    for (const path of ['/search/', '/zh/search/']) {
      const registers = await found(path, `q=${encodeURIComponent('投诉')}&type=Register`);
      expect(registers[0]!.id).toBe('complaints'); // the training and inspection registers mention complaints too
      expect(new Set(registers.map((r) => r.type))).toEqual(new Set([path === '/search/' ? 'Register' : '记录台账']));
      const { page } = await watch(path);
      const options = await page.$$eval('select[name="type"] option', (l) => l.map((o) => [o.getAttribute('value'), o.textContent]));
      expect(options).toContainEqual(path === '/search/' ? ['Register', 'Register'] : ['Register', '记录台账']);
      expect(options).toContainEqual(path === '/search/' ? ['Management review', 'Management review'] : ['Management review', '管理评审']);
      await page.close();
    }
    // A register is in a unit's results when it holds records of that unit: the branches, not the departments.
    const shenzhen = await found('/search/', `q=mystery&type=Register&unit=${encodeURIComponent('Shenzhen branch')}`);
    expect(shenzhen[0]!.id).toBe('inspections');
    expect(await found('/search/', `q=mystery&type=Register&unit=${encodeURIComponent('Customer contact centre')}`)).toEqual([]);
  });

  // The management review of 2026-Q3 (held 5 Nov 2026) is found by a decision's words, its
  // quarter and its date, in both languages; the earlier reviews are superseded by it and found only on request.
  const reviewQueries = ['Raise the 2027 FCR objective', '首次联络解决率目标', '2026-Q3', '2026-11-05', 'MR-2026-Q3'];
  for (const q of reviewQueries) {
    for (const [path, prefix] of [['/search/', '/'], ['/zh/search/', '/zh/']] as const) {
      it(`finds the management review MR-2026-Q3 for “${q}” on ${path}`, async () => {
        const results = (await found(path, `q=${encodeURIComponent(q)}`)).slice(0, 20);
        const hit = results.find((r) => r.id === 'MR-2026-Q3');
        expect(hit, results.map((r) => r.id).join(' ')).toBeDefined();
        expect(hit!.type).toBe(path === '/search/' ? 'Management review' : '管理评审');
        expect(hit!.href).toBe(`${prefix}management-reviews/2026-Q3/`);
      });
    }
  }

  it('leaves superseded management reviews out of default results, and shows them on request', async () => {
    const plain = await found('/search/', `q=${encodeURIComponent('management review')}&type=${encodeURIComponent('Management review')}`);
    expect(plain.map((r) => r.id)).toEqual(['MR-2026-Q3']);
    const all = await found('/search/', `q=${encodeURIComponent('management review')}&type=${encodeURIComponent('Management review')}&archived=1`);
    expect(all.map((r) => r.id).sort()).toEqual(['MR-2025-Q1', 'MR-2025-Q2', 'MR-2025-Q3', 'MR-2025-Q4', 'MR-2026-Q1', 'MR-2026-Q2', 'MR-2026-Q3']);
  });

  it('leaves closed audit findings out of default results, and shows them on request', async () => {
    // AF-2026-001 is closed, AF-2026-009 open.
    expect((await found('/search/', 'q=AF-2026-001')).map((r) => r.id)).not.toContain('AF-2026-001');
    expect((await found('/search/', 'q=AF-2026-001&archived=1')).map((r) => r.id)).toContain('AF-2026-001');
    expect((await found('/search/', 'q=AF-2026-009')).map((r) => r.id)).toContain('AF-2026-009');
  });

  it('finds no accessibility violations on /search/ with results shown', async () => {
    const { page } = await search('q=complaint');
    expect(await axeViolations(page, { openDetails: false })).toEqual([]);
    await page.close();
  });
});

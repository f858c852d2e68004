/**
 * Browser tests of the site search: the sample is built (with its Pagefind index) and served as
 * in site.test.ts, and the search page is driven in Chromium.
 *  - two-character Chinese queries and English queries find the right SOPs;
 *  - filters narrow the results; retired documents are out of default results;
 *  - the header box works from a document page, which loads no script until the search page;
 *  - Pagefind loads only when a search runs; axe-core finds no violation on /search/.
 */
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

  async function search(query: string): Promise<Found> {
    const watched = await watch(`/search/?${query}`);
    return { ...watched, ...(await results(watched.page)) };
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

  it('finds no accessibility violations on /search/ with results shown', async () => {
    const { page } = await search('q=complaint');
    expect(await axeViolations(page, { openDetails: false })).toEqual([]);
    await page.close();
  });
});

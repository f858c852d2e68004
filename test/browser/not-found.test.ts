/**
 * The 404 page (404.html, which a static host shows for any missing address): it says so in both
 * languages, each with a search box that opens that language's search page, ships no JavaScript,
 * and axe-core finds no violation on it in light, dark and phone layouts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, startSite, type Site } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('the 404 page in Chromium', () => {
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  it('says the page is missing in English and Chinese, with a search in each, and no script', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const response = await page.goto(`${site.url}/404.html`);
    expect(response?.status()).toBe(200); // the file itself; a host serves it with 404 for a missing address
    expect(await page.textContent('section[lang="en"] h1')).toBe('Page not found');
    expect(await page.textContent('section[lang="zh-CN"] h1')).toBe('页面未找到');
    expect(await page.getAttribute('section[lang="en"] form', 'action')).toBe('/search/');
    expect(await page.getAttribute('section[lang="zh-CN"] form', 'action')).toBe('/zh/search/');
    expect(await page.locator('meta[name="robots"][content="noindex"]').count()).toBe(1);
    expect(await page.locator('.language-switch').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    expect(scripts).toEqual([]);
    await page.fill('section[lang="zh-CN"] input[name="q"]', '退款');
    await Promise.all([page.waitForURL(/\/zh\/search\/\?q=/), page.press('section[lang="zh-CN"] input[name="q"]', 'Enter')]);
    await page.waitForFunction(() => /结果/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const ids = await page.$$eval('#search-results .search-result-title .id', (l) => l.map((e) => e.textContent ?? ''));
    expect(ids[0]).toBe('SOP-CS-003');
    await page.close();
  });

  const layouts = [
    { name: 'light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const },
    { name: 'dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const },
    { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  ];
  for (const layout of layouts) {
    it(`finds no accessibility violations on the 404 page (${layout.name})`, async () => {
      const page = await site.browser.newPage({ viewport: layout.viewport });
      await page.emulateMedia({ colorScheme: layout.colorScheme });
      await page.goto(`${site.url}/404.html`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

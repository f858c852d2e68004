/**
 * The complaints page in Chromium: in English and Chinese it ships no script and passes axe-core
 * (light, dark and phone); each promise the complaint policy links to has its section (the policy's
 * version with the links takes effect on 2026-12-06, after the day the browser tests build for; the
 * links themselves are checked against the page's anchors in test/site/views/complaints-page.test.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, startSite, type Site } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('the complaints page in Chromium', () => {
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  async function open(path: string, options: { dark?: boolean; phone?: boolean } = {}): Promise<{ page: Page; scripts: string[] }> {
    const page = await site.browser.newPage({ viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 } });
    if (options.dark) await page.emulateMedia({ colorScheme: 'dark' });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return { page, scripts };
  }

  for (const path of ['/complaints/', '/zh/complaints/']) {
    it(`ships no script and axe finds no violation on ${path}, light, dark and on a phone`, async () => {
      for (const options of [{}, { dark: true }, { phone: true }]) {
        const { page, scripts } = await open(path, options);
        expect(scripts).toEqual([]);
        expect(await axeViolations(page), `${path} ${JSON.stringify(options)}`).toEqual([]);
        await page.close();
      }
    });
  }

  it('has a section per promise under the anchor the complaint policy links to, with a row per branch', async () => {
    for (const path of ['/complaints/', '/zh/complaints/']) {
      const { page } = await open(`${path}#promise-STD-RESP-001`);
      for (const std of ['STD-RESP-001', 'STD-RESP-002', 'STD-EMP-001', 'STD-RESP-003']) {
        expect(await page.locator(`#promise-${std}`).count(), `${path} ${std}`).toBe(1);
        expect(await page.locator(`section[data-standard="${std}"] tbody tr`).count(), `${path} ${std}`).toBe(6);
      }
      await page.close();
    }
  });
});

/**
 * The complaints page in Chromium: in English and Chinese it ships no script and passes axe-core
 * (light, dark and phone); the complaint policy's promises lead to the compliance of each promise on it.
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

  it('leads from each promise of the complaint policy to its compliance on the complaints page', async () => {
    for (const [policy, prefix] of [['/pages/policies/complaint-policy/', ''], ['/zh/pages/policies/complaint-policy/', '/zh']] as const) {
      const { page } = await open(policy);
      const links = page.locator('a[href*="/complaints/#promise-"]');
      expect(await links.count(), policy).toBe(4);
      await links.first().click();
      await page.waitForURL(`**${prefix}/complaints/#promise-STD-RESP-001`);
      expect(await page.locator('#promise-STD-RESP-001').count()).toBe(1);
      expect(await page.locator('section[data-standard="STD-RESP-001"] tbody tr').count()).toBe(6);
      await page.close();
    }
  });
});

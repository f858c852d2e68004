/**
 * Management reviews in Chromium: the list and a quarter's pack in English and Chinese ship no
 * script and pass axe-core (light, dark, phone); the pack shows the review's decisions linked to
 * their actions and objectives, and the quarter in progress says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, startSite, type Site } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('management reviews in Chromium', () => {
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  async function open(path: string, options: { dark?: boolean; phone?: boolean } = {}) {
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

  for (const path of ['/management-reviews/', '/zh/management-reviews/', '/management-reviews/2026-Q3/', '/zh/management-reviews/2026-Q4/']) {
    it(`ships no script and axe finds no violation on ${path}, light, dark and on a phone`, async () => {
      for (const options of [{}, { dark: true }, { phone: true }]) {
        const { page, scripts } = await open(path, options);
        expect(scripts).toEqual([]);
        expect(await axeViolations(page), `${path} ${JSON.stringify(options)}`).toEqual([]);
        await page.close();
      }
    });
  }

  it('shows the 2026-Q3 review\'s decisions with their action and the objective they set, and the previous decisions\' actions', async () => {
    const { page } = await open('/management-reviews/2026-Q3/');
    const record = page.locator('section[aria-labelledby="mr-record"]');
    expect(await record.locator('a', { hasText: 'IA-2026-003' }).getAttribute('href')).toBe('/actions/#IA-2026-003');
    expect(await record.locator('a', { hasText: 'sets KPI-FCR version 2.0' }).getAttribute('href')).toBe('/kpis/KPI-FCR/');
    expect(await page.locator('section[aria-labelledby="mr-previous"]').textContent()).toContain('IA-2026-005');
    expect(await page.locator('.notice').count()).toBe(0);
    await page.close();
  });

  it('shows the complaints and training of the quarter in its pack, and the review that last looked at an SOP on its page', async () => {
    const { page } = await open('/management-reviews/2026-Q3/');
    expect(await page.locator('#mr-causes').count()).toBe(1);
    expect(await page.locator('section[aria-labelledby="mr-training"]').textContent()).toContain('SOP-CS-001 4.0');
    await page.close();
    const sop = await open('/sops/SOP-CS-001/');
    expect(await sop.page.locator('section[aria-labelledby="sop-management-review"] a').first().getAttribute('href')).toBe('/management-reviews/2026-Q3/');
    // What complaints and inspections say about it, with Shenzhen first.
    const evidence = sop.page.locator('section[aria-labelledby="sop-evidence"]');
    expect(await evidence.locator('a[href="/complaints/"]').count()).toBe(1);
    expect(await evidence.textContent()).toContain('Most at: Shenzhen branch');
    await sop.page.close();
  });

  it('says the quarter in progress is in progress, and that its review is not recorded yet', async () => {
    const { page } = await open('/management-reviews/2026-Q4/');
    expect(await page.locator('.notice').textContent()).toContain('still in progress');
    expect(await page.locator('section[aria-labelledby="mr-record"]').textContent()).toContain('No review of this quarter is recorded yet');
    await page.close();
  });
});

/**
 * The risk register in Chromium: the register and a risk's page in English and Chinese ship no
 * script and pass axe-core (light, dark and phone); the heat map puts each risk in the cell of its
 * rating; the risk raised by Shenzhen's first-response warning says so; and the SOP it arises in
 * marks the step on its swimlane and lists it in its risks box.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, startSite, type Site } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('the risk register in Chromium', () => {
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

  for (const path of ['/risks/', '/zh/risks/', '/risks/RISK-001/', '/zh/risks/RISK-009/', '/sops/SOP-CS-001/']) {
    it(`ships no script and axe finds no violation on ${path}, light, dark and on a phone`, async () => {
      for (const options of [{}, { dark: true }, { phone: true }]) {
        const { page, scripts } = await open(path, options);
        expect(scripts).toEqual([]);
        expect(await axeViolations(page), `${path} ${JSON.stringify(options)}`).toEqual([]);
        await page.close();
      }
    });
  }

  it('puts each risk in the heat-map cell of its rating, with the level in words', async () => {
    const { page } = await open('/risks/');
    // RISK-001 with its controls: likelihood 3, severity 4 (score 12, high). Rows run from severity 5 down; columns from likelihood 1.
    const cell = page.locator('table.heat-map').first().locator('tbody tr').nth(5 - 4).locator('td').nth(3 - 1);
    expect(await cell.locator('a', { hasText: 'RISK-001' }).count()).toBe(1);
    expect(await cell.locator('.heat-level').textContent()).toBe('High');
    // Before controls it sat at likelihood 4, severity 4.
    const before = page.locator('table.heat-map').nth(1).locator('tbody tr').nth(5 - 4).locator('td').nth(4 - 1);
    expect(await before.locator('a', { hasText: 'RISK-001' }).count()).toBe(1);
    await page.close();
  });

  it('says which risks the KPIs that watch them have raised', async () => {
    const { page } = await open('/risks/');
    const raised = page.locator('section[aria-labelledby="risks-raised"]');
    expect(await raised.textContent()).toMatch(/RISK-001[\s\S]*KPI-FR-SLA at Shenzhen branch: signal in 2026-\d\d, off target now/);
    const zh = await open('/zh/risks/');
    expect(await zh.page.locator('section[aria-labelledby="risks-raised"]').textContent()).toMatch(/KPI-FR-SLA（深圳分店）：2026-\d\d 出现信号/);
    await page.close();
    await zh.page.close();
  });

  it('marks the step where a risk arises on the SOP\'s swimlane and lists it in the risks box', async () => {
    const { page } = await open('/sops/SOP-CS-001/');
    const step = page.locator('#swimlane-S2');
    expect(await step.getAttribute('class')).toContain('step-risk');
    expect(await step.locator('.step-risks a', { hasText: 'RISK-001' }).getAttribute('href')).toBe('/risks/RISK-001/');
    const box = page.locator('section.sop-risks');
    expect(await box.locator('a', { hasText: 'RISK-001' }).count()).toBe(1);
    expect(await box.textContent()).toContain('arises at step S2');
    // A step without a risk is not marked.
    expect(await page.locator('#swimlane-S5').getAttribute('class')).not.toContain('step-risk');
    await page.close();
  });
});

/**
 * A unit's page and its scorecard in Chromium: what the quality records say about the unit (open
 * audit findings, risks that arise there, daily inspections, mystery-shopper visits), in English
 * and Chinese, with no script, no axe-core violation (light, dark, phone) and no sideways scrolling
 * on a phone; the unit scorecard shows its open findings as a separate, labelled input. The sample
 * is built for 2026-11-22: Shenzhen's major finding AF-2026-009 (late first responses, IA-2026-003)
 * is open, and RISK-001 (late first responses when short of agents) is raised there by KPI-FR-SLA.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, startSite, type Site } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('unit pages and unit scorecards in Chromium', () => {
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

  const languages = [
    { prefix: '', major: 'Major', raised: 'Yes' },
    { prefix: '/zh', major: '严重不符合', raised: '是' },
  ];

  for (const l of languages) {
    it(`shows Shenzhen's open findings, risks, inspections and mystery-shop visits on ${l.prefix}/units/br-shenzhen/`, async () => {
      const { page } = await open(`${l.prefix}/units/br-shenzhen/`);
      // Open findings: the major one on late first responses, with its action and PDCA stage.
      const finding = page.locator('table.unit-findings tbody tr', { has: page.locator('a[href$="/findings/AF-2026-009/"]') });
      expect(await finding.count()).toBe(1);
      const cells = await finding.locator('td').allInnerTexts();
      expect(cells[0]).toBe(l.major);
      expect(cells[1]).toBe('SOP-CS-001');
      expect(cells[3]).toContain('IA-2026-003');
      // Risks: RISK-001 is raised here by KPI-FR-SLA, said in words.
      const risk = page.locator('table.unit-risks tbody tr', { has: page.locator('a[href$="/risks/RISK-001/"]') });
      expect(await risk.getAttribute('data-raised')).toBe('yes');
      const raised = await risk.locator('td').last().innerText();
      expect(raised).toContain(l.raised);
      expect(raised).toContain('KPI-FR-SLA');
      expect(await page.locator('table.unit-risks tbody tr[data-raised="yes"]').count()).toBeGreaterThan(0);
      // Daily inspections: the last three months, each with a completion rate or "no record".
      expect(await page.locator('table.unit-inspections tbody tr').count()).toBe(3);
      expect(await page.locator('table.unit-failing tbody tr').count()).toBeGreaterThan(0);
      // Mystery shop: one row per quarter with visits, the latest 2026-Q3.
      const quarters = await page.locator('table.unit-visits tbody th').allInnerTexts();
      expect(quarters.length).toBeGreaterThan(1);
      expect(quarters.at(-1)).toMatch(/2026/);
      await page.close();
    });

    it(`passes axe and ships no script on ${l.prefix}/units/br-shenzhen/, light, dark and on a phone, without sideways scrolling`, async () => {
      for (const options of [{}, { dark: true }, { phone: true }]) {
        const { page, scripts } = await open(`${l.prefix}/units/br-shenzhen/`, options);
        expect(scripts).toEqual([]);
        expect(await axeViolations(page), JSON.stringify(options)).toEqual([]);
        if (options.phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await page.close();
      }
    });

    it(`shows the open findings on the unit scorecard as a separate input, ${l.prefix}/scorecards/units/br-shenzhen/`, async () => {
      const { page, scripts } = await open(`${l.prefix}/scorecards/units/br-shenzhen/`);
      expect(scripts).toEqual([]);
      const row = page.locator('table.open-findings tbody tr[data-grade="major"]', { has: page.locator('a[href$="/findings/AF-2026-009/"]') });
      expect(await row.count()).toBe(1);
      expect(await row.locator('td').first().innerText()).toBe(l.major);
      // The section comes before the KPI table and says that it changes no status.
      const order = await page.evaluate(() => {
        const findings = document.getElementById('open-findings');
        const kpis = document.getElementById('kpis');
        return findings && kpis ? findings.compareDocumentPosition(kpis) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('lists the units with open findings on the scorecard of the period, in both languages, linked to their own', async () => {
    for (const prefix of ['', '/zh']) {
      const { page } = await open(`${prefix}/scorecards/`);
      const item = page.locator('#period-findings ~ ul.period-findings li[data-unit="br-shenzhen"]');
      expect(await item.count()).toBe(1);
      expect(await item.locator('a').getAttribute('href')).toBe(`${prefix}/scorecards/units/br-shenzhen/#open-findings`);
      expect(await item.locator('strong').count()).toBe(1); // a major finding is open there
      await page.close();
    }
  });

  it('shows a region the findings open in its branches on its scorecard, each naming its branch', async () => {
    const { page } = await open('/scorecards/units/region-south/');
    const row = page.locator('table.open-findings tbody tr', { has: page.locator('a[href$="/findings/AF-2026-009/"]') });
    expect(await row.count()).toBe(1);
    expect(await row.locator('a[href$="/units/br-shenzhen/"]').count()).toBe(1);
    await page.close();
  });

  it('shows a unit without records the empty sentences, not empty tables', async () => {
    const { page } = await open('/units/dept-people/');
    expect(await page.locator('#unit-findings').count()).toBe(1);
    expect(await page.locator('table.unit-findings').count()).toBe(0);
    expect(await page.locator('table.unit-inspections').count()).toBe(0);
    expect(await page.locator('table.unit-visits').count()).toBe(0);
    await page.close();
  });
});

/**
 * Browser tests of the training pages on the built sample (evaluated on 2026-11-22), in both
 * languages: the training matrix as a table with row and column headers, the retraining campaigns
 * with the state of their version (SOP-CS-001 4.0 waiting for retraining, 3 of 6 branches
 * complete), the SOP page's retraining box and the unit page's certification coverage; axe-core
 * finds no violations. What only a browser shows: the pages as rendered, their accessibility.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, sampleSiteForTests } from './site.ts';

const available = browserAvailable();
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(!available.run)('training pages in Chromium', () => {
  const { open } = sampleSiteForTests();

  const cases = [
    { lang: 'en', prefix: '', heading: 'Training matrix', agent: 'Service agent', assessed: 'Assessed', waiting: 'Version 4.0 approved, effective 15 Jan 2027, waiting for retraining: 3 of 6 units complete.', short: 'Short', coverage: 'Certification coverage' },
    { lang: 'zh-CN', prefix: '/zh', heading: '培训矩阵', agent: '客服专员', assessed: '考核', waiting: '4.0 版已批准，2027年1月15日生效，等待再培训：6 个单位中 3 个已完成。', short: '未达标', coverage: '认证覆盖率' },
  ];

  for (const c of cases) {
    it(`${c.lang}: /training/ shows the matrix, the campaigns and the coverage, with no axe violations`, async () => {
      const page = await open(`${c.prefix}/training/`);
      expect(await page.getAttribute('html', 'lang')).toBe(c.lang);
      expect(text(await page.locator('h1').textContent())).toBe(c.heading);
      // The matrix: a row per role (row header), a column per SOP in force; SOP-CS-001 assessed for service agents.
      const matrix = page.locator('table.training-matrix');
      const columns = await matrix.locator('thead th').allTextContents();
      const column = columns.findIndex((h) => h.includes('SOP-CS-001'));
      expect(column).toBeGreaterThan(0);
      const row = matrix.locator('tbody tr', { has: page.locator(`th[scope="row"]:text-is("${c.agent}")`) });
      expect(text(await row.locator('td').nth(column - 1).textContent())).toBe(c.assessed);
      // The campaign on SOP-CS-001 4.0: waiting, Shenzhen short.
      const body = text(await page.locator('main').textContent());
      expect(body).toContain(c.waiting);
      const shenzhen = page.locator('table.campaign-units tr', { has: page.locator('a[href$="/units/br-shenzhen/"]') }).first();
      expect(text(await shenzhen.textContent())).toContain(c.short);
      expect(body).toContain(c.coverage);
      expect(await axeViolations(page)).toEqual([]);
      // On a phone the wide matrix scrolls inside its box; the page itself does not scroll sideways.
      await page.setViewportSize({ width: 390, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await page.close();
    });

    it(`${c.lang}: the SOP page has its retraining box and the unit page its coverage`, async () => {
      const sop = await open(`${c.prefix}/sops/SOP-CS-001/`);
      const box = sop.locator('section.training-box');
      expect(await box.isVisible()).toBe(true);
      expect(text(await box.textContent())).toContain(c.waiting);
      expect(await axeViolations(sop)).toEqual([]);
      await sop.close();
      const unit = await open(`${c.prefix}/units/br-shenzhen/`);
      const coverage = unit.locator('section[aria-labelledby="unit-coverage"]');
      // Shenzhen 2026-Q3: 24 of 32 agents and team leaders certified.
      expect(text(await coverage.textContent())).toMatch(/75/);
      expect(await coverage.locator('tbody tr').count()).toBe(3);
      expect(await axeViolations(unit)).toEqual([]);
      await unit.close();
    });
  }
});

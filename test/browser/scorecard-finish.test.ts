/**
 * The scorecard's finish in Chromium on the built sample: the sentence that names the units needing
 * attention and why (both languages), the grid's KPI headers kept in view while its rows scroll,
 * and charts drawn in the ink of the colour scheme (light, dark) and in dark ink for print.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, sampleSiteForTests } from './site.ts';

const available = browserAvailable();
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(!available.run)('the scorecard finish in Chromium', () => {
  const { open } = sampleSiteForTests();

  for (const c of [
    { prefix: '', lead: 'Needs attention:', shenzhen: 'Shenzhen branch', csat: 'off target: 79.36%, target at least 85%' },
    { prefix: '/zh', lead: '需要关注：', shenzhen: '深圳分店', csat: '未达标：79.36%，目标 不低于 85%' },
  ]) {
    it(`${c.prefix}/scorecards/: names Shenzhen first, with its KPIs off target, values and targets`, async () => {
      const page = await open(`${c.prefix}/scorecards/2026-10/`);
      const box = page.locator('.sc-attention');
      expect(text(await box.locator('.sc-attention-lead').textContent())).toBe(c.lead);
      const first = text(await box.locator('li').first().textContent());
      expect(first.startsWith(c.shenzhen)).toBe(true);
      expect(first).toContain(c.csat);
      expect(await box.locator('li').first().locator('a[href$="/kpis/KPI-FR-SLA/"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('keeps the KPI headers in view while the grid rows scroll', async () => {
    const page = await open('/scorecards/2026-10/', { height: 420 });
    const scroller = page.locator('.sc-scroll').first();
    await scroller.scrollIntoViewIfNeeded();
    const box = (await scroller.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(420);
    const lastRow = page.locator('.sc-grid tbody tr').last();
    const rowBefore = (await lastRow.boundingBox())!;
    await scroller.evaluate((el) => (el.scrollTop = 200));
    const after = (await page.locator('.sc-grid thead').boundingBox())!;
    const rowAfter = (await lastRow.boundingBox())!;
    // The rows moved up by 200 px; the headers stand at the top of the box (below its border).
    expect(Math.round(rowBefore.y - rowAfter.y)).toBe(200);
    expect(Math.abs(after.y - box.y)).toBeLessThan(3);
    await page.close();
  });

  it('draws charts in light ink, in dark ink on a dark page, and in light-page ink for print', async () => {
    const light = await open('/kpis/KPI-CSAT/');
    await light.waitForSelector('canvas[data-chart-ready="true"]');
    expect(await light.locator('canvas[data-chart]').evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).dataset['chartInk']))).not.toContain('dark');
    await light.close();
    const dark = await open('/kpis/KPI-CSAT/', { colorScheme: 'dark' });
    await dark.waitForSelector('canvas[data-chart-ready="true"]');
    const inks = await dark.locator('canvas[data-chart]').evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).dataset['chartInk']));
    expect(inks.length).toBeGreaterThan(0);
    expect(new Set(inks)).toEqual(new Set(['dark']));
    // The chart panel is not a white box on the dark page.
    expect(await dark.locator('.chart-canvas').first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await dark.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await dark.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].every((c) => c.dataset['chartInk'] === 'light'));
    await dark.close();
  });
});

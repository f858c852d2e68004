/**
 * The swimlane diagram in Chromium: at desk (1280 px) and phone (390 px) width and in print, it
 * fits its container, shows every step's whole text (nothing cut off, clipped or shrunk below
 * 14 px on screen, 8 pt on paper), and the page ships no script for it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getHandbook } from '../../src/site/stores/handbook.ts';
import { browserAvailable, startSite, type Site } from './site.ts';

const available = browserAvailable();

/** What the swimlane looks like in the page: its size against its container, and every text that overflows or is small. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const lane = document.querySelector<HTMLElement>('.swimlane')!;
    const container = lane.parentElement!;
    const problems: string[] = [];
    let smallest = Infinity;
    for (const el of lane.querySelectorAll<HTMLElement>('p, li, span, a')) {
      if (el.getClientRects().length === 0) continue; // hidden (the role name in a lane, said by the lane's heading)
      const style = getComputedStyle(el);
      if (style.position === 'absolute') continue; // visually hidden text for screen readers
      const size = parseFloat(style.fontSize);
      if (el.textContent!.trim()) smallest = Math.min(smallest, size);
      if (el.scrollWidth > el.clientWidth + 1 && style.display !== 'inline') problems.push(`overflows sideways: ${el.className} “${el.textContent!.slice(0, 40)}”`);
      if (el.scrollHeight > el.clientHeight + 1 && style.display !== 'inline') problems.push(`clipped: ${el.className} “${el.textContent!.slice(0, 40)}”`);
      if (style.textOverflow === 'ellipsis' || /…$/.test(el.textContent!.trim())) problems.push(`shortened: “${el.textContent!.slice(0, 40)}”`);
    }
    const box = lane.getBoundingClientRect();
    const inner = container.getBoundingClientRect();
    return {
      fits: box.left >= inner.left - 0.5 && box.right <= inner.right + 0.5 && lane.scrollWidth <= lane.clientWidth + 1,
      pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
      smallest,
      problems,
      actions: [...lane.querySelectorAll('.step-action')].map((e) => e.textContent),
      lanesSideBySide: getComputedStyle(lane).display === 'grid',
    };
  });
}

describe.skipIf(!available.run)('the SOP swimlane diagram in Chromium', () => {
  let site: Site;
  const { handbook } = getHandbook();

  beforeAll(async () => {
    site = await startSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  // The sample's SOPs with the most lanes (SOP-OP-001: 5) and the longest step (SOP-DC-001), and a Chinese one.
  const cases = [
    ['/sops/SOP-CS-001/', 'SOP-CS-001'],
    ['/sops/SOP-OP-001/', 'SOP-OP-001'],
    ['/sops/SOP-DC-001/', 'SOP-DC-001'],
    ['/zh/sops/SOP-CS-003/', 'SOP-CS-003'],
  ] as const;
  for (const [width, height, sideBySide] of [
    [1280, 900, true],
    [390, 844, false],
  ] as const) {
    for (const [path, id] of cases) {
      it(`fits ${path} at ${width} px with every step's whole text at 14 px or more`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height } });
        await page.goto(site.url + path);
        const m = await measure(page);
        expect(m.problems).toEqual([]);
        expect(m.fits).toBe(true);
        expect(m.pageScrollsSideways).toBe(false);
        expect(m.smallest).toBeGreaterThanOrEqual(14);
        expect(m.lanesSideBySide).toBe(sideBySide);
        const sop = handbook.sops.get(id)!;
        if (!path.startsWith('/zh/') || sop.lang === 'zh-CN') expect(m.actions).toEqual(sop.steps.map((s) => s.action));
        expect(await page.locator('script').count()).toBe(0);
        await page.close();
      });
    }
  }

  it('prints lanes side by side at the width of the page, at 8 pt or more', async () => {
    const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 } }); // A4 at 96 dpi
    await page.goto(`${site.url}/sops/SOP-OP-001/`);
    await page.emulateMedia({ media: 'print' });
    const m = await measure(page);
    expect(m.problems).toEqual([]);
    expect(m.fits).toBe(true);
    expect(m.lanesSideBySide).toBe(true);
    expect(m.smallest).toBeGreaterThanOrEqual((8 * 96) / 72);
    await page.close();
  });

  it('links a branch to the step it leads to', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/sops/SOP-CS-001/`);
    const links = await page.$$eval('.swimlane .step-exits a', (l) => l.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(await page.locator(href!).count(), href!).toBe(1);
    await page.close();
  });
});

/**
 * Browser tests of "changed since approval" on the built sample: SOP-CS-004's step S1 was edited
 * from 10 to 15 minutes after its approvers signed version 1.3 (both texts are commits of the
 * repository). Its page carries the badge next to its status, in English and Chinese, and the badge
 * leads to what changed compared with the signed text from Git history; every list of SOPs marks
 * it too, linking to the same place; axe-core finds no violations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, sampleSiteForTests } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('changed since approval in Chromium', () => {
  const { open } = sampleSiteForTests();

  const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.replace(/\s+/g, ' ').trim();

  const cases = [
    { lang: 'en', prefix: '', badge: 'Changed since approval', heading: 'What changed since version 1.3 was approved', approved: 'Approved', now: 'Now', status: 'Effective' },
    { lang: 'zh-CN', prefix: '/zh', badge: '批准后已更改', heading: '版本 1.3 批准后的更改', approved: '批准时', now: '现在', status: '生效' },
  ];

  for (const c of cases) {
    it(`${c.lang}: SOP-CS-004's badge next to its status leads to the steps changed since approval`, async () => {
      const page = await open(`${c.prefix}/sops/SOP-CS-004/`);
      const kicker = page.locator('header .doc-kicker');
      expect((await kicker.textContent())?.replace(/\s+/g, ' ')).toContain(c.status);
      const badge = kicker.locator('[data-changed-since-approval]');
      expect(await badge.isVisible()).toBe(true);
      expect(await badge.textContent()).toBe(c.badge);
      await badge.click();
      await page.waitForURL(new RegExp(`${c.prefix}/sops/SOP-CS-004/#changed-since-approval$`));
      const heading = page.locator('#changed-since-approval');
      expect(await heading.textContent()).toBe(c.heading);
      const section = page.locator('section:has(#changed-since-approval)');
      // The signed text is found in Git history: S1's time limit was 10 min when approved, 15 min now.
      expect(await section.locator('[data-since-approval-source]').count()).toBe(1);
      expect(await section.locator('thead th').allTextContents()).toEqual(expect.arrayContaining([c.approved, c.now]));
      const rows = section.locator('table[data-diff="steps"] tbody tr');
      expect(await rows.count()).toBe(1);
      expect((await rows.first().textContent())?.replace(/\s+/g, ' ')).toMatch(/S1.*10 min.*15 min/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('every list of SOPs marks SOP-CS-004, and only it, linking to what changed', async () => {
    for (const path of ['/sops/', '/zh/sops/', '/', '/zh/', '/reviews/', '/zh/reviews/', '/units/region-east/', '/standards/STD-TAN-001/', '/kpis/KPI-MSS/']) {
      const page = await open(path);
      const badges = page.locator('[data-changed-since-approval]');
      expect(await badges.count(), path).toBeGreaterThan(0);
      const hrefs = new Set(await badges.evaluateAll((els) => els.map((e) => e.getAttribute('href'))));
      const prefix = path.startsWith('/zh/') ? '/zh' : '';
      expect([...hrefs], path).toEqual([`${prefix}/sops/SOP-CS-004/#changed-since-approval`]);
      await page.close();
    }
  }, 120_000); // nine pages, one after the other: more than 30 s on a loaded machine

  it('an SOP whose text is the one signed has no badge (only its list of related SOPs marks SOP-CS-004)', async () => {
    const page = await open('/sops/SOP-CS-002/');
    expect(await page.locator('header [data-changed-since-approval]').count()).toBe(0);
    const hrefs = await page.locator('[data-changed-since-approval]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(['/sops/SOP-CS-004/#changed-since-approval']));
    expect(await page.locator('#changed-since-approval').count()).toBe(0);
    expect(await text(page, 'header .doc-kicker')).toContain('Effective');
    await page.close();
  });
});

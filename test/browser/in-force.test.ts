/**
 * Browser tests of the version in force on the built sample (evaluated on 2026-11-22, while the
 * sample's SOP-CS-001 file holds a version approved to take effect later): the SOP's page shows
 * the version in force with a notice of the upcoming version in both languages, the notice leads
 * to the upcoming version's page, which is marked not in force and shows what changes, and
 * axe-core finds no violations on it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/core/load.ts';
import { axeViolations } from './axe.ts';
import { browserAvailable, ROOT, sampleSiteForTests, TODAY } from './site.ts';

const available = browserAvailable();
const { handbook } = loadHandbook(ROOT, { today: TODAY });
// The sample's scheduled change: a version approved with an effective date after the day the sample is evaluated.
const scheduled = [...handbook.sops.values()].find((s) => s.status === 'effective' && s.effective !== undefined && s.effective > TODAY);

describe.skipIf(!available.run)('the version in force in Chromium', () => {
  const { open } = sampleSiteForTests();

  it('the sample has a version approved for a later date', () => {
    expect(scheduled?.id).toBe('SOP-CS-001');
    expect([scheduled?.version, scheduled?.effective]).toEqual(['4.0', '2027-01-15']);
  });

  const cases = [
    { lang: 'en', prefix: '', notice: 'Version 4.0 approved, effective 15 Jan 2027, waiting for retraining: 3 of 6 units complete. Until then this version is in force.', link: 'See what changes', upcoming: 'Not in force yet: do not work to this text.', version: 'Version' },
    { lang: 'zh-CN', prefix: '/zh', notice: '版本 4.0 已批准，2027年1月15日 生效，等待再培训：6 个单位中 3 个已完成。在此之前，本版本为现行版本。', link: '查看变更内容', upcoming: '尚未生效：请勿按此文本执行。', version: '版本' },
  ];

  for (const c of cases) {
    it(`${c.lang}: the SOP shows version 3.1, in force, with a notice of 4.0 that leads to what changes`, async () => {
      const page = await open(`${c.prefix}/sops/SOP-CS-001/`);
      const notice = page.locator('.version-notice');
      expect(await notice.isVisible()).toBe(true);
      expect((await notice.textContent())?.replace(/\s+/g, ' ')).toContain(c.notice);
      // The procedure shown is the one in force: version 3.1, first response within 30 minutes.
      expect(await page.locator(`dl.meta dt:text-is("${c.version}") + dd`).first().textContent()).toBe('3.1');
      expect(await page.locator('section:has(#sop-procedure) tr:has(th:text-is("S2"))').first().textContent()).toContain('30 min');
      await notice.getByRole('link', { name: c.link }).click();
      await page.waitForURL(new RegExp(`${c.prefix}/sops/SOP-CS-001/upcoming/$`));
      expect(await page.getAttribute('html', 'lang')).toBe(c.lang);
      expect((await page.locator('header .notice').textContent())?.replace(/\s+/g, ' ')).toContain(c.upcoming);
      const change = page.locator('table[data-diff="steps"] tbody tr').first();
      expect((await change.textContent())?.replace(/\s+/g, ' ')).toMatch(/S2.*30 min.*20 min/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('the SOP lists and the review schedule show the version scheduled', async () => {
    const page = await open('/reviews/');
    const row = page.locator('table[data-scheduled-changes] tr:has(a:text-is("SOP-CS-001"))');
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toMatch(/3\.1.*4\.0.*15 Jan 2027/);
    await page.close();
    const home = await open('/zh/');
    expect(await home.locator('[data-upcoming-badge]').first().textContent()).toBe('4.0 自 2027年1月15日 起，等待再培训（6 个单位中 3 个已完成）');
    await home.close();
  });
});

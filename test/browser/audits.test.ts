/**
 * The audit pages of the sample in Chromium: the calendar, an audit, the finding register with its
 * heat map, a finding and the SOP page's audit box, in English and Chinese; no script on them; the
 * heat map says its counts in words (the colour only repeats the most serious grade); axe-core finds
 * no violation (light, dark and phone layouts for the register, whose cells are coloured).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, sampleSiteForTests } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('the audit pages in Chromium', () => {
  const site = sampleSiteForTests();

  it('shows the 2026 calendar with planned and done counts per month, in both languages, without scripts', async () => {
    const page = await site.open('/audits/');
    expect(await page.locator('script').count()).toBe(0);
    const october = page.locator('table.audit-calendar tbody tr', { hasText: 'October 2026' });
    expect(await october.locator('td').nth(0).textContent()).toBe('2');
    expect(await october.locator('td').nth(1).textContent()).toBe('2');
    expect(await october.textContent()).toContain('AU-2026-012');
    expect(await page.textContent('main')).toContain('Every high-risk SOP is audited at least twice.');
    await page.close();
    const zh = await site.open('/zh/audits/');
    expect(await zh.locator('table.audit-calendar tbody tr', { hasText: '2026年12月' }).locator('td').nth(0).textContent()).toBe('4');
    await zh.close();
  });

  it('lists the Shenzhen major finding with its action\'s stage, marks the repeat, and writes the heat map in words', async () => {
    const page = await site.open('/findings/');
    const row = page.locator('tr#AF-2026-009');
    expect(await row.textContent()).toContain('Repeat of AF-2026-003');
    expect(await row.textContent()).toContain('IA-2026-003 (Plan)');
    const shenzhen = await page.$$eval('table.heat-map tbody tr', (rows) =>
      rows.map((r) => [r.querySelector('th')?.textContent?.trim(), r.querySelector('td:last-child')?.textContent?.trim(), r.querySelector('td:last-child')?.className]),
    );
    expect(shenzhen).toContainEqual(['Customer service', '3 (1 major, 2 obs.)', 'heat heat-major']);
    await page.close();
  });

  it('shows on the SOP page when it was last audited and its open findings', async () => {
    for (const [path, text] of [['/sops/SOP-CS-001/', 'AU-2026-012'], ['/zh/sops/SOP-CS-001/', '2026年10月20日']] as const) {
      const page = await site.open(path);
      const box = page.locator('section.audit-box');
      expect(await box.textContent()).toContain(text);
      expect(await box.locator('li').count()).toBe(3);
      await page.close();
    }
  });

  for (const path of ['/audits/', '/zh/audits/', '/audits/AU-2026-012/', '/zh/findings/AF-2026-009/', '/zh/findings/']) {
    it(`finds no accessibility violations on ${path}`, async () => {
      const page = await site.open(path);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  for (const layout of [
    { name: 'dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const },
    { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  ]) {
    it(`finds no accessibility violations on the finding register (${layout.name})`, async () => {
      const page = await site.open('/findings/');
      await page.setViewportSize(layout.viewport);
      await page.emulateMedia({ colorScheme: layout.colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe.skipIf(!available.run)('the inspections page in Chromium', () => {
  const site = sampleSiteForTests();

  it('shows Shenzhen\'s repeated failures without an action before October, and its Q3 mystery-shop score', async () => {
    const page = await site.open('/inspections/');
    expect(await page.locator('script').count()).toBe(0);
    const repeated = await page.$$eval('#repeated + ul li', (l) => l.map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    expect(repeated.filter((r) => r.includes('no action'))).toHaveLength(5);
    expect(repeated.filter((r) => r.includes('IA-2026-003'))).toHaveLength(2);
    const shenzhen = page.locator('table.mystery-shop tbody tr', { hasText: 'Shenzhen' });
    expect(await shenzhen.locator('td').nth(2).textContent()).toContain('81.3 (3 visits)');
    await page.close();
  });

  for (const path of ['/inspections/', '/zh/inspections/']) {
    it(`finds no accessibility violations on ${path}`, async () => {
      const page = await site.open(path);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

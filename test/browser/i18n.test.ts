/**
 * Browser tests of the two interface languages on the built sample:
 *  - the language switch goes between the same page in English and in Chinese, keeping `lang` right;
 *  - a reader of the Chinese interface stays in it: home → SOP list → SOP by navigation, and every
 *    internal link of a Chinese page leads to a Chinese page (or a download);
 *  - a translated SOP shows its Chinese words, an untranslated one its original with a notice, an
 *    outdated translation says so and links to the original;
 *  - dates are written the Chinese way; Chinese search results link to Chinese pages;
 *  - axe-core finds no violations on the Chinese pages of each type.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/core/load.ts';
import { sopInLocale } from '../../src/core/model/localize.ts';
import { axeViolations } from './axe.ts';
import { browserAvailable, ROOT, sampleSiteForTests, TODAY } from './site.ts';

const available = browserAvailable();

const { handbook } = loadHandbook(ROOT, { today: TODAY });
const sops = [...handbook.sops.values()];
const zhView = (id: string) => sopInLocale(handbook, handbook.sops.get(id)!, 'zh-CN');
// An SOP whose file is the version in force (not one approved for a later date, whose page shows the version before it).
const translated = sops.find((s) => s.lang === 'en' && s.status === 'effective' && s.effective! <= TODAY && sopInLocale(handbook, s, 'zh-CN').state === 'translated');
const untranslated = sops.find((s) => s.lang === 'en' && sopInLocale(handbook, s, 'zh-CN').state === 'missing');
const outdated = sops.find((s) => sopInLocale(handbook, s, 'zh-CN').state === 'outdated' || sopInLocale(handbook, s, 'en').state === 'outdated');

describe.skipIf(!available.run)('two interface languages in Chromium', () => {
  const { open } = sampleSiteForTests();

  const pathOf = (page: Page) => new URL(page.url()).pathname;

  it('the language switch goes to the same page in the other language and back', async () => {
    const page = await open('/sops/SOP-CS-001/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('nav.language-switch a[hreflang="zh-CN"]').click();
    await page.waitForURL(/\/zh\/sops\/SOP-CS-001\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('nav.site-nav').textContent()).toContain('程序文件');
    expect(await page.locator('.skip-link').textContent()).toBe('跳到正文');
    await page.locator('nav.language-switch a[hreflang="en"]').click();
    await page.waitForURL(/\/sops\/SOP-CS-001\/$/);
    expect(pathOf(page)).toBe('/sops/SOP-CS-001/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('a Chinese reader goes from the home page to an SOP by navigation without leaving Chinese', async () => {
    const page = await open('/zh/');
    await page.locator('nav.site-nav .site-nav-wide a', { hasText: '程序文件' }).click();
    await page.waitForURL(/\/zh\/sops\/$/);
    await page.locator(`main a[href$="/sops/${translated!.id}/"]`).first().click();
    await page.waitForURL(new RegExp(`/zh/sops/${translated!.id}/$`));
    expect(await page.locator('h1').textContent()).toContain(zhView(translated!.id).title);
    await page.close();
  });

  for (const path of ['/zh/', '/zh/sops/', '/zh/sops/SOP-CS-001/', '/zh/standards/', '/zh/kpis/', '/zh/units/', '/zh/scorecards/', '/zh/traceability/', '/zh/reviews/', '/zh/actions/']) {
    it(`keeps every internal link of ${path} in the Chinese interface`, async () => {
      const page = await open(path);
      const hrefs = await page.$$eval('a[href]:not([hreflang])', (links) => links.map((a) => (a as HTMLAnchorElement).href));
      const own = hrefs.map((h) => new URL(h)).filter((u) => u.origin === new URL(page.url()).origin);
      expect(own.length).toBeGreaterThan(3);
      const outside = own.map((u) => u.pathname).filter((p) => !p.startsWith('/zh/') && !p.startsWith('/exports/') && !p.startsWith('/pagefind/'));
      expect(outside).toEqual([]);
      await page.close();
    });
  }

  it('shows a translated SOP in Chinese, with its procedure from the original', async () => {
    expect(translated, 'the sample has a current Chinese translation of an English SOP').toBeDefined();
    const view = zhView(translated!.id);
    const page = await open(`/zh/sops/${translated!.id}/`);
    expect(await page.locator('h1').textContent()).toBe(view.title);
    expect(await page.locator('h1').getAttribute('lang')).toBeNull();
    expect(await page.locator('[data-translation-state="translated"]').count()).toBe(1);
    // Every step is there, with the translated words where there are some.
    const rows = await page.$$eval('table.steps tbody tr', (trs) => trs.map((tr) => tr.id));
    expect(rows).toEqual(translated!.steps.map((s) => `step-${s.id}`));
    expect(await page.locator('table.steps tbody tr').first().locator('.col-action').textContent()).toBe(view.steps[0]!.action);
    // Dates the Chinese way, machine-readable dates unchanged.
    const effective = page.locator(`time[datetime="${translated!.effective}"]`).first();
    expect(await effective.textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await page.close();
  });

  it('shows an untranslated SOP in its original language, marked so, with a notice', async () => {
    expect(untranslated, 'the sample has an English SOP without a Chinese translation').toBeDefined();
    const page = await open(`/zh/sops/${untranslated!.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('[data-translation-state="missing"]').textContent()).toContain('尚无中文译本');
    expect(await page.locator('h1').textContent()).toBe(untranslated!.title);
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    expect(await page.locator('.prose').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('says when a translation was made from an older version, and links to the original', async () => {
    expect(outdated, 'the sample has one outdated translation').toBeDefined();
    const zh = sopInLocale(handbook, outdated!, 'zh-CN').state === 'outdated';
    const page = await open(zh ? `/zh/sops/${outdated!.id}/` : `/sops/${outdated!.id}/`);
    const notice = page.locator('[data-translation-state="outdated"]');
    expect(await notice.textContent()).toContain(outdated!.version);
    await notice.locator('a').click();
    await page.waitForURL(new RegExp(`/sops/${outdated!.id}/$`));
    expect(await page.locator('[data-translation-state]').count()).toBe(0);
    await page.close();
  });

  it('lists Chinese search results with links to Chinese pages', async () => {
    const page = await open(`/zh/search/?q=${encodeURIComponent('投诉')}`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li a').length > 0, undefined, { timeout: 15_000 });
    const links = await page.$$eval('#search-results li a', (l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const p of links) expect(p).toMatch(/^\/zh\//);
    expect(links).toContain('/zh/sops/SOP-CS-001/');
    await page.close();
  });

  describe('accessibility of the Chinese pages (axe-core)', () => {
    for (const path of ['/zh/', '/zh/sops/SOP-CS-001/', `/zh/sops/${untranslated?.id ?? 'SOP-CS-001'}/`, '/zh/standards/', '/zh/kpis/KPI-CSAT/', '/zh/units/', '/zh/scorecards/', '/zh/pages/policies/quality-policy/', '/zh/search/']) {
      it(`finds no violations on ${path}`, async () => {
        const page = await open(path);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  });
});

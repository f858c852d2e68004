/**
 * Pages at wiki scale in Chromium (issue 19), on a handbook built under a base path
 * (SQMS_BASE=/handbook) in both interface languages: the tree of pages on /pages/ opens and closes
 * folders from the keyboard and passes axe; an image and an attachment next to a page load from
 * /files/…; a page in Japanese carries its language on its text (the page's own `lang` stays the
 * interface's) and a Japanese word from it finds it from the English and the Chinese search page.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { buildHandbook, freshOutDir } from './build.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { browserAvailable, CHROMIUM, ROOT } from './site.ts';

const available = browserAvailable();
if (!available.run) console.warn(available.reason);

const BASE = '/handbook';
const CHART = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40"><rect width="120" height="40" rx="6" fill="#0f5e6b"/><text x="60" y="25" fill="#fff" font-size="14" text-anchor="middle">Team</text></svg>\n';
const JAPANESE = '---\nlang: ja\ntitle: 有給休暇の申請\n---\n\n有給休暇を取得するときは、取得日の三日前までに上長へ申請書を提出してください。急な病気の場合は、当日の始業前に電話で連絡してください。\n';


describe.skipIf(!available.run)('pages, assets and languages at wiki scale, in Chromium', () => {
  let work: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    work = await freshOutDir();
    const root = join(work, 'handbook');
    cpSync(join(ROOT, 'test/fixtures/valid'), root, { recursive: true });
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('content/team/index.md', '# Our team\n\n![Organisation chart](./org-chart.svg)\n\nAsk for [the leave form](forms/leave.pdf).\n');
    write('content/team/org-chart.svg', CHART);
    write('content/team/forms/leave.pdf', '%PDF-1.4\n%%EOF\n');
    write('content/team/onboarding.md', '# Onboarding\n\nThe chart again: ![chart](org-chart.svg)\n');
    write('content/team/deep/nested.md', '# A nested page\n\nText.\n');
    write('content/jinji/yukyu.md', JAPANESE);
    await buildHandbook(join(work, 'site', 'handbook'), { root, base: BASE });
    server = await serveStatic(join(work, 'site'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function open(path: string): Promise<{ page: Page; failed: string[] }> {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') failed.push(`${r.status()} ${r.url()}`);
    });
    const response = await page.goto(`${server.url}${BASE}${path}`, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return { page, failed };
  }

  for (const prefix of ['', '/zh']) {
    it(`the tree of pages${prefix ? ' (Chinese interface)' : ''}: folders open and close from the keyboard, top level open, deeper closed, and no axe violation`, async () => {
      const { page } = await open(`${prefix}/pages/`);
      const isOpen = (id: string) => page.$eval(`details[id="${id}"]`, (d) => (d as HTMLDetailsElement).open);
      expect(await isOpen('folder-team')).toBe(true);
      expect(await isOpen('folder-team/deep')).toBe(false);
      // A folder's summary is reached with Tab and toggled with Enter and Space, as any disclosure.
      const summary = page.locator('details[id="folder-team/deep"] > summary');
      await summary.focus();
      expect(await summary.evaluate((s) => s === document.activeElement && (s as HTMLElement).tabIndex === 0)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await isOpen('folder-team/deep')).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('team/deep/nested/');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      expect(await isOpen('folder-team/deep')).toBe(false);
      // The links lead to the pages, below the base and in the interface's language.
      const href = await page.$eval('a[href="team/deep/nested/"]', (a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).pathname).toBe(`${BASE}${prefix}/pages/team/deep/nested/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it(`an image and an attachment next to a page load below the base path${prefix ? ' (Chinese interface)' : ''}`, async () => {
      for (const path of ['/pages/team/', '/pages/team/onboarding/']) {
        const { page, failed } = await open(`${prefix}${path}`);
        const image = await page.$eval('.prose img', (img) => ({ src: new URL((img as HTMLImageElement).src).pathname, width: (img as HTMLImageElement).naturalWidth }));
        expect(image).toEqual({ src: `${BASE}/files/team/org-chart.svg`, width: 120 });
        expect(failed).toEqual([]);
        await page.close();
      }
      const { page } = await open(`${prefix}/pages/team/`);
      const form = await page.$eval('.prose a[href$=".pdf"]', (a) => (a as HTMLAnchorElement).href);
      expect(new URL(form).pathname).toBe(`${BASE}/files/team/forms/leave.pdf`);
      expect((await fetch(form)).status).toBe(200);
      await page.close();
    });
  }

  it('a page in Japanese carries its language on its text; the page keeps the interface language', async () => {
    for (const [prefix, ui] of [['', 'en'], ['/zh', 'zh-CN']] as const) {
      const { page } = await open(`${prefix}/pages/jinji/yukyu/`);
      expect(await page.$eval('html', (h) => h.lang)).toBe(ui);
      expect(await page.$eval('.prose', (p) => p.getAttribute('lang'))).toBe('ja');
      await page.close();
    }
  });

  it('a Japanese word from that page finds it from the English and the Chinese search page', async () => {
    for (const prefix of ['', '/zh']) {
      for (const word of ['有給休暇', '申請書', '上長']) {
        const { page } = await open(`${prefix}/search/?q=${encodeURIComponent(word)}`);
        await page.waitForFunction(() => /result|结果/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
        const hrefs = await page.$$eval('#search-results a', (l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(hrefs, `${prefix}/search/ ${word}`).toContain(`${BASE}${prefix}/pages/jinji/yukyu/`);
        await page.close();
      }
    }
  });
});

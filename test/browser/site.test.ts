/**
 * Browser tests of the built sample site: what only a browser can show. The sample is built once
 * for all of them (beforeAll) and served locally; see site.ts.
 *  - charts render, with no console error, page error or failed request;
 *  - the overview's cells show exactly the engine's values and statuses;
 *  - pages without charts load no JavaScript at all;
 *  - axe-core finds no accessibility violation on the scorecard pages and a KPI page;
 *  - in the dark colour scheme, axe (colour contrast included) passes on the home, an SOP and the scorecard overview;
 *  - the overview works on a phone (focusable scroll box, pinned unit column) and prints whole.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/core/load.ts';
import { getHandbook } from '../../src/site/stores/handbook.ts';
import { primeLoadedHandbook } from '../../src/site/stores/loaded-handbook.ts';
import { buildScorecard, chartFor, type ControlChart } from '../../src/core/scoring/index.ts';
import { controlChartFacts } from '../../src/site/views/chart-spec.ts';
import { STATUS_META, valueText } from '../../src/site/views/scorecard-view.ts';
import { axeViolations } from './axe.ts';
import { browserAvailable, ROOT, startSite, TODAY, type Site } from './site.ts';

const available = browserAvailable();
if (!available.run) console.warn(available.reason);

describe.skipIf(!available.run)('the built site in Chromium', () => {
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  interface Watched {
    page: Page;
    problems: string[];
    scripts: string[];
  }

  /** A fresh page that records console errors, page errors, failed requests and script requests. */
  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
    const page = await site.browser.newPage({ viewport });
    const problems: string[] = [];
    const scripts: string[] = [];
    // Chromium asks for /favicon.ico by itself; the handbook has no icon, and that is no error of the page.
    const ignored = (url: string) => new URL(url).pathname === '/favicon.ico';
    page.on('console', (m) => {
      if (m.type() === 'error' && !ignored(m.location().url || site.url)) problems.push(`console: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !ignored(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return { page, problems, scripts };
  }

  describe('charts', () => {
    it('draw every chart of a KPI page, with no console or page errors', async () => {
      const { page, problems, scripts } = await open('/kpis/KPI-CSAT/');
      const canvases = page.locator('canvas[data-chart]');
      const count = await canvases.count();
      expect(count).toBeGreaterThanOrEqual(2); // the trend across units and at least Shenzhen's control chart
      await page.waitForFunction((n) => document.querySelectorAll('canvas[data-chart-ready="true"]').length === n, count, { timeout: 10_000 });
      const inked = await page.$$eval('canvas[data-chart]', (list) =>
        list.map((c) => {
          const canvas = c as HTMLCanvasElement;
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
          return { width: canvas.width, height: canvas.height, painted };
        }),
      );
      for (const c of inked) {
        expect(c.width).toBeGreaterThan(100);
        expect(c.painted).toBeGreaterThan(1000);
      }
      expect(scripts).toHaveLength(1); // one bundled chart script, shared by every chart of the page
      expect(problems).toEqual([]);
      await page.close();
    });

    it('come with a text summary and a data table', async () => {
      const { page } = await open('/kpis/KPI-CSAT/');
      const canvas = page.locator('canvas[data-chart="control-br-shenzhen"]');
      expect(await canvas.getAttribute('role')).toBe('img');
      const summary = await page.locator(`#${await canvas.getAttribute('aria-describedby')}`).textContent();
      const chart = chartFor(loadHandbook(ROOT, { today: TODAY }).handbook, 'KPI-CSAT', 'br-shenzhen', '2026-10')!;
      const first = chart.kind === 'none' ? undefined : chart.signals.find((s) => s.unfavourable);
      expect(summary).toContain(`the first in ${first!.period}`);
      const table = page.locator('#control-br-shenzhen-caption').locator('xpath=..');
      expect(await table.locator('tbody tr').count()).toBe(22);
      await page.close();
    });

    it('show on a KPI page which chart each unit gets and why, its rules, and its phases', async () => {
      const { page, problems } = await open('/kpis/KPI-CPT/');
      const pudong = page.locator('section.control-chart[data-unit="br-pudong"]');
      await expect.poll(() => pudong.locator('canvas[data-chart-ready="true"]').count(), { timeout: 10_000 }).toBe(1);
      const facts = pudong.locator('.chart-facts');
      expect(await facts.isVisible()).toBe(true);
      const text = (await facts.innerText()).replace(/\s+/g, ' ');
      // The words the engine's chart gives (chart-spec.ts), not numbers copied from a page.
      const { handbook } = loadHandbook(ROOT, { today: TODAY });
      const chart = chartFor(handbook, 'KPI-CPT', 'br-pudong', '2026-10') as ControlChart;
      const words = controlChartFacts(handbook, chart, 'per-1000');
      expect(chart.phases).toHaveLength(2);
      expect(text).toMatch(/^Laney u′ chart: between-period variation is [\d.]+× the Poisson \(σz = [\d.]+\)/);
      expect(text).toContain(words.chart);
      expect(text).toContain('about one false alarm every 148 points');
      expect(text).toContain('Phase 1 (2025-01 to 2025-09), from the first value: baseline 2025-01 to 2025-09');
      expect(text).toContain('Phase 2 (2025-10 to 2026-10), after improvement action IA-2025-001, closed as effective on 12 Sept 2025: baseline 2025-10 to 2026-09');
      // The canvas draws the boundary where phase 2 begins, from the chart's data.
      const data = JSON.parse(await pudong.locator('script[type="application/json"]').evaluate((el) => el.textContent ?? ''));
      expect(data.boundaries).toEqual([{ index: data.labels.indexOf('2025-10'), label: 'Phase 2' }]);
      expect(await pudong.locator('figcaption').innerText()).toContain('Laney u′ chart');
      // The limits step at the phase: the table names each period's phase, and the centre line moves down.
      await pudong.locator('details.chart-data summary').click();
      const rows = pudong.locator('table tbody tr');
      const cells = async (period: string) => rows.filter({ has: page.locator('th', { hasText: period }) }).locator('td').allInnerTexts();
      const [sep, oct] = [await cells('2025-09'), await cells('2025-10')];
      expect(sep.at(-1)).toBe('Phase 1');
      expect(oct.at(-1)).toBe('Phase 2');
      expect(sep[1]).not.toBe(oct[1]); // centre line
      expect(problems).toEqual([]);
      await page.close();
      const zh = await open('/zh/kpis/KPI-CPT/');
      const zhText = await zh.page.locator('section.control-chart[data-unit="br-pudong"] .chart-facts').innerText();
      expect(zhText).toContain('Laney u′ 控制图');
      expect(zhText).toContain('阶段 2（2025-10 至 2026-10），改进措施 IA-2025-001');
      await zh.page.close();
    });

    it('read their data from escaped JSON, not from markup', async () => {
      const { page } = await open('/kpis/KPI-CSAT/');
      const raw = await page.locator('script#trend-chart-data').evaluate((s) => s.textContent ?? '');
      expect(raw).not.toMatch(/[<>&]/);
      expect(JSON.parse(raw).labels[0]).toBe('2025-01');
      await page.close();
    });
  });

  describe('the scorecard overview', () => {
    // The handbook as the site shows it: each KPI as the version in force on the build date (KPI-FCR's target of 78 % takes effect only in 2027).
    primeLoadedHandbook(loadHandbook(ROOT, { today: TODAY }));
    const { handbook } = getHandbook();

    /** Value, status and position of every cell of the grid on a page. */
    async function cellsOf(path: string) {
      const { page, problems } = await open(path);
      const cells = await page.$$eval('table.sc-grid td[data-kpi]', (tds) =>
        tds.map((td) => ({
          kpi: td.getAttribute('data-kpi')!,
          unit: td.getAttribute('data-unit')!,
          value: td.querySelector('.sc-value')?.textContent?.trim() ?? '',
          status: td.querySelector('.st-label')?.textContent?.trim() ?? '',
          interval: td.querySelector('.sc-interval')?.textContent?.trim() ?? null,
          classes: td.className,
        })),
      );
      await page.close();
      expect(problems).toEqual([]);
      return cells;
    }

    for (const [path, period] of [
      ['/scorecards/', undefined],
      ['/scorecards/2026-09/', '2026-09'],
    ] as const) {
      it(`shows the engine's value and status in every cell of ${path}`, async () => {
        const sc = buildScorecard(handbook, period);
        const units = new Map(sc.kpis.map((k) => [k.id, k.unitOfMeasure]));
        const cells = await cellsOf(path);
        const byKey = new Map(cells.map((c) => [`${c.kpi}|${c.unit}`, c]));
        expect(cells).toHaveLength(sc.rows.length + sc.rollups.length);
        expect(byKey.size).toBe(cells.length);
        for (const r of [...sc.rows, ...sc.rollups]) {
          const cell = byKey.get(`${r.kpi}|${r.unit}`);
          expect(cell, `${r.kpi} ${r.unit}`).toBeDefined();
          expect(cell!.value, `${r.kpi} ${r.unit}`).toBe(valueText(r.value, units.get(r.kpi)!));
          expect(cell!.status, `${r.kpi} ${r.unit}`).toBe(STATUS_META[r.status].label);
          expect(cell!.classes).toContain(`st-bg-${r.status}`);
          if (r.value !== null) expect(Number.parseFloat(cell!.value.replace(/,/g, ''))).toBeCloseTo(r.value, 2);
        }
      });
    }

    it('shows a miss inside sampling noise as "Within noise" with its interval, in both languages', async () => {
      // First-response compliance in Guangzhou, October 2026: 94 % of about 90 complaints misses 95, but its interval reaches it.
      const row = buildScorecard(handbook).rows.find((r) => r.kpi === 'KPI-FR-SLA' && r.unit === 'br-guangzhou')!;
      expect(row.status).toBe('within-noise');
      const range = `${row.interval!.lower.toFixed(1)}–${row.interval!.upper.toFixed(1)}`;
      const oct = await cellsOf('/scorecards/');
      expect(oct.find((c) => c.kpi === 'KPI-FR-SLA' && c.unit === 'br-guangzhou')).toMatchObject({ status: 'Within noise', interval: `95 % interval ${range}` });
      expect(oct.filter((c) => c.status === 'Within noise').every((c) => c.interval !== null)).toBe(true);
      expect(oct.filter((c) => c.status !== 'Within noise').every((c) => c.interval === null)).toBe(true);
      const zh = await cellsOf('/zh/scorecards/');
      expect(zh.find((c) => c.kpi === 'KPI-FR-SLA' && c.unit === 'br-guangzhou')).toMatchObject({ status: '噪声范围内', interval: `95% 区间 ${range}` });
    });

    it('shows the breaches, the missing value and the actions of the sample', async () => {
      const oct = await cellsOf('/scorecards/');
      const latest = buildScorecard(handbook);
      const off = oct.filter((c) => c.status === 'Off target').map((c) => `${c.kpi} ${c.unit}`).sort();
      expect(off).toEqual([...latest.rows, ...latest.rollups].filter((r) => r.status === 'off-target').map((r) => `${r.kpi} ${r.unit}`).sort());
      expect(off).toEqual(expect.arrayContaining(['KPI-CSAT br-shenzhen', 'KPI-FR-SLA br-shenzhen']));
      const sep = await cellsOf('/scorecards/2026-09/');
      expect(sep.find((c) => c.kpi === 'KPI-NPS' && c.unit === 'br-guangzhou')).toMatchObject({ value: '—', status: 'No data' });
      const { page } = await open('/scorecards/units/br-shenzhen/');
      const csat = page.locator('tr[data-kpi="KPI-CSAT"]');
      expect(await csat.locator('a[href="/actions/#IA-2026-003"]').count()).toBe(1);
      // Every problem of October has its action or acknowledgement; September's Shenzhen signals had none yet.
      expect(latest.rows.filter((r) => r.noAction)).toEqual([]);
      expect(await page.locator('.sc-flag-no-action').count()).toBe(0);
      await page.close();
      const september = await open('/scorecards/2026-09/');
      expect(await september.page.locator('td[data-kpi="KPI-CSAT"][data-unit="br-shenzhen"] .sc-flag-no-action').count()).toBe(1);
      await september.page.close();
    });

    it('is usable on a phone: the grid scrolls in a focusable box with the unit column pinned', async () => {
      const { page } = await open('/scorecards/', { width: 375, height: 740 });
      const box = page.locator('.sc-scroll');
      expect(await box.getAttribute('tabindex')).toBe('0');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await box.focus();
      await page.keyboard.press('End');
      await box.evaluate((el) => el.scrollBy({ left: 600 }));
      const scrolled = await box.evaluate((el) => el.scrollLeft);
      expect(scrolled).toBeGreaterThan(0);
      const unitCell = page.locator('table.sc-grid tbody th.sc-unit').first();
      const boxLeft = (await box.boundingBox())!.x;
      expect(Math.abs((await unitCell.boundingBox())!.x - boxLeft)).toBeLessThan(3);
      await page.close();
    });

    it('prints whole: no scroll box, navigation hidden', async () => {
      const { page } = await open('/scorecards/');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.sc-scroll').evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      await page.close();
    });
  });

  describe('the SOP swimlane diagram', () => {
    it('is text in lanes, read in order, with its description, and fits a phone without scrolling', async () => {
      const { page } = await open('/sops/SOP-CS-001/', { width: 375, height: 740 });
      const list = page.locator('.swimlane ol.swimlane-steps');
      const desc = await list.getAttribute('aria-describedby');
      expect((await page.locator(`#${desc}`).textContent())!.length).toBeGreaterThan(5);
      expect(await page.locator('.swimlane-step').count()).toBeGreaterThan(3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.close();
    });

    it('prints at page width, with the version and build date stamped', async () => {
      const { page } = await open('/sops/SOP-CS-001/');
      await page.emulateMedia({ media: 'print' });
      const laneWidth = (await page.locator('.swimlane').boundingBox())!.width;
      const mainWidth = (await page.locator('main').boundingBox())!.width;
      expect(laneWidth).toBeLessThanOrEqual(mainWidth);
      const stamp = await page.locator('.uncontrolled').innerText();
      expect(stamp).toMatch(/Version \d/);
      expect(stamp).toContain('2026-11-22');
      expect(stamp).toContain('/sops/SOP-CS-001/');
      await page.close();
    });
  });

  describe('pages without charts', () => {
    for (const path of ['/', '/sops/SOP-CS-001/', '/scorecards/', '/scorecards/2026-Q3/', '/scorecards/units/br-shenzhen/', '/scorecards/early-warnings/', '/scorecards/data-quality/', '/units/br-pudong/']) {
      it(`load no JavaScript: ${path}`, async () => {
        const { page, scripts, problems } = await open(path);
        expect(scripts).toEqual([]);
        expect(await page.locator('script').count()).toBe(0);
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  });

  describe('accessibility (axe-core)', () => {
    for (const path of ['/scorecards/', '/scorecards/units/br-shenzhen/', '/scorecards/units/region-south/', '/kpis/KPI-CSAT/', '/scorecards/early-warnings/', '/scorecards/data-quality/', '/sops/SOP-CS-001/', '/sops/SOP-DL-002/', '/traceability/']) {
      it(`finds no violations on ${path}`, async () => {
        const { page } = await open(path);
        // Open the legend, the period list and the chart data tables so that they are checked too.
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  });

  describe('dark colour scheme (prefers-color-scheme: dark)', () => {
    for (const path of ['/', '/sops/SOP-CS-001/', '/scorecards/']) {
      it(`switches to the dark palette and axe (color-contrast included) finds no violations on ${path}`, async () => {
        const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.emulateMedia({ colorScheme: 'dark' });
        const response = await page.goto(site.url + path, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
        // The dark palette is in use: a dark page background.
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe('rgb(18, 20, 23)');
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  });

  describe('home page and breadcrumbs', () => {
    it('shows recently changed documents, reviews due soon and the shortcuts', async () => {
      const { page, problems } = await open('/');
      expect(await page.locator('#recent').count()).toBe(1);
      expect(await page.locator('#reviews-due').count()).toBe(1);
      for (const name of ['Scorecards', 'Search', 'Traceability', 'Reviews']) expect(await page.locator('.home-shortcuts a', { hasText: name }).count()).toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('an SOP page has a breadcrumb trail ending at the SOP', async () => {
      const { page } = await open('/sops/SOP-CS-001/');
      const items = page.locator('nav[aria-label="Breadcrumb"] ol > li');
      const texts = (await items.allTextContents()).map((t) => t.trim());
      expect(texts[0]).toBe('Home');
      expect(texts[1]).toBe('SOPs');
      expect(texts.at(-1)).toBe('SOP-CS-001');
      expect(texts).toHaveLength(4);
      expect(await page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]').textContent()).toBe('SOP-CS-001');
      await page.close();
    });
  });
});

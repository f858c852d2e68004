/**
 * The SOP page at the point of work and the site's frame on a phone, in Chromium on the built
 * sample: the "at a glance" block (who, time limits, records) taken from the steps; "On this page"
 * beside the text on a wide screen and still in view after scrolling, after the glance on a phone,
 * each of its links landing on a heading of the page (every SOP, both languages); the navigation
 * folded under "Menu" on a phone, with a header less than half as tall as before (376 px at 390 px
 * wide with 14 items); the quality records' landing page in both languages, marked in the navigation
 * on the registers' pages; axe finds no violations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, sampleSiteForTests } from './site.ts';

const available = browserAvailable();
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(!available.run)('reading at the point of work in Chromium', () => {
  const { open, outDir } = sampleSiteForTests();

  it('SOP-CS-001 shows at a glance who acts, every time limit with its standard, and the records, linked to their steps', async () => {
    const page = await open('/sops/SOP-CS-001/');
    const glance = page.locator('section.sop-glance');
    // The version in force is 3.1 (4.0 waits for retraining): its first response is 30 min.
    const limits = (await glance.locator('.sop-glance-limits li').allTextContents()).map(text);
    expect(limits[0]).toBe('S1 ≤ 10 min Service agent');
    expect(limits[1]).toBe('S2 ≤ 30 min Service agent · must meet STD-RESP-001');
    // Every step with a time limit in the procedure table is listed, in order.
    const tableLimits = await page.locator('table.steps tbody tr').evaluateAll((rows) =>
      rows.flatMap((r) => {
        const cells = r.querySelectorAll('td');
        const limit = (cells[2]?.textContent ?? '').trim(); // actor, action, time limit (the step is the row header)
        return limit && limit !== '—' ? [r.id.replace('step-', '')] : [];
      }),
    );
    expect(limits.map((l) => l.split(' ')[0])).toEqual(tableLimits);
    // Step links land on their row.
    await glance.locator('.sop-glance-limits a[href="#step-S5"]').click();
    expect(await page.evaluate(() => location.hash)).toBe('#step-S5');
    expect(text(await glance.locator('h3').first().textContent())).toBe('Who takes part');
    expect(text(await glance.textContent())).toContain('Complaint ticket in the CRM (S1)');
    await page.close();
  });

  it('"On this page" stands beside the text on a wide screen and stays in view while reading', async () => {
    const page = await open('/sops/SOP-CS-001/');
    const toc = page.locator('nav.sop-toc');
    const tocBox = (await toc.boundingBox())!;
    const glanceBox = (await page.locator('section.sop-glance').boundingBox())!;
    expect(tocBox.x).toBeGreaterThan(glanceBox.x + glanceBox.width);
    await page.locator('#sop-change-log').scrollIntoViewIfNeeded();
    const after = (await toc.boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y).toBeLessThan(100);
    await page.close();
  });

  // Read from the built files (every SOP page in both languages): each link of "On this page" names a heading's id on its page.
  it('every link of "On this page" lands on a heading, on every SOP page in both languages', () => {
    const broken: string[] = [];
    let pages = 0;
    for (const prefix of ['', 'zh']) {
      const dir = join(outDir(), prefix, 'sops');
      for (const id of readdirSync(dir).filter((d) => /^SOP-[A-Z]+-\d+$/.test(d))) {
        const html = readFileSync(join(dir, id, 'index.html'), 'utf8');
        const toc = /<nav class="sop-toc"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
        if (!toc) {
          broken.push(`${prefix}/sops/${id}/: no contents`);
          continue;
        }
        pages++;
        const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
        if (targets.length < 9) broken.push(`${prefix}/sops/${id}/: ${targets.length} entries`);
        for (const target of targets) {
          const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          if (!new RegExp(`<h[1-6][^>]*\\sid="${escaped}"`).test(html)) broken.push(`${prefix}/sops/${id}/#${target}`);
        }
      }
    }
    expect(pages).toBeGreaterThanOrEqual(28);
    expect(broken).toEqual([]);
  });

  it('on a phone the navigation folds under "Menu", the header stays short, and the contents follow the glance', async () => {
    const page = await open('/sops/SOP-CS-001/');
    await page.setViewportSize({ width: 390, height: 844 });
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(220);
    expect(await page.locator('.site-nav-wide').isVisible()).toBe(false);
    const summary = page.locator('.site-nav-phone > summary');
    expect(text(await summary.textContent())).toBe('Menu SOPs');
    const records = page.locator('.site-nav-phone a', { hasText: 'Records' });
    expect(await records.isVisible()).toBe(false);
    await summary.click();
    expect(await records.isVisible()).toBe(true);
    // The contents come right after the glance and before the swimlane.
    const glance = (await page.locator('section.sop-glance').boundingBox())!;
    const toc = (await page.locator('nav.sop-toc').boundingBox())!;
    const swimlane = (await page.locator('#sop-swimlane').boundingBox())!;
    expect(toc.y).toBeGreaterThan(glance.y + glance.height - 1);
    expect(swimlane.y).toBeGreaterThan(toc.y + toc.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  const cases = [
    { prefix: '', title: 'Quality records', records: 'Records', cards: ['Improvement actions', 'Complaints and feedback', 'Audits and findings', 'Inspections and mystery shop', 'Training', 'Risks', 'Management reviews'], last: 'Last review: 5 Nov 2026 (MR-2026-Q3)' },
    { prefix: '/zh', title: '质量记录', records: '质量记录', cards: ['改进措施', '投诉与反馈', '审核与发现', '检查与神秘顾客', '培训', '风险', '管理评审'], last: '最近一次评审: 2026年11月5日 (MR-2026-Q3)' },
  ];
  for (const c of cases) {
    it(`${c.prefix || '/'}: the quality records' landing page lists every register with where it stands, and the registers mark it in the navigation`, async () => {
      const page = await open(`${c.prefix}/records/`);
      expect(text(await page.locator('h1').textContent())).toBe(c.title);
      expect((await page.locator('.record-card h2').allTextContents()).map(text)).toEqual(c.cards);
      expect(text(await page.locator('main').textContent())).toContain(c.last);
      expect(await page.locator('.site-nav-wide a[aria-current="page"]').textContent()).toBe(c.records);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
      for (const register of ['/complaints/', '/audits/', '/findings/', '/inspections/', '/training/', '/risks/', '/management-reviews/', '/actions/']) {
        const p = await open(`${c.prefix}${register}`);
        expect(text(await p.locator('.site-nav-wide a[aria-current]').textContent()), register).toBe(c.records);
        await p.close();
      }
    }, 90_000);
  }

  for (const c of [
    { prefix: '', owner: 'Owner', sops: 'SOPs', people: 'People' },
    { prefix: '/zh', owner: '负责人', sops: '程序文件', people: '人员' },
  ]) {
    it(`${c.prefix}/people/: the owner's name on an SOP page leads to whom to ask, with what the handbook names them for`, async () => {
      const page = await open(`${c.prefix}/sops/SOP-CS-001/`);
      await page.locator('header dl.meta a.person').first().click();
      await page.waitForURL(/\/people\/li-wei\/$/);
      expect(text(await page.locator('h1').textContent())).toBe('Li Wei 李伟');
      expect(text(await page.locator('dl.meta').textContent())).toContain('@liwei');
      const sops = page.locator('section', { has: page.locator('h3#named-sop') });
      const row = sops.locator('tbody tr', { has: page.locator('a[href$="/sops/SOP-CS-001/"]') });
      expect(text(await row.locator('td').textContent())).toBe(c.owner);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
      const list = await open(`${c.prefix}/people/`);
      expect(text(await list.locator('h1').textContent())).toBe(c.people);
      expect(await list.locator('tbody tr').count()).toBeGreaterThan(10);
      expect(await axeViolations(list)).toEqual([]);
      await list.close();
    });
  }

  it('/reviews/ has no accessibility violations', async () => {
    const page = await open('/reviews/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the site carries its identity from data/site.yaml: the icon with its letters and colour, the colour above the header', async () => {
    const page = await open('/');
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toBe('/favicon.svg');
    const icon = await page.evaluate(async (h) => {
      const r = await fetch(h);
      return { type: r.headers.get('content-type'), body: await r.text() };
    }, href!);
    expect(icon.type).toContain('image/svg+xml');
    expect(icon.body).toContain('fill="#0f5e6b"');
    expect(icon.body).toContain('>HL</text>');
    expect(await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(15, 94, 107)');
    await page.close();
  });
});

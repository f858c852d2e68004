/**
 * The complaints page's view (src/site/views/complaints-page.ts) and the register's analysis
 * (src/core/analysis/complaints.ts): Pareto shares against hand counts, the sample's story (Shenzhen's
 * staffing-related causes), the promises and the major complaints with their actions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pareto } from '../../../src/core/analysis/complaints.ts';
import { complaintsPage, promiseAnchor, unitComplaints } from '../../../src/site/views/complaints-page.ts';
import { sampleHandbook } from '../sample-handbook.ts';

describe('Pareto tables', () => {
  it('sorts causes largest first with `other` last, with shares and cumulative shares of the total', () => {
    const rows = pareto(new Map([['late', 30], ['other', 25], ['slow', 40], ['rude', 5], ['none', 0]]));
    expect(rows.map((r) => r.id)).toEqual(['slow', 'late', 'rude', 'other']);
    expect(rows.map((r) => r.count)).toEqual([40, 30, 5, 25]);
    expect(rows.map((r) => r.share)).toEqual([40, 30, 5, 25]); // of 100
    expect(rows.map((r) => r.cumulative)).toEqual([40, 70, 75, 100]);
  });
});

describe('the complaints page on the sample organisation', () => {
  const h = sampleHandbook();
  const en = complaintsPage(h, 'en');
  const zh = complaintsPage(h, 'zh-CN');

  it('shows the latest month and the last 12 months, each adding up to the register', () => {
    expect(en.windows.map((w) => w.heading)).toEqual(['Latest month: October 2026', 'Last 12 months: November 2025 to October 2026']);
    const october = h.complaints.filter((c) => c.month === '2026-10').reduce((s, c) => s + c.received, 0);
    const units = en.windows[0]!.units;
    expect(units.reduce((s, u) => s + Number(u.count.replace(/,/g, '')), 0)).toBe(october);
    expect(units.at(-1)!.cumulative).toBe('100%');
    expect(en.windows[0]!.causes.at(-1)!.id).toBe('other');
  });

  it('puts Shenzhen\'s staffing-related causes at the top of its latest month, where they were not a year before', () => {
    const row = en.trends.find((r) => r.href.endsWith('/units/br-shenzhen/'))!;
    expect(row.cause?.name).toMatchObject({ en: 'Slow first response' });
    const shenzhen = (month: string) => h.complaints.find((c) => c.unit === 'br-shenzhen' && c.month === month)!;
    const share = (months: string[]) => {
      const staffing = months.reduce((s, m) => s + (shenzhen(m).causes['slow-first-response'] ?? 0) + (shenzhen(m).causes['long-waiting'] ?? 0), 0);
      return staffing / months.reduce((s, m) => s + shenzhen(m).received, 0);
    };
    const before = share(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09']);
    expect(before).toBeLessThan(0.2);
    expect(share(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'])).toBeGreaterThan(2 * before); // from spring 2026, before the KPI crossed its warning in October
  });

  it('gives each promise its anchor, its computed KPIs and kept-of counts per unit', () => {
    const first = en.promises.find((p) => p.standard === 'STD-RESP-001')!;
    expect(first.anchor).toBe(promiseAnchor('STD-RESP-001'));
    expect(first.kpis.map((k) => k.id)).toEqual(['KPI-FR-SLA']);
    const shenzhen = first.rows.find((r) => r.href?.endsWith('/units/br-shenzhen/'))!;
    expect(shenzhen.latest).toBe('89.2% (107 of 120)'); // KPI-FR-SLA's October value
    expect(zh.promises.find((p) => p.standard === 'STD-RESP-001')!.rows.find((r) => r.href?.endsWith('/units/br-shenzhen/'))!.latest).toBe('89.2%（120件中107件）');
    expect(en.promises.map((p) => p.standard).at(-1)).toBe('STD-RESP-003'); // the suggestion promise last
    expect(en.promises.find((p) => p.standard === 'STD-RESP-003')!.kpis.map((k) => k.id)).toEqual(['KPI-FBR-SLA']);
  });

  it('lists the major complaints newest first with the actions they opened, in time', () => {
    expect(en.major.map((m) => [m.ticket, m.action?.id, m.action?.after])).toEqual([
      ['CRM-2026-004873', 'IA-2026-009', '1 day later'],
      ['CRM-2026-004512', 'IA-2026-008', '1 day later'],
      ['CRM-2025-001187', 'IA-2025-003', '1 day later'],
    ]);
    expect(en.major[0]!.action!.href).toBe('/actions/#IA-2026-009');
    expect(zh.major[0]!.action!.href).toBe('/zh/actions/#IA-2026-009');
    expect(en.majorIntro).toContain('26 h');
  });

  it('describes each sparkline in words', () => {
    const row = en.trends.find((r) => r.href.endsWith('/units/br-shenzhen/'))!;
    expect(row.firstPromise!.label).toMatch(/^Complaint first response within 30 minutes, November 2025 to October 2026: .* 89\.2% in the latest month/);
    expect(row.received.spark.valueCount).toBe(12);
  });
});

describe('the complaints box of a unit page', () => {
  const h = sampleHandbook();
  it('gives a branch its latest month, leading cause and first responses in time, and nothing to a unit without entries', () => {
    expect(unitComplaints(h, 'br-shenzhen', 'en')).toEqual({
      text: 'October 2026: 120 complaints, most about Slow first response; first response in time 89.2% (107 of 120).',
      href: '/complaints/#trends',
    });
    expect(unitComplaints(h, 'br-shenzhen', 'zh-CN')?.href).toBe('/zh/complaints/#trends');
    expect(unitComplaints(h, 'region-south', 'en')).toBeUndefined();
  });
});

describe('the complaint policy', () => {
  it('links each promise to a section of the complaints page, in both languages', () => {
    const anchors = new Set(complaintsPage(sampleHandbook(), 'en').promises.map((p) => p.anchor));
    for (const file of ['complaint-policy.md', 'complaint-policy.zh-CN.md']) {
      const text = readFileSync(new URL(`../../../content/policies/${file}`, import.meta.url), 'utf8');
      const linked = [...text.matchAll(/\(\/complaints\/#([^)]+)\)/g)].map((m) => m[1]);
      expect(linked, file).toEqual(['promise-STD-RESP-001', 'promise-STD-RESP-002', 'promise-STD-EMP-001', 'promise-STD-RESP-003']);
      for (const anchor of linked) expect(anchors.has(anchor!), `${file} #${anchor}`).toBe(true);
    }
  });
});

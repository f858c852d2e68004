/**
 * The view builders of the heavy pages: what each page shows is prepared here, in the page's
 * words, so the page's frontmatter only reads it.
 */
import { describe, expect, it } from 'vitest';
import { dataQualityPage } from '../../../src/site/views/data-quality-page.ts';
import { earlyWarningsPage } from '../../../src/site/views/early-warnings-page.ts';
import { scorecardPage } from '../../../src/site/views/scorecard-page.ts';
import { traceabilityPage } from '../../../src/site/views/traceability-page.ts';
import { unitScorecardPage } from '../../../src/site/views/unit-scorecard-page.ts';
import { sampleHandbook } from '../sample-handbook.ts';

const h = sampleHandbook();
const HAN = /[\u4e00-\u9fff]/;

describe('scorecard page', () => {
  it('says which period is the latest, its neighbours and how attainment is normalised, in the page language', () => {
    const en = scorecardPage(h, '2026-10', 'en');
    expect(en).toMatchObject({ isLatest: true, latestKey: '2026-10', previous: { key: '2026-09' }, next: undefined, label: 'October 2026' });
    expect(en.normalisation).toMatch(/^Attainment is anchored/);
    const zh = scorecardPage(h, '2026-09', 'zh-CN');
    expect(zh).toMatchObject({ isLatest: false, label: '2026年9月', next: { key: '2026-10' } });
    expect(zh.normalisation).toMatch(/^达成率以各指标自身的阈值为锚点/);
    expect(zh.reportingUnits).toBe(zh.scorecard.units.filter((u) => zh.scorecard.rows.some((r) => r.unit === u.id)).length);
  });
});

describe('open audit findings on the scorecard of a period', () => {
  it('counts them by grade and lists the units that have any, linked to their scorecards, in the page language', () => {
    const en = scorecardPage(h, '2026-10', 'en');
    expect(en.findings.total).toBe(en.scorecard.findings.length);
    const major = en.scorecard.findings.filter((f) => f.grade === 'major').length;
    expect(en.findings.text).toMatch(new RegExp(`^Audit findings open at the review of this period: ${major} major,`));
    const shenzhen = en.findings.units.find((u) => u.id === 'br-shenzhen')!;
    expect(shenzhen).toMatchObject({ name: 'Shenzhen branch', href: '/scorecards/units/br-shenzhen/#open-findings', major: true });
    expect(new Set(en.findings.units.map((u) => u.id))).toEqual(new Set(en.scorecard.findings.map((f) => f.unit)));
    const zh = scorecardPage(h, '2026-10', 'zh-CN');
    expect(zh.findings.units.find((u) => u.id === 'br-shenzhen')!.href).toBe('/zh/scorecards/units/br-shenzhen/#open-findings');
    expect(zh.findings.text).toMatch(HAN);
  });
});

describe('unit scorecard page', () => {
  it('groups the KPI lines by layer, in their order, and names the unit above', () => {
    const p = unitScorecardPage(h, 'br-shenzhen', 'en')!;
    expect(p.layers.flatMap((l) => l.lines)).toEqual(p.view.lines);
    const layers = p.layers.map((l) => l.layer);
    expect(new Set(layers).size).toBe(layers.length);
    expect(p.parent?.id).toBe(p.unit.parent);
    expect(p.parentHasScorecard).toBe(true);
    expect(p.hasRollups).toBe(false);
    expect(unitScorecardPage(h, 'region-south', 'zh-CN')!.hasRollups).toBe(true);
    expect(unitScorecardPage(h, 'no-such-unit', 'en')).toBeUndefined();
  });

  it('lists the audit findings open in the unit and below it at the review', () => {
    const p = unitScorecardPage(h, 'br-shenzhen', 'en')!;
    expect(p.findings.map((f) => f.id)).toContain('AF-2026-009');
    expect(p.findings.every((f) => f.unit === 'br-shenzhen')).toBe(true);
    expect(p.findings[0]!.grade).toBe('major');
    const region = unitScorecardPage(h, 'region-south', 'en')!;
    expect(region.findings.map((f) => f.id)).toEqual(expect.arrayContaining(p.findings.map((f) => f.id)));
  });
});

describe('data quality page', () => {
  it('says why a KPI has no control chart in the page language', () => {
    const ret = (l: 'en' | 'zh-CN') => dataQualityPage(h, l).withGaps.find((g) => g.quality.kpi.id === 'KPI-RET')!;
    expect(ret('en').noChart[0]!.reason).toMatch(/needs at least 8/);
    expect(ret('zh-CN').noChart[0]!.reason).toMatch(/^仅有 \d+ 个有数值的点；控制图至少需要 8 个点作为基线。$/);
  });

  it('marks each KPI and lists the checks', () => {
    const p = dataQualityPage(h, 'zh-CN');
    expect(p.checks.map((c) => c.ids)).toEqual([[], [], [], []]);
    for (const k of p.kpis) {
      expect(k.marks).toHaveLength(3);
      expect(k.recency.text).toMatch(HAN);
      expect(k.reported).toBe(k.quality.units - k.quality.noData.length);
    }
  });
});

describe('early warnings page', () => {
  it('counts what its table shows', () => {
    const p = earlyWarningsPage(h, 'en');
    expect(p.counts.warnings).toBe(p.entries.length);
    expect(p.counts.noAction).toBe(p.entries.filter((e) => e.noAction).length);
    expect(p.counts.units).toBe(new Set(p.entries.map((e) => e.unit.id)).size);
    expect(p.periods.length).toBeGreaterThan(0);
    for (const e of p.entries) expect(e.signalText).not.toBe('');
  });
});

describe('traceability page', () => {
  it('gives each SOP its title in the page language, with its language when it is another', () => {
    const en = traceabilityPage(h, 'en');
    const zh = traceabilityPage(h, 'zh-CN');
    const sop = en.trace.rows.flatMap((r) => r.sops)[0]!;
    expect(en.sopTitle(sop).lang).toBeUndefined();
    expect(zh.sopTitle(sop).title).toMatch(HAN);
    expect(zh.sopTitle(sop).lang).toBeUndefined();
  });
});

describe('KPI page', () => {
  it('lists its SOPs and standards in id order and explains a missing control chart in the page language', async () => {
    const { kpiPage } = await import('../../../src/site/views/kpi-page.ts');
    const en = kpiPage(h, h.kpis.get('KPI-RET')!, 'en');
    expect(en.sops.map((s) => s.id)).toEqual([...en.sops.map((s) => s.id)].sort());
    expect(en.controls).toEqual([]);
    expect(en.noChartReasons.length).toBeGreaterThan(0);
    for (const reason of en.noChartReasons) expect(reason).toMatch(/^Only \d+ points? with a value; a control chart needs at least 8 for its baseline\.$/);
    const zh = kpiPage(h, h.kpis.get('KPI-RET')!, 'zh-CN');
    expect(zh.noChartReasons).toHaveLength(en.noChartReasons.length);
    for (const reason of zh.noChartReasons) expect(reason).toMatch(/^仅有 \d+ 个有数值的点；控制图至少需要 8 个点作为基线。$/);
    const csat = kpiPage(h, h.kpis.get('KPI-CSAT')!, 'zh-CN');
    expect(csat.comparison?.kpi).toBe('KPI-CSAT');
    expect(csat.comparisonNote).toMatch(HAN);
  });
});

describe('SOP page', () => {
  it('shows the version in force with its title and the status of one not in force', async () => {
    const { sopPage } = await import('../../../src/site/views/sop-page.ts');
    const scheduled = sopPage(h, h.sops.get('SOP-CS-001')!, 'en');
    expect(scheduled.inForce.version).toBe('3.1');
    expect(scheduled.shown.fromHistory).toBeTruthy();
    expect(scheduled.title).toMatch(/^SOP-CS-001 /);
    const draft = sopPage(h, h.sops.get('SOP-CS-006')!, 'zh-CN');
    expect(draft.title).toMatch(/（|\(/);
    expect(draft.textLang).toBe('en');
  });
});

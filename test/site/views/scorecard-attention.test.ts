import { describe, expect, it } from 'vitest';
import { scorecardFor } from '../../../src/site/stores/scorecards.ts';
import { scorecardAttention } from '../../../src/site/views/scorecard-attention.ts';
import { sampleHandbook } from '../sample-handbook.ts';

describe('which units need attention on a scorecard (sample, October 2026)', () => {
  const sc = scorecardFor(sampleHandbook(), '2026-10');
  const a = scorecardAttention(sc, 'en');

  it('names the units with a KPI off target or at risk, most KPIs off target first, and nothing else', () => {
    const named = new Set(a.units.map((u) => u.unit));
    const expected = new Set(sc.problems.filter((p) => p.status === 'off-target' || p.status === 'at-risk').map((p) => p.unit));
    expect(named.size + a.more).toBe(expected.size);
    for (const u of named) expect(expected.has(u)).toBe(true);
    const offCounts = a.units.map((u) => u.items.filter((i) => i.status === 'off-target').length);
    expect([...offCounts].sort((x, y) => y - x)).toEqual(offCounts);
    // Shenzhen's decline: CSAT and first-response compliance off target in October.
    const shenzhen = a.units.find((u) => u.unit === 'br-shenzhen')!;
    expect(shenzhen.items.filter((i) => i.status === 'off-target').map((i) => i.kpi).sort()).toEqual(['KPI-CSAT', 'KPI-FR-SLA']);
    expect(a.units[0]!.unit).toBe('br-shenzhen');
  });

  it('gives each KPI its name, value and target as the grid shows them, and counts signal-only problems apart', () => {
    const csat = a.units.find((u) => u.unit === 'br-shenzhen')!.items.find((i) => i.kpi === 'KPI-CSAT')!;
    expect(csat.name).not.toBe('KPI-CSAT');
    expect(csat.name.length).toBeGreaterThan(3);
    expect(csat.target).toMatch(/^at least 85/);
    expect(csat.value).toMatch(/^\d+(\.\d+)? ?%$/);
    expect(a.signalsOnly).toBe(sc.problems.filter((p) => p.status !== 'off-target' && p.status !== 'at-risk').length);
  });

  it('is empty, with nothing more, when no KPI is off target or at risk', () => {
    const calm = { ...sc, problems: sc.problems.filter((p) => p.status !== 'off-target' && p.status !== 'at-risk') };
    expect(scorecardAttention(calm, 'en')).toMatchObject({ units: [], more: 0 });
  });
});

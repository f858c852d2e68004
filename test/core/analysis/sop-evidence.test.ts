import { describe, expect, it } from 'vitest';
import { sopEvidence } from '../../../src/core/analysis/sop-evidence.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

const h = sampleHandbook();

describe('what complaints and inspections say about an SOP, on the sample organisation', () => {
  const e = sopEvidence(h, 'SOP-CS-001');
  const causes = [...h.complaintCauses.values()].filter((c) => c.sops.includes('SOP-CS-001')).map((c) => c.id);

  it('counts the complaints of the last three months whose causes the SOP governs, and where they were', () => {
    const months = [...new Set(h.complaints.map((c) => c.month))].sort().slice(-3);
    expect(e.complaints!.months).toEqual(months);
    const entries = h.complaints.filter((c) => months.includes(c.month));
    expect(e.complaints!.total).toBe(entries.reduce((s, c) => s + c.received, 0));
    const byHand = (cause: string) => entries.reduce((s, c) => s + (c.causes[cause] ?? 0), 0);
    expect(e.complaints!.causes.map((c) => [c.id, c.count])).toEqual(causes.map((c) => [c, byHand(c)]).filter(([, n]) => (n as number) > 0).sort((a, b) => (b[1] as number) - (a[1] as number)));
    // Shenzhen, short of agents, has the most.
    expect(e.complaints!.units[0]!.id).toBe('br-shenzhen');
  });

  it('sums the inspection items that check the SOP over the last three months, failed of checked, with the unit failing most', () => {
    const months = [...new Set(h.inspections.map((i) => i.month))].sort().slice(-3);
    const item = e.inspections!.items.find((i) => i.item === 'complaint-countdown')!;
    const rows = h.inspections.filter((i) => months.includes(i.month)).flatMap((i) => i.items.filter((it) => it.item === 'complaint-countdown').map((it) => ({ unit: i.unit, ...it })));
    expect(item.checked).toBe(rows.reduce((s, r) => s + r.checked, 0));
    expect(item.failed).toBe(rows.reduce((s, r) => s + r.failed, 0));
    expect(item.worst?.unit).toBe('br-shenzhen');
    // Items of other SOPs are not counted.
    expect(e.inspections!.items.every((i) => h.checklists.get(i.checklist)!.items.find((x) => x.id === i.item)!.sop === 'SOP-CS-001')).toBe(true);
  });

  it('reads the mystery-shop items that check the SOP in the latest quarter with visits', () => {
    expect(e.visits!.quarter).toBe('2026-Q3');
    const logged = e.visits!.items.find((i) => i.item === 'complaint-logged')!;
    const visits = [...h.mysteryShopVisits.values()].filter((v) => v.date >= '2026-07-01' && v.date <= '2026-09-30' && v.items['complaint-logged'] !== undefined);
    expect(logged.checked).toBe(visits.length);
    expect(logged.failed).toBe(visits.filter((v) => v.items['complaint-logged'] === 'fail').length);
  });

  it('says nothing for an SOP no cause or checklist item is mapped to', () => {
    expect(sopEvidence(h, 'SOP-DC-001')).toEqual({ complaints: undefined, inspections: undefined, visits: undefined });
  });
});

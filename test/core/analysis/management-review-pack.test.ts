import { describe, expect, it } from 'vitest';
import { lastReviewOf, packQuarters, reviewPack, reviewQuarter } from '../../../src/core/analysis/management-review-pack.ts';
import { scorecardFor } from '../../../src/site/stores/scorecards.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

const h = sampleHandbook();

describe('the input pack of a management review, on the sample organisation', () => {
  it('has a pack for every quarter from the first one reviewed to the one in progress', () => {
    expect(packQuarters(h).map((q) => q.key)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
    expect(reviewQuarter('MR-2026-Q3')).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
  });

  const q3 = reviewQuarter('MR-2026-Q3')!;
  const pack = reviewPack(h, q3, { scorecard: scorecardFor(h, '2026-09'), raisedRisks: new Set(['RISK-001']) });

  it('brings the previous review\'s decisions with the stage of their actions', () => {
    expect(pack.review?.id).toBe('MR-2026-Q3');
    expect(pack.previous?.id).toBe('MR-2026-Q2');
    expect(pack.previousDecisions.flatMap((d) => d.actions.map((a) => [a.id, a.action?.stage]))).toEqual([['IA-2026-005', 'act']]);
  });

  it('counts the actions opened and closed in the quarter, and those overdue at its end', () => {
    // Opened 2026-07-06 (training records), 2026-09-23 (the Shenzhen complaint that went public) and 2026-09-25 (the Q3 audit); none closed in July–September.
    expect(pack.actions.opened.map((a) => a.id)).toEqual(['IA-2026-005', 'IA-2026-007', 'IA-2026-008']);
    expect(pack.actions.closed.map((a) => a.id)).toEqual([]);
    // Every action open on 30 September whose due date had passed.
    const expected = [...h.actions.values()].filter((a) => a.opened <= '2026-09-30' && a.due < '2026-09-30' && (a.closed === undefined || a.closed > '2026-09-30')).map((a) => a.id).sort();
    expect(pack.actions.overdue.map((a) => a.id)).toEqual(expected);
  });

  it('lists the audits done in the quarter with their findings', () => {
    const done = [...h.audits.values()].filter((a) => a.status === 'done' && a.done! >= '2026-07-01' && a.done! <= '2026-09-30').map((a) => a.id).sort();
    expect(pack.audits.done.map((a) => a.id).sort()).toEqual(done);
    expect(pack.audits.findings.every((f) => done.includes(f.audit))).toBe(true);
  });

  it('reads the KPIs at the scorecard of the quarter\'s last month, counting reporting units only', () => {
    expect(pack.scorecardPeriod).toBe('2026-09');
    const fr = pack.kpis.find((k) => k.kpi.id === 'KPI-FR-SLA')!;
    const rows = scorecardFor(h, '2026-09').rows.filter((r) => r.kpi === 'KPI-FR-SLA' && r.unit.startsWith('br-'));
    expect(Object.values(fr.counts).reduce((a, b) => a + b!, 0)).toBe(rows.filter((r) => r.status !== 'not-applicable').length);
    expect(fr.offTarget).toEqual(rows.filter((r) => r.status === 'off-target').map((r) => r.unit));
    expect(fr.signalling).toEqual(rows.filter((r) => r.signals.some((s) => s.unfavourable)).map((r) => r.unit));
  });

  it('names the risks still high with their controls, and those raised', () => {
    expect(pack.risks.high.map((r) => r.id)).toEqual(['RISK-001', 'RISK-009']);
    expect(pack.risks.raised.map((r) => r.id)).toEqual(['RISK-001']);
  });

  it('says a quarter is in progress until its last day has passed', () => {
    expect(pack.inProgress).toBe(false);
    expect(reviewPack(h, reviewQuarter('MR-2026-Q4')!, { scorecard: undefined, raisedRisks: new Set() }).inProgress).toBe(true);
  });
});

describe('the pack\'s complaints and training, on the sample organisation', () => {
  const q3 = reviewQuarter('MR-2026-Q3')!;
  const pack = reviewPack(h, q3, { scorecard: undefined, raisedRisks: new Set() });

  it('sums the complaint register over the quarter\'s three months, causes and majors included', () => {
    const entries = h.complaints.filter((c) => c.month >= '2026-07' && c.month <= '2026-09');
    expect(pack.complaints!.window.months).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(pack.complaints!.window.received).toBe(entries.reduce((s, c) => s + c.received, 0));
    const byCause = pack.complaints!.window.byCause;
    expect(byCause.reduce((s, r) => s + r.count, 0)).toBe(entries.reduce((s, c) => s + Object.values(c.causes).reduce((a, b) => a + b, 0), 0));
    // Every major complaint logged in the register's July–September entries, and only those.
    expect(pack.complaints!.major.map((m) => m.major.ticket).sort()).toEqual(entries.flatMap((c) => c.major.map((m) => m.ticket)).sort());
    expect(pack.complaints!.major.length).toBeGreaterThan(0);
    expect(pack.complaints!.major.every((m) => m.month >= '2026-07' && m.month <= '2026-09')).toBe(true);
  });

  it('gives each unit\'s certification coverage in the quarter, Shenzhen short after its two resignations', () => {
    const shenzhen = pack.training.coverage.find((c) => c.unit === 'br-shenzhen')!;
    expect(shenzhen.period).toBe('2026-Q3');
    expect(shenzhen.percent).toBeCloseTo((100 * shenzhen.certified) / shenzhen.staff, 10);
    expect(shenzhen.percent).toBeLessThan(80);
    expect(pack.training.campaigns.map((c) => `${c.campaign.sop} ${c.campaign.version}`)).toEqual(['SOP-CS-001 4.0']);
  });
});

describe('the management review that last looked at an SOP', () => {
  it('is the latest review with a decision whose action links the SOP, or that set an objective of a KPI the SOP is measured by', () => {
    // IA-2026-003 (decided on 2026-11-05) links SOP-CS-001 and SOP-OP-001.
    expect(lastReviewOf(h, 'SOP-CS-001')?.review.id).toBe('MR-2026-Q3');
    expect(lastReviewOf(h, 'SOP-OP-001')?.review.id).toBe('MR-2026-Q3');
    expect(lastReviewOf(h, 'SOP-CS-001')!.decisions.flatMap((d) => d.actions)).toContain('IA-2026-003');
    // An SOP no decision concerns.
    const none = [...h.sops.keys()].filter((id) => lastReviewOf(h, id) === undefined);
    for (const id of none) {
      for (const r of h.managementReviews.values()) for (const d of r.decisions) for (const a of d.actions) expect(h.actions.get(a)?.links.sops ?? []).not.toContain(id);
    }
  });
});

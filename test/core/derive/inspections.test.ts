/**
 * Daily inspections and mystery-shopper visits of the sample (derive/inspections.ts): the KPI-MSS
 * of Shenzhen in 2026-Q3 recomputed from its three visits by hand, the inspection completion rate,
 * quarters, and the Shenzhen items failing repeatedly from July on, before KPI-FR-SLA crossed its
 * warning threshold in October.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';
import { completionRate, quarterEnd, quarterOf, repeatedInspectionFailures, visitsByUnitQuarter } from '../../../src/core/derive/inspections.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { handbook: h, diagnostics } = loadHandbook(root, { today: '2026-12-06' });

describe('inspections and mystery-shopper visits of the sample organisation', () => {
  it('loads them with no error, and the typed KPI-MSS values agree with the visits', () => {
    expect(h.inspections).toHaveLength(60);
    expect(h.mysteryShopVisits.size).toBe(81);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.code.startsWith('visit/'))).toEqual([]);
  });

  it('recomputes Shenzhen\'s 2026-Q3 score from its visits: (79 + 83 + 82) / 3, sd with n − 1', () => {
    const sz = visitsByUnitQuarter(h, 'mystery-shop').find((s) => s.unit === 'br-shenzhen' && s.quarter === '2026-Q3')!;
    expect(sz.visits.map((v) => v.score)).toEqual([79, 83, 82]);
    expect(sz.n).toBe(3);
    expect(sz.mean).toBeCloseTo(244 / 3, 10);
    // deviations −7/3, 5/3, 2/3: squares 49/9 + 25/9 + 4/9 = 78/9, over n − 1 = 2 → 13/3
    expect(sz.sd).toBeCloseTo(Math.sqrt(13 / 3), 10);
    expect(sz.failed.get('greeting')).toBe(3);
    expect(sz.failed.get('waiting-time')).toBe(3);
    const typed = h.index.measurementsByKpi.get('KPI-MSS')!.get('br-shenzhen')!.get('2026-Q3')!;
    expect(typed.valueWritten).toBe(81.3);
    expect(typed.n).toBe(3);
  });

  it('gives the completion rate of inspections and the quarter of a day', () => {
    const aug = h.inspections.find((i) => i.unit === 'br-shenzhen' && i.month === '2026-08')!;
    expect([aug.planned, aug.done]).toEqual([62, 51]);
    expect(completionRate(aug)).toBeCloseTo(51 / 62, 12);
    expect(completionRate({ planned: 0, done: 0 })).toBeNull();
    expect(quarterOf('2026-07-16')).toBe('2026-Q3');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(quarterEnd('2026-Q2')).toBe('2026-06-30');
    expect(quarterEnd('2026-Q4')).toBe('2026-12-31');
  });

  it('finds Shenzhen\'s complaint items failing three or more times a month from July on, and nowhere else', () => {
    const checklist = h.checklists.get('daily-inspection')!;
    const repeated = h.inspections.flatMap((i) => repeatedInspectionFailures(i, checklist)).map((r) => `${r.unit} ${r.month} ${r.item} ${r.failures}${r.action ? ` ${r.action}` : ''}`);
    expect(repeated).toEqual([
      'br-shenzhen 2026-07 complaint-countdown 3',
      'br-shenzhen 2026-08 complaint-countdown 4',
      'br-shenzhen 2026-08 callback-queue 3',
      'br-shenzhen 2026-09 complaint-countdown 5',
      'br-shenzhen 2026-09 callback-queue 4',
      'br-shenzhen 2026-10 complaint-countdown 6 IA-2026-003',
      'br-shenzhen 2026-10 callback-queue 5 IA-2026-003',
    ]);
  });
});

/**
 * The management reviews and risk reviews due (reviews/management-review-schedule.ts,
 * reviews/risk-schedule.ts), derived once per load: on the sample organisation (2026-12-06: every
 * quarter reviewed up to 2026-Q3, the next review is 2026-Q4's, due by 31 March 2027) and on
 * handbooks with a gap.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';
import { reviewDueDate } from '../../../src/core/reviews/management-review-schedule.ts';
import { parsePeriod } from '../../../src/core/time/period.ts';
import { buildPatched } from '../../helpers/fixture.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const sample = loadHandbook(root, { today: '2026-12-06' });

const review = (id: string, date: string) =>
  [
    `id: ${id}`,
    `date: ${date}`,
    'chair: ann-lee',
    'attendees: [bo-chen]',
    'inputs: [previous-actions, context-changes, customer-satisfaction, objectives, process-performance, nonconformities, monitoring-results, audit-results, external-providers, resources, risks, improvement]',
    'minutes: DMS-1',
  ].join('\n') + '\n';

describe('the management reviews due', () => {
  it('is due by the end of the month the setting names after the quarter', () => {
    const q3 = parsePeriod('2026-Q3', 'quarterly')!;
    expect(reviewDueDate(q3, 3)).toBe('2026-12-31');
    expect(reviewDueDate(q3, 1)).toBe('2026-10-31');
    expect(reviewDueDate(parsePeriod('2026-Q4', 'quarterly')!, 2)).toBe('2027-02-28');
  });

  it('on the sample: no quarter overdue, the next review is 2026-Q4 by 31 March 2027', () => {
    const s = sample.handbook.derived.managementReviewSchedule;
    expect(s.overdueAfterMonths).toBe(3);
    expect(s.overdue).toEqual([]);
    expect(s.next).toMatchObject({ quarter: { key: '2026-Q4' }, due: '2027-03-31', daysLeft: 115 });
    expect(sample.diagnostics.filter((d) => d.code === 'management/review-overdue' || d.code === 'settings/repeated')).toEqual([]);
  });

  it('on the sample a year later, with no review since 2026-Q3: 2026-Q4 and 2027-Q1 are overdue, and warned at MR-2026-Q3', () => {
    const later = loadHandbook(root, { today: '2027-08-15' });
    const s = later.handbook.derived.managementReviewSchedule;
    expect(s.overdue.map((r) => [r.quarter.key, r.due, r.daysLeft])).toEqual([
      ['2026-Q4', '2027-03-31', -137],
      ['2027-Q1', '2027-06-30', -46],
    ]);
    expect(s.next?.quarter.key).toBe('2026-Q4');
    const warned = later.diagnostics.filter((d) => d.code === 'management/review-overdue');
    expect(warned.map((d) => [d.file, d.line, d.message.slice(0, 45)])).toEqual([
      ['data/management-reviews/MR-2026-Q3.yaml', 2, 'No management review of 2026-Q4 is recorded: '],
      ['data/management-reviews/MR-2026-Q3.yaml', 2, 'No management review of 2027-Q1 is recorded: '],
    ]);
  });

  it('counts from the first quarter reviewed, and a gap before the latest review is the next due', () => {
    const { handbook } = buildPatched({
      files: {
        'data/management-reviews/MR-2025-Q4.yaml': review('MR-2025-Q4', '2026-01-20'),
        'data/management-reviews/MR-2026-Q2.yaml': review('MR-2026-Q2', '2026-07-20'),
      },
    });
    const s = handbook.derived.managementReviewSchedule;
    // Today 2026-11-22: 2026-Q1 is overdue (due 2026-06-30); 2026-Q3 is due by 2026-12-31; 2026-Q4 is in progress.
    expect(s.overdue.map((r) => r.quarter.key)).toEqual(['2026-Q1']);
    expect(s.next).toMatchObject({ quarter: { key: '2026-Q1' }, due: '2026-06-30', daysLeft: -145 });
  });

  it('is empty without any review recorded', () => {
    const { handbook } = buildPatched({});
    expect(handbook.derived.managementReviewSchedule).toEqual({ overdueAfterMonths: 3, overdue: [], next: undefined });
  });
});

describe('the risk reviews due', () => {
  it('lists the active risks of the sample soonest first, with their due date from the last review and interval', () => {
    const reviews = sample.handbook.derived.riskReviews;
    expect(reviews.map((r) => r.risk.id)).not.toContain('RISK-010'); // retired
    expect(reviews).toHaveLength(10);
    // RISK-008: last reviewed 2026-01-26, every 12 months.
    expect(reviews[0]).toMatchObject({ risk: { id: 'RISK-008', owner: 'david-lin' }, due: '2027-01-26', daysLeft: 51 });
    expect(reviews.map((r) => r.daysLeft)).toEqual([...reviews.map((r) => r.daysLeft)].sort((a, b) => a - b));
  });

  it('marks a review past its date as overdue (negative days), as the risk/review-overdue warning does', () => {
    const later = loadHandbook(root, { today: '2027-02-01' });
    const overdue = later.handbook.derived.riskReviews.filter((r) => r.daysLeft < 0).map((r) => r.risk.id);
    expect(overdue).toEqual(['RISK-008']);
    expect(later.diagnostics.filter((d) => d.code === 'risk/review-overdue').map((d) => d.file)).toEqual(['data/risks/RISK-008.yaml']);
  });
});

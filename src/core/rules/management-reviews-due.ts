/**
 * Management reviews held at their planned interval (ISO 9001 9.3.1): a quarter whose review is
 * not recorded by its due date (`reviews/management-review-schedule.ts`, derived) is a warning,
 * reported at the last review recorded before it. The check's settings file holds one entry.
 */
import type { Rule } from './rule.ts';

export const managementReviewsDue: Rule = {
  name: 'management-reviews-due',
  run(h, bag) {
    h.checkSettings.slice(1).forEach((s) => {
      bag.report('settings/repeated', s.origin.atKey([]), 'The check\'s settings hold more than one entry; only the first is read.', 'Keep one entry under `settings:`.');
    });
    const schedule = h.derived.managementReviewSchedule;
    const reviews = [...h.managementReviews.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const { quarter, due, daysLeft } of schedule.overdue) {
      const before = reviews.filter((r) => r.id < `MR-${quarter.key}`).at(-1);
      if (!before) continue; // quarters are counted from the first review: one exists before each
      bag.report(
        'management/review-overdue',
        before.origin.at(['id']),
        `No management review of ${quarter.key} is recorded: the quarter ended on ${quarter.end}, and its review was due by ${due} (${-daysLeft} days ago; ${before.id} is the last one before it).`,
        `Hold the review on the input pack of ${quarter.key} (/management-reviews/${quarter.key}/) and record it as data/management-reviews/MR-${quarter.key}.yaml. Reviews are due ${schedule.overdueAfterMonths} ${schedule.overdueAfterMonths === 1 ? 'month' : 'months'} after their quarter ends (\`managementReviews.overdueAfterMonths\` in data/check-settings.yaml).`,
      );
    }
  },
};

/**
 * Management reviews (ISO 9001 9.3): held after the quarter they review and not in the future;
 * every input clause 9.3.2 requires considered; and every quality objective a decision sets is a
 * version of the KPI that exists. That a change of target cites its review is checked on the
 * change itself (`change/objective-without-review`, src/core/change/rules.ts).
 */
import { REVIEW_INPUT_NAMES, REVIEW_INPUTS } from '../schema/management-review.ts';
import { parsePeriod } from '../time/period.ts';
import type { Rule } from './rule.ts';

export const managementReviews: Rule = {
  name: 'management-reviews',
  run(h, bag) {
    for (const r of h.managementReviews.values()) {
      const o = r.origin;
      const quarter = parsePeriod(r.id.slice(3), 'quarterly');
      if (quarter && r.date <= quarter.end) {
        bag.report(
          'management/date-order',
          o.at(['date']),
          `${r.id} reviews ${quarter.key}, which ends on ${quarter.end}, but met on ${r.date}.`,
          'A review meets after the quarter it reviews has ended, on its complete figures: correct the date, or name the file after the quarter it reviewed.',
        );
      }
      if (r.date > h.today) bag.report('management/date-order', o.at(['date']), `${r.id} is dated ${r.date}, after today (${h.today}).`, 'Record a management review once it has met.');
      const missing = REVIEW_INPUT_NAMES.filter((i) => !r.inputs.includes(i));
      if (missing.length > 0) {
        bag.report(
          'management/input-missing',
          o.atKey(['inputs']),
          `${r.id} did not consider ${missing.map((i) => `${i} (9.3.2 ${REVIEW_INPUTS[i]})`).join(', ')}.`,
          'ISO 9001 9.3.2 asks every review to consider all its inputs: take them from the input pack, or say in the minutes why one did not apply, and list it under `inputs`.',
        );
      }
      r.decisions.forEach((d, i) => {
        d.objectives.forEach((obj, j) => {
          const kpi = h.kpis.get(obj.kpi);
          if (!kpi) return; // reported as ref/unknown
          const versions = [...new Set([...(kpi.changeLog ?? []).map((e) => e.version), kpi.version].filter((v): v is string => v !== undefined))];
          if (!versions.includes(obj.version)) {
            bag.report(
              'management/objective-unknown-version',
              o.at(['decisions', i, 'objectives', j, 'version']),
              `${r.id} sets ${obj.kpi} version ${obj.version}, which ${obj.kpi}'s definition does not have (it has ${versions.join(', ') || 'no version'}).`,
              `Name the version of ${obj.kpi} that carries the new target, as in its change log.`,
            );
          }
        });
      });
    }
  },
};

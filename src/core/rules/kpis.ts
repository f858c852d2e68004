/**
 * KPI definitions: target and warning threshold inside the scale and in the right order for the
 * direction; an SLA-compliance KPI names its time limit; a KPI that names a standard counts it
 * (`model/standard-measures.ts`).
 */
import type { Threshold } from '../schema/kpi.ts';
import { notCounted } from '../model/standard-measures.ts';
import type { Rule } from './rule.ts';

export const kpis: Rule = {
  name: 'kpis',
  run(h, bag) {
    for (const kpi of h.kpis.values()) {
      const o = kpi.origin;
      const inScale = (v: number) => v >= kpi.scale.min && v <= kpi.scale.max;
      const values = (t: Threshold) => (typeof t === 'number' ? [t] : [t.min, t.max]);
      for (const field of ['target', 'warning'] as const) {
        if (!values(kpi[field]).every(inScale)) {
          bag.report(
            'kpi/threshold-out-of-scale',
            o.at([field]),
            `The ${field} ${JSON.stringify(kpi[field])} lies outside the scale ${kpi.scale.min} to ${kpi.scale.max}.`,
            'Correct the threshold or the scale.',
          );
        }
      }
      const band = kpi.direction === 'band';
      const targetIsBand = typeof kpi.target !== 'number';
      const warningIsBand = typeof kpi.warning !== 'number';
      if (band !== targetIsBand || band !== warningIsBand) {
        bag.report(
          'schema/wrong-type',
          o.at([band ? (targetIsBand ? 'warning' : 'target') : targetIsBand ? 'target' : 'warning']),
          band ? 'A `band` KPI needs `target` and `warning` as `{ min, max }`.' : `A \`${kpi.direction}\` KPI needs \`target\` and \`warning\` as single numbers.`,
          band ? 'Write e.g. `target: { min: 95, max: 105 }` and a wider `warning: { min: 90, max: 110 }`.' : 'Write e.g. `target: 85` and `warning: 80`.',
        );
        continue;
      }
      const t = kpi.target;
      const w = kpi.warning;
      let wrongSide = false;
      if (typeof t === 'number' && typeof w === 'number') {
        wrongSide = kpi.direction === 'higher' ? w > t : w < t;
      } else if (typeof t !== 'number' && typeof w !== 'number') {
        wrongSide = w.min > t.min || w.max < t.max;
      }
      if (wrongSide) {
        bag.report(
          'kpi/threshold-side',
          o.at(['warning']),
          kpi.direction === 'higher'
            ? `Higher is better, so the warning threshold (${String(w)}) must not be above the target (${String(t)}).`
            : kpi.direction === 'lower'
              ? `Lower is better, so the warning threshold (${String(w)}) must not be below the target (${String(t)}).`
              : 'The warning band must contain the target band.',
          'Between target and warning a KPI is "at risk"; past the warning it is "off target". Swap the values or change `direction`.',
        );
      }
      if (kpi.method === 'sla-compliance' && !kpi.limit) {
        bag.report('schema/missing-field', o.atKey(['method']), `${kpi.id} measures SLA compliance but names no time limit.`, 'Add `limit:` with the time a case must meet, e.g. `limit: 30 min`.');
      }
      const standard = kpi.standard === undefined ? undefined : h.standards.get(kpi.standard);
      const why = standard && notCounted(kpi, standard);
      if (standard && why) {
        const [message, hint] =
          why.reason === 'no-time-limit'
            ? [
                `${kpi.id} names ${standard.id}, but ${standard.id} has no time limit to count: its criterion is a threshold of ${why.criterionKpi}${why.criterionKpi === kpi.id ? ', which already makes this KPI its measure' : ''}.`,
                why.criterionKpi === kpi.id
                  ? 'Remove `standard:`: a standard whose criterion names this KPI is measured by it already.'
                  : `Remove \`standard:\`. ${standard.id} is measured by ${why.criterionKpi}, the KPI its criterion names.`,
              ]
            : why.reason === 'not-sla-compliance'
              ? [
                  `${kpi.id} names the time-limit standard ${standard.id}, but it is a ${kpi.method} KPI: it does not count the cases that met the time limit.`,
                  `Only an \`sla-compliance\` KPI with \`limit: ${'timeLimit' in standard.criterion ? standard.criterion.timeLimit : ''}\` counts ${standard.id}. Remove \`standard:\`, or define such a KPI.`,
                ]
              : [
                  `${kpi.id} counts cases within ${why.kpiLimit ?? 'no time limit'}, but ${standard.id} promises ${why.standardLimit}: the share within one limit is not the share within the other.`,
                  `Set \`limit: ${why.standardLimit}\` to count ${standard.id}, or remove \`standard:\`.`,
                ];
        bag.report('kpi/standard-not-counted', o.at(['standard']), message, hint);
      }
    }
    for (const std of h.standards.values()) {
      if (!('kpi' in std.criterion)) continue;
      const kpi = h.kpis.get(std.criterion.kpi);
      if (!kpi) continue;
      const v = std.criterion.threshold;
      if (v < kpi.scale.min || v > kpi.scale.max) {
        bag.report(
          'standard/criterion-kpi',
          std.origin.at(['criterion', 'threshold']),
          `The threshold ${v} lies outside the scale of ${kpi.id} (${kpi.scale.min} to ${kpi.scale.max} ${kpi.unit}).`,
          `Write the threshold on ${kpi.id}'s own scale.`,
        );
      }
    }
  },
};

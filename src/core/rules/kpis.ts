/**
 * KPI definitions: target, warning threshold and floor inside the scale and in the right order for
 * the direction; an SLA-compliance KPI names its time limit; a KPI that names a standard counts it
 * (`model/standard-measures.ts`); a proportion's minimum sample size is large enough to expect
 * events on both sides at the target (n·p ≥ 10 and n·(1 − p) ≥ 10).
 */
import { KPI_METHODS } from '../schema/kpi-method.ts';
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { KpiEntity } from '../model/handbook.ts';
import type { Threshold } from '../schema/kpi.ts';
import { notCounted } from '../model/standard-measures.ts';
import type { Rule } from './rule.ts';

/** Fewest events expected on each side of the target in a minimum sample. */
export const MIN_EXPECTED_EVENTS = 10;

/**
 * A proportion's `minSampleSize` must let a sample at the target expect at least 10 events and 10
 * non-events: below that the interval of one value is wider than the gap between target and
 * warning, and every value is "within noise".
 */
function checkMinimumSample(kpi: KpiEntity, bag: DiagnosticBag): void {
  if (kpi.minSampleSize === undefined || !KPI_METHODS[kpi.method].proportion || typeof kpi.target !== 'number') return;
  const p = kpi.target / 100;
  const rarer = Math.round(Math.min(p, 1 - p) * 1e12) / 1e12; // 1 − 0.9 is 0.0999…98 in floating point
  if (rarer <= 0) return;
  const expected = kpi.minSampleSize * rarer;
  if (expected >= MIN_EXPECTED_EVENTS) return;
  const needed = Math.ceil(MIN_EXPECTED_EVENTS / rarer - 1e-9);
  bag.report(
    'kpi/min-sample-too-small',
    kpi.origin.at(['minSampleSize']),
    `A sample of ${kpi.minSampleSize} at the target of ${kpi.target} % expects ${Math.round(expected * 10) / 10} ${p < 0.5 ? 'events' : 'cases missing it'}; at least ${MIN_EXPECTED_EVENTS} are needed to tell a miss from chance.`,
    `Raise \`minSampleSize\` to ${needed} or more, or report the KPI less often (a quarter pools three months).`,
  );
}

export const kpis: Rule = {
  name: 'kpis',
  run(h, bag) {
    for (const kpi of h.kpis.values()) {
      const o = kpi.origin;
      const inScale = (v: number) => v >= kpi.scale.min && v <= kpi.scale.max;
      const values = (t: Threshold) => (typeof t === 'number' ? [t] : [t.min, t.max]);
      for (const field of ['target', 'warning', 'floor'] as const) {
        const threshold = kpi[field];
        if (threshold !== undefined && !values(threshold).every(inScale)) {
          bag.report(
            'kpi/threshold-out-of-scale',
            o.at([field]),
            `The ${field} ${JSON.stringify(threshold)} lies outside the scale ${kpi.scale.min} to ${kpi.scale.max}.`,
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
      const f = kpi.floor;
      if (!wrongSide && f !== undefined && typeof f === typeof w) {
        const floorWrong =
          typeof f === 'number' && typeof w === 'number'
            ? kpi.direction === 'higher' ? f >= w : f <= w
            : typeof f !== 'number' && typeof w !== 'number' && (f.min >= w.min || f.max <= w.max);
        if (floorWrong) {
          bag.report(
            'kpi/floor-side',
            o.at(['floor']),
            kpi.direction === 'band'
              ? 'The floor band must lie outside the warning band on both sides.'
              : `${kpi.direction === 'higher' ? 'Higher' : 'Lower'} is better, so the floor (${String(f)}) must lie ${kpi.direction === 'higher' ? 'below' : 'above'} the warning threshold (${String(w)}).`,
            'The floor is where the KPI scores 0 in the composite score: a value plainly unacceptable, beyond the warning threshold.',
          );
        }
      } else if (f !== undefined && typeof f !== typeof w && !wrongSide) {
        bag.report('schema/wrong-type', o.at(['floor']), band ? 'A `band` KPI needs `floor` as `{ min, max }`.' : `A \`${kpi.direction}\` KPI needs \`floor\` as a single number.`, 'Write the floor like the warning threshold.');
      }
      checkMinimumSample(kpi, bag);
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
          `The threshold ${v} lies outside the scale of ${kpi.id} (${kpi.scale.min} to ${kpi.scale.max} ${kpi.unitOfMeasure}).`,
          `Write the threshold on ${kpi.id}'s own scale.`,
        );
      }
    }
  },
};

/**
 * Measurement values: the period matches the KPI's frequency and has ended, the value lies in the
 * KPI's scale, rates carry their sample size, a missing value says why, no value is reported twice,
 * and values are only reported for units the KPI applies to.
 */
import { KPI_METHODS } from '../schema/kpi-method.ts';
import { firstCountField, hasCountFields } from '../model/measurement-counts.ts';
import { PERIOD_EXAMPLE, periodFrequency } from '../time/period.ts';
import type { Origin } from '../model/handbook.ts';
import type { Rule } from './rule.ts';

export const measurements: Rule = {
  name: 'measurements',
  run(h, bag) {
    // The first origin of each (KPI, unit, period): its position is worked out only for a duplicate
    // (a position costs a parse of the row or the YAML tree; a large handbook has 200,000 values).
    const seen = new Map<string, Origin>();
    for (const m of h.measurements) {
      const kpi = h.kpis.get(m.kpi);
      if (!kpi) continue; // reported by the reference rule
      const o = m.origin;

      const period = m.periodInfo;
      if (!period) {
        const written = periodFrequency(m.period);
        bag.report(
          'measurement/period-mismatch',
          o.at(['period']),
          written
            ? `"${m.period}" is a ${written} period, but ${kpi.id} is reported ${kpi.frequency}.`
            : `"${m.period}" is not a valid ${kpi.frequency} period.`,
          `Write ${kpi.frequency} periods like "${PERIOD_EXAMPLE[kpi.frequency]}" for ${kpi.id}.`,
        );
      } else if (period.end >= h.today) {
        bag.report(
          'measurement/future-period',
          o.at(['period']),
          `The period ${m.period} ends on ${period.end}; it is not over yet (today is ${h.today}).`,
          'Report a value once its period has ended. Check the year and month.',
        );
      }

      const key = `${m.kpi}\u0000${m.unit}\u0000${m.period}`;
      const firstOrigin = seen.get(key);
      if (firstOrigin) {
        const first = firstOrigin.at(['kpi']);
        bag.report(
          'measurement/duplicate',
          o.at(['kpi']),
          `${m.kpi} for ${m.unit} in ${m.period} is already reported in ${first.file}:${first.line}.`,
          'Keep one value per KPI, unit and period. To correct a value, edit the first one (Git keeps the old value).',
        );
      } else {
        seen.set(key, o);
      }

      if (h.units.has(m.unit)) {
        if (!h.derived.kpiScope.get(kpi.id)?.has(m.unit)) {
          const na = kpi.notApplicable.includes(m.unit);
          bag.report(
            'measurement/not-applicable',
            o.at(['unit']),
            na ? `${kpi.id} is marked not applicable to ${m.unit}.` : `${kpi.id} is not reported for ${m.unit}: the unit is outside the KPI's \`units\`.`,
            na ? `Remove the value, or take ${m.unit} out of \`notApplicable\` in ${kpi.origin.file}.` : `Remove the value, or add ${m.unit} to \`units\` in ${kpi.origin.file}.`,
          );
        }
      }

      // Counts that were given but could not be used are reported by the measurement-counts rule.
      const counted = hasCountFields(m);
      if (m.value === null) {
        if (!m.note && !counted) {
          bag.report(
            'measurement/missing-value',
            o.at(['value']),
            `No value for ${m.kpi} at ${m.unit} in ${m.period}, and no note says why.`,
            'Give the value or its counts, or keep it empty and add a `note` explaining why there is no data (it is shown as "no data", never as zero). Or leave the row out.',
          );
        }
        continue;
      }

      if (m.value < kpi.scale.min || m.value > kpi.scale.max) {
        bag.report(
          'measurement/out-of-scale',
          counted && m.valueWritten === undefined ? o.at([firstCountField(m)!]) : o.at(['value']),
          `${m.value} is outside the scale of ${kpi.id} (${kpi.scale.min} to ${kpi.scale.max} ${kpi.unitOfMeasure}).`,
          kpi.unitOfMeasure === 'percent' && m.value > 0 && m.value <= 1
            ? 'Check the value; percentages are written 0–100, not as a fraction.'
            : `Check the value: ${kpi.id} uses the ${kpi.method} method.`,
        );
      }
      const method = KPI_METHODS[kpi.method];
      if (counted) {
        // The counts give the sample size; the measurement-counts rule reports what is missing.
      } else if (method.needsSampleSize && kpi.sample !== 'none' && m.n === undefined) {
        bag.report(
          'measurement/missing-sample-size',
          o.at(['value']),
          `${kpi.id} is a ${kpi.method} value and needs its sample size, but \`n\` is missing.`,
          'Add `n`: the number of responses or cases behind the value. Without it the value cannot be weighed or compared.',
        );
        continue;
      } else if (m.n === 0) {
        bag.report('measurement/missing-sample-size', o.at(['n']), 'A value with a sample size of 0 is not a measurement.', 'If nothing was measured, write `value: null` with a note saying why.');
        continue;
      }
      if (kpi.minSampleSize !== undefined && m.n !== undefined && m.n > 0 && m.n < kpi.minSampleSize) {
        bag.report(
          'measurement/small-sample',
          // n is the sum of the NPS counts or responses when those are given; point at them.
          o.at([m.promoters !== undefined || m.responses !== undefined ? firstCountField(m)! : 'n']),
          `The sample of ${m.n} is below the minimum of ${kpi.minSampleSize} for ${kpi.id}.`,
          'Treat the value with caution; scorecards mark it. Collect more responses if you can.',
        );
      }
    }
  },
};

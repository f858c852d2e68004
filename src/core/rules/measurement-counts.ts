/**
 * The counts behind each measurement (derived by `derive/measurement-counts.ts`): reports counts
 * that are inconsistent, impossible or do not fit the KPI's method, and, once per file, values of
 * a KPI that counts its cases given as rounded rates without their counts (a migration warning:
 * the values are still used).
 */
import { COUNTS_HOW, firstCountField } from '../model/measurement-counts.ts';
import { KPI_METHODS } from '../schema/kpi-method.ts';
import type { SourcePosition } from '../diagnostics/diagnostic.ts';
import type { Rule } from './rule.ts';

export const measurementCounts: Rule = {
  name: 'measurement-counts',
  run(h, bag) {
    /** Per file: the first value without counts, how many, and of which KPIs. */
    const withoutCounts = new Map<string, { at: SourcePosition; count: number; kpis: Set<string> }>();
    for (const { measurement: m, problems, withoutCounts: noCounts } of h.derived.countFindings) {
      const kpi = h.kpis.get(m.kpi)!;
      for (const p of problems) bag.report(p.code, m.origin.at([p.field]), p.message, p.hint);
      // A rate without its sample size is an error of its own (the measurements rule); no second notice.
      if (noCounts && (!KPI_METHODS[kpi.method].needsSampleSize || (m.n !== undefined && m.n > 0))) {
        const file = m.origin.file;
        const seen = withoutCounts.get(file);
        if (seen) {
          seen.count++;
          seen.kpis.add(kpi.id);
        } else withoutCounts.set(file, { at: m.origin.at([firstCountField(m) ?? 'value']), count: 1, kpis: new Set([kpi.id]) });
      }
    }
    for (const { at, count, kpis } of withoutCounts.values()) {
      const ids = [...kpis].sort();
      const how = [...new Set(ids.map((id) => COUNTS_HOW[KPI_METHODS[h.kpis.get(id)!.method].counts]))];
      bag.report(
        'measurement/value-without-counts',
        at,
        count === 1
          ? `This value of ${ids[0]} is given without the counts it comes from, so its uncertainty is unknown.`
          : `${count} values in this file (${ids.join(', ')}) are given without the counts they come from, so their uncertainty is unknown; the first is here.`,
        `Write the counts instead of the rounded value: ${how.join('; ')}. A KPI whose values have no sample to count can say so with \`sample: none\` in its definition.`,
      );
    }
  },
};

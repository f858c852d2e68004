/**
 * Declared phases must say where they start, and acknowledgements must name a signal that fires
 * (on the chart of the KPI for the unit, with its phases: chartFor), either on the whole chart or on
 * the chart as known at the signal's period (what that period's scorecard and early warnings
 * showed). Unknown ids are the references rule's.
 */
import { chartFor } from '../scoring/scorecard.ts';
import { majorVersionDate, startOf, endOf } from '../scoring/phases.ts';
import { parsePeriod } from '../time/period.ts';
import type { Rule } from './rule.ts';

export const controlCharts: Rule = {
  name: 'control-charts',
  run(h, bag) {
    for (const p of h.phases ?? []) {
      const given = [p.from !== undefined, p.sop !== undefined || p.version !== undefined, p.rampUpUntil !== undefined].filter(Boolean).length;
      if (given !== 1 || (p.sop === undefined) !== (p.version === undefined)) {
        bag.report(
          'phase/no-start',
          p.origin.at([]),
          given === 0 ? 'This phase does not say where it starts.' : given > 1 ? 'This phase gives more than one start.' : 'This phase names an SOP without its version, or a version without its SOP.',
          'Give one of: `from: 2025-10` (a period or a date), `sop: SOP-CS-001` with `version: "3.0"`, or `rampUpUntil: 2025-09` for a new unit\'s first months.',
        );
        continue;
      }
      const date = p.from ?? p.rampUpUntil;
      if (date !== undefined && (startOf(date) === undefined || endOf(date) === undefined)) {
        bag.report('phase/no-start', p.origin.at([p.from !== undefined ? 'from' : 'rampUpUntil']), `"${date}" is neither a period nor a date.`, 'Write a period (`2025-10`, `2025-Q4`) or a date (`2025-10-01`).');
      }
      if (p.sop !== undefined && p.version !== undefined && h.sops.has(p.sop) && majorVersionDate(h, p.sop, p.version) === undefined) {
        const majors = h.sops.get(p.sop)!.changeLog.filter((c) => c.change === 'major').map((c) => `"${c.version}"`);
        bag.report(
          'phase/not-major-version',
          p.origin.at(['version']),
          `${p.sop} has no major version "${p.version}" in its change log.`,
          majors.length ? `Name one of its major versions: ${majors.join(', ')}; a minor version does not change how the work is done.` : `${p.sop} records no major version.`,
        );
      }
    }
    for (const a of h.acknowledgements ?? []) {
      const kpi = h.kpis.get(a.kpi);
      if (!kpi || !h.units.has(a.unit)) continue; // reported by the references rule
      if (!parsePeriod(a.period, kpi.frequency)) {
        bag.report('acknowledgement/no-signal', a.origin.at(['period']), `"${a.period}" is not a ${kpi.frequency} period of ${a.kpi}.`, 'Write the period at which the signal fires, as the KPI\'s measurements write it (`2026-08` for a monthly KPI).');
        continue;
      }
      const chart = chartFor(h, a.kpi, a.unit);
      const fires = (c: typeof chart) => (c && c.kind !== 'none' ? c.signals.filter((s) => s.period === a.period && (a.rule === undefined || s.rule === a.rule)) : []);
      if (fires(chart).length > 0) continue;
      // A signal the scorecard of its period showed, from the values known then, even if the
      // baseline completed later no longer puts the point beyond its limits.
      if (fires(chartFor(h, a.kpi, a.unit, a.period)).length > 0) continue;
      const here = chart && chart.kind !== 'none' ? chart.signals.filter((s) => s.period === a.period) : [];
      const firing = chart && chart.kind !== 'none' ? [...new Set(chart.signals.map((s) => `${s.period} ${s.rule}`))].slice(-5) : [];
      bag.report(
        'acknowledgement/no-signal',
        a.origin.at([a.rule !== undefined && here.length > 0 ? 'rule' : 'period']),
        a.rule !== undefined && here.length > 0
          ? `The chart of ${a.kpi} for ${a.unit} has no ${a.rule} signal at ${a.period} (it has ${here.map((s) => s.rule).join(', ')}).`
          : `The chart of ${a.kpi} for ${a.unit} has no signal at ${a.period}.`,
        firing.length ? `Acknowledge a signal that fires; the latest are: ${firing.join(', ')}.` : 'This chart has no signals to acknowledge; remove the entry.',
      );
    }
  },
};

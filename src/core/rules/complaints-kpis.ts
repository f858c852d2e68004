/**
 * The register and the KPIs agree: the complaints received are the complaint-rate KPI's `k` for
 * the unit and month, and a compliance KPI typed in `data/measurements/` for a unit and period the
 * register covers has the counts the register gives (`derive/complaint-kpis.ts`).
 */
import type { MeasurementEntity } from '../model/handbook.ts';
import { COMPLAINT_REGISTER_TIES } from '../model/kinds/complaint.ts';
import type { Rule } from './rule.ts';

const counts = (k: number | undefined, n: number | undefined) => `${k ?? '?'} of ${n ?? '?'}`;

export const complaintsKpis: Rule = {
  name: 'complaints-kpis',
  run(h, bag) {
    const rate = h.kpis.get(COMPLAINT_REGISTER_TIES.rateKpi);
    if (rate) {
      const byUnit = h.index.measurementsByKpi.get(rate.id);
      for (const c of h.complaints) {
        const m = byUnit?.get(c.unit)?.get(c.month);
        if (!m || m.k === undefined || m.k === c.received) continue;
        const at = m.origin.at(['k']);
        bag.report(
          'complaints/rate-kpi-disagrees',
          c.origin.at(['received']),
          `The register has ${c.received} complaints received for ${c.unit} in ${c.month}; ${rate.id} counts ${m.k} (${at.file}:${at.line}).`,
          `Both are the month's complaints from the CRM: correct the one that was copied wrongly (the register's \`received\` or ${rate.id}'s \`k\`).`,
        );
      }
    }
    for (const computed of h.derived.complaintKpis) {
      const m: MeasurementEntity | undefined = h.index.measurementsByKpi.get(computed.kpi)?.get(computed.unit)?.get(computed.period);
      if (!m || m.origin.file === computed.entries[0]!.origin.file) continue; // none typed: the computed one is the measurement
      if (m.k === computed.k && m.n === computed.n) continue;
      if (m.k === undefined && m.value !== null && m.n === computed.n && Math.abs(m.value - (100 * computed.k) / computed.n) < 0.05 + 1e-9) continue; // a rounded value of the same counts
      const months = computed.entries.map((e) => e.month);
      bag.report(
        'complaints/kpi-disagrees',
        m.origin.at([m.k !== undefined ? 'k' : 'value']),
        `${computed.kpi} for ${computed.unit} in ${computed.period} is typed as ${m.k !== undefined ? counts(m.k, m.n) : `${m.value} (n ${m.n ?? '?'})`}, but the complaint register gives ${counts(computed.k, computed.n)} (${computed.standard}, ${months.length === 1 ? months[0] : `${months[0]} to ${months[months.length - 1]}`}).`,
        `The register is where ${computed.kpi} comes from: correct the register's \`${computed.standard}\` counts or this value, or remove the value and let the register give it.`,
      );
    }
  },
};

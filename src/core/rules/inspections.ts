/**
 * Daily inspections and mystery-shopper visits (SOP-QM-001, SOP-QM-003): counts that add up, items
 * of the checklist named, no unit and month recorded twice; an item failing repeatedly in a month
 * needs an action; each failed must-have item of a visit needs an action; every unit gets its
 * minimum of visits each quarter; and the mystery-shop KPI typed in the measurements agrees with
 * the visits (derive/inspections.ts recomputes it).
 */
import { completionRate, quarterEnd, repeatedInspectionFailures, repeatedVisitFailures, visitsByUnitQuarter } from '../derive/inspections.ts';
import type { Handbook, InspectionEntity } from '../model/handbook.ts';
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Rule } from './rule.ts';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export const inspections: Rule = {
  name: 'inspections',
  run(h, bag) {
    checkInspections(h, bag);
    checkVisits(h, bag);
  },
};

function checkInspections(h: Handbook, bag: DiagnosticBag): void {
  // The first origin of each unit and month: its position (a parse of the YAML tree) is worked out only for a duplicate.
  const seen = new Map<string, InspectionEntity['origin']>();
  for (const i of h.inspections) {
    const o = i.origin;
    const key = `${i.unit}\u0000${i.month}\u0000${i.checklist}`;
    const first = seen.get(key);
    if (first) bag.report('inspection/duplicate', o.at(['unit']), `The inspections of ${i.unit} in ${i.month} are recorded twice (first at ${first.file}:${first.at(['unit']).line}).`, 'Keep one entry per unit and month; add the counts together if both are real.');
    else seen.set(key, o);
    if (i.done > i.planned) bag.report('inspection/counts', o.at(['done']), `${i.done} inspections done is more than the ${i.planned} planned (${i.unit}, ${i.month}).`, 'Count the extra inspections as planned too, or correct `done`.');
    const checklist = h.checklists.get(i.checklist);
    const known = checklist ? new Set(checklist.items.map((it) => it.id)) : undefined;
    i.items.forEach((c, n) => {
      if (c.checked > i.done) bag.report('inspection/counts', o.at(['items', n, 'checked']), `${c.item} checked ${c.checked} times in ${i.done} inspections (${i.unit}, ${i.month}).`, 'An item is checked at most once per inspection: correct `checked` or `done`.');
      if (c.failed > c.checked) bag.report('inspection/counts', o.at(['items', n, 'failed']), `${c.item} failed ${c.failed} times but was checked only ${c.checked} times (${i.unit}, ${i.month}).`, 'Correct `failed` or `checked`.');
      if (known && !known.has(c.item)) bag.report('checklist/unknown-item', o.at(['items', n, 'item']), `The checklist ${i.checklist} has no item "${c.item}".`, `Use one of its items: ${[...known].join(', ')}.`);
    });
    if (checklist && checklist.use !== 'inspection') bag.report('checklist/unknown-item', o.at(['checklist']), `${i.checklist} is a ${checklist.use} checklist, not an inspection checklist.`, 'Name the checklist of the daily inspection.');
    if (!checklist) continue;
    for (const r of repeatedInspectionFailures(i, checklist)) {
      if (r.action !== undefined) continue;
      const n = i.items.findIndex((c) => c.item === r.item);
      const rate = completionRate(i);
      bag.report(
        'checklist/repeated-failure',
        o.at(['items', n, 'failed']),
        `${r.item} failed ${r.failures} times in ${i.unit}'s inspections of ${i.month} (${checklist.repeatFailures} or more need an improvement action)${rate === null ? '' : `; ${round(rate * 100, 1)} % of the planned inspections were done`}.`,
        'Open an improvement action (SOP-QM-002) and name it in `action:` on this item.',
      );
    }
  }
}

function checkVisits(h: Handbook, bag: DiagnosticBag): void {
  for (const v of h.mysteryShopVisits.values()) {
    const checklist = h.checklists.get(v.checklist);
    if (!checklist) continue;
    if (checklist.use !== 'mystery-shop') bag.report('checklist/unknown-item', v.origin.at(['checklist']), `${v.checklist} is an ${checklist.use} checklist, not a mystery-shop checklist.`, 'Name the mystery-shop checklist.');
    const items = new Map(checklist.items.map((it) => [it.id, it]));
    for (const [item, result] of Object.entries(v.items)) {
      const def = items.get(item);
      if (!def) {
        bag.report('checklist/unknown-item', v.origin.at(['items', item]), `The checklist ${v.checklist} has no item "${item}".`, `Use one of its items: ${[...items.keys()].join(', ')}.`);
      } else if (def.mustHave && result === 'fail' && v.action === undefined) {
        bag.report('visit/must-have-failed', v.origin.at(['items', item]), `${v.id} failed the must-have item ${item} (${v.unit}, ${v.date}) and names no improvement action.`, 'A failed must-have item requires an improvement action (SOP-QM-003): open one and name it in `action:`.');
      }
    }
  }
  for (const checklist of h.checklists.values()) {
    if (checklist.use !== 'mystery-shop') continue;
    const summaries = visitsByUnitQuarter(h, checklist.id);
    for (const r of repeatedVisitFailures(h, checklist)) {
      if (r.action !== undefined) continue;
      const last = r.visits.at(-1)!;
      bag.report('checklist/repeated-failure', last.origin.at(['items', r.item]), `${r.item} failed in ${r.failures} mystery-shopper visits to ${r.unit} in ${r.month}.`, 'Open an improvement action (SOP-QM-002) and name it in `action:` on one of these visits.');
    }
    // Every unit the KPI is reported for (the branches: units with none below them) gets its visits in each quarter that has visits and has ended.
    if (checklist.minVisitsPerQuarter !== undefined && checklist.kpi !== undefined) {
      const scope = h.derived.kpiScope.get(checklist.kpi);
      const quarters = [...new Set(summaries.map((s) => s.quarter))].filter((q) => quarterEnd(q) < h.today).sort();
      const leaves = [...(scope ?? [])].filter((u) => (h.units.get(u)?.children.length ?? 1) === 0);
      for (const q of quarters) {
        for (const unit of leaves) {
          const n = summaries.find((s) => s.unit === unit && s.quarter === q)?.n ?? 0;
          if (n >= checklist.minVisitsPerQuarter) continue;
          bag.report('visit/too-few', checklist.origin.at(['minVisitsPerQuarter']), `${unit} had ${n} mystery-shopper ${n === 1 ? 'visit' : 'visits'} in ${q}; the checklist ${checklist.id} asks for at least ${checklist.minVisitsPerQuarter}.`, `Ask the agency for the missing visits in the next quarter, and say in the ${checklist.kpi} measurement's note why there were fewer.`);
        }
      }
    }
    if (checklist.kpi === undefined) continue;
    const byUnit = h.index.measurementsByKpi.get(checklist.kpi);
    for (const s of summaries) {
      const m = byUnit?.get(s.unit)?.get(s.quarter);
      if (!m || m.valueWritten === null) continue;
      const problems: string[] = [];
      if (m.valueWritten !== undefined && Math.abs(m.valueWritten - s.mean) > 0.05 + 1e-9) problems.push(`value ${m.valueWritten}, the visits' mean ${round(s.mean)}`);
      if (m.n !== undefined && m.n !== s.n) problems.push(`n ${m.n}, ${s.n} visits`);
      if (m.sd !== undefined && Math.abs(m.sd - s.sd) > 0.05 + 1e-9) problems.push(`sd ${m.sd}, the visits' ${round(s.sd)}`);
      if (problems.length === 0) continue;
      bag.report(
        'visit/kpi-mismatch',
        m.origin.at(['kpi']),
        `${checklist.kpi} for ${s.unit} in ${s.quarter} disagrees with the ${s.n} mystery-shopper ${s.n === 1 ? 'visit' : 'visits'}: ${problems.join('; ')}.`,
        `Write the value the visits give (mean ${round(s.mean, 1)}, n ${s.n}, sd ${round(s.sd, 1)}), or correct the visits in data/mystery-shop/.`,
      );
    }
  }
}

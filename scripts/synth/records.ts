/**
 * Quality records of a synthetic handbook besides coverage: a risk register (one risk per fourth
 * effective SOP, at most 999, at its first step, watched by a KPI; a high one treated by an action, so that no
 * record's validity depends on the day the handbook is checked) and a management review per quarter of the
 * window whose review date has come (each considering every input and deciding on one of the
 * actions). Enough for `npm run bench` to load, check and render these kinds at scale; every record
 * passes the check.
 */
import { dayNumber, fromDayNumber, lastDayOfMonth, monthsEnding, quartersIn } from './dates.ts';
import type { Random } from './random.ts';
import type { World } from './world.ts';

export interface RecordFile {
  path: string;
  text: string;
}

const INPUTS = 'previous-actions, context-changes, customer-satisfaction, objectives, process-performance, nonconformities, monitoring-results, audit-results, external-providers, resources, risks, improvement';

export function buildRisks(r: Random, world: World, actionIds: readonly string[]): RecordFile[] {
  const end = dayNumber(world.endDate);
  const people = world.people.map((p) => p.id);
  const kpis = world.kpis.map((k) => k.id);
  return world.sops
    .filter((s) => s.status === 'effective')
    .filter((_, i) => i % 4 === 0)
    .slice(0, 999) // risk ids have three digits
    .map((sop, i) => {
      const id = `RISK-${String(i + 1).padStart(3, '0')}`;
      const before = { likelihood: r.int(2, 5), severity: r.int(2, 5) };
      const after = { likelihood: Math.max(1, before.likelihood - r.int(0, 2)), severity: before.severity };
      const owner = r.pick(people);
      const high = after.likelihood * after.severity >= 10;
      const identified = fromDayNumber(end - r.int(200, 700));
      const lastReviewed = fromDayNumber(Math.max(dayNumber(identified), end - r.int(10, 300)));
      const response = !high
        ? ''
        : actionIds.length > 0
          ? `treatment: ${r.pick(actionIds)}\n`
          : `acceptance: { by: ${r.pick(people.filter((p) => p !== owner))}, date: ${lastReviewed}, until: ${fromDayNumber(end + r.int(400, 700))}, reason: Cost of the treatment above the harm it prevents }\n`;
      const controls = [`  - { sop: ${sop.id}, step: S1 }`, ...(kpis.length > 0 ? [`  - { kpi: ${r.pick(kpis)} }`] : [])];
      return {
        path: `data/risks/${id}.yaml`,
        text: `id: ${id}\ntitle: Risk at the first step of ${sop.id}\nprocess: { sop: ${sop.id}, step: S1 }\nunits: all\ncause: Synthetic cause\nconsequence: Synthetic consequence\nbefore: { likelihood: ${before.likelihood}, severity: ${before.severity} }\nafter: { likelihood: ${after.likelihood}, severity: ${after.severity} }\ncontrols:\n${controls.join('\n')}\n${response}owner: ${owner}\nidentified: ${identified}\nlastReviewed: ${lastReviewed}\nreviewIntervalMonths: 12\n`,
      };
    });
}

export function buildManagementReviews(r: Random, world: World, months: number, actionIds: readonly string[]): RecordFile[] {
  const end = dayNumber(world.endDate);
  const people = world.people.map((p) => p.id);
  return quartersIn(monthsEnding(world.endMonth, months)).flatMap((quarter) => {
    const lastMonth = `${quarter.slice(0, 4)}-${String(Number(quarter.slice(-1)) * 3).padStart(2, '0')}`;
    const date = dayNumber(lastDayOfMonth(lastMonth)) + r.int(10, 35);
    if (date > end) return [];
    const [chair, ...attendees] = r.sample(people, Math.min(people.length, 5));
    const decision = actionIds.length > 0 ? `    actions: [${r.pick(actionIds)}]\n` : '';
    return [
      {
        path: `data/management-reviews/MR-${quarter}.yaml`,
        text: `id: MR-${quarter}\ndate: ${fromDayNumber(date)}\nchair: ${chair}\nattendees: [${attendees.join(', ')}]\ninputs: [${INPUTS}]\nminutes: DMS-${quarter}\ndecisions:\n  - kind: improvement\n    decision: Synthetic decision of ${quarter}\n${decision}`,
      },
    ];
  });
}

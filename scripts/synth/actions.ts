/**
 * Improvement actions (PDCA): goal, measures, owner, deadline; closed ones carry their
 * effectiveness evaluation and closing date, open ones none.
 */
import { ACTION_MEASURES, ACTION_TITLES, EVALUATION_METHODS } from './catalogue.ts';
import { dayNumber, fromDayNumber } from './dates.ts';
import { targetText } from './kpis.ts';
import type { Random } from './random.ts';
import { peopleWithRoles, type World } from './world.ts';
import { toYaml } from './yaml-writer.ts';

export interface ActionFile {
  path: string;
  text: string;
}

const RESOURCES = [
  'Two training days and CRM configuration by IT support',
  'Overtime budget for one extra evening shift for three months',
  'Half a day per week of the quality inspector',
  'Mystery shopper visits from the existing contract',
];
const RESULTS = [
  'The KPI stayed on target for three consecutive months after the change.',
  'Complaints fell by 40% compared with the same quarter last year.',
  'The re-audit found no repeat of the nonconformity.',
  'The improvement did not last beyond the second month; a new action was opened.',
];

export function buildActions(r: Random, count: number, world: World): ActionFile[] {
  const end = dayNumber(world.endDate);
  const owners = peopleWithRoles(world, ['branch-manager', 'regional-manager', 'quality-manager', 'team-leader']);
  const effectiveSops = world.sops.filter((s) => s.status === 'effective').map((s) => s.id);
  const effectiveStandards = world.standards.filter((s) => s.status === 'effective').map((s) => s.id);
  const opened = Array.from({ length: count }, () => end - Math.floor(Math.pow(r.next(), 0.8) * 900)).sort((a, b) => a - b);
  const perYear = new Map<string, number>();
  return opened.map((openDay) => {
    const year = fromDayNumber(openDay).slice(0, 4);
    let seq = (perYear.get(year) ?? 0) + 1;
    if (seq > 999) throw new Error(`More than 999 improvement actions opened in ${year}.`);
    perYear.set(year, seq);
    const id = `IA-${year}-${String(seq).padStart(3, '0')}`;
    const age = end - openDay;
    const stage = age > 200
      ? r.weighted([['closed', 85], ['act', 5], ['check', 5], ['do', 5]] as const)
      : r.weighted([['plan', 20], ['do', 35], ['check', 20], ['act', 10], ['closed', 15]] as const);
    // Open actions past their first deadline usually had it moved; a few stay overdue.
    let dueDay = openDay + r.int(30, 180);
    if (stage !== 'closed' && dueDay < end && r.chance(0.8)) dueDay = end + r.int(15, 120);
    const kpi = r.pick(world.kpis);
    const units = r.sample(kpi.branches.length > 0 ? kpi.branches : world.branches, r.int(1, 3));
    const unitName = units.length === 1 ? units[0]!.en : units[0]!.en.replace(/ branch.*$/, '') + ' and nearby branches';
    const closedDay = stage === 'closed' ? Math.min(end, openDay + r.int(20, 220)) : undefined;
    const effective = r.chance(0.8);
    const action = {
      id,
      title: r.pick(ACTION_TITLES)(unitName, kpi.name.en),
      stage,
      source: r.weighted([['kpi-breach', 35], ['spc-signal', 15], ['audit-finding', 15], ['complaint', 15], ['suggestion', 5], ['mystery-shopper', 8], ['management-review', 7]] as const),
      links: {
        kpis: [kpi.id],
        units: units.map((u) => u.id),
        sops: r.sample(effectiveSops, r.int(0, 2)).sort(),
        standards: r.chance(0.4) ? r.sample(effectiveStandards, 1) : [],
      },
      owner: r.pick(owners).id,
      opened: fromDayNumber(openDay),
      due: fromDayNumber(dueDay),
      closed: closedDay !== undefined ? fromDayNumber(closedDay) : undefined,
      goal: `${kpi.name.en} back to ${targetText(kpi)} or better for three consecutive ${kpi.frequency === 'quarterly' ? 'quarters' : 'months'}`,
      measures: r.sample(ACTION_MEASURES, r.int(2, 4)),
      resources: r.chance(0.6) ? r.pick(RESOURCES) : undefined,
      evaluation: {
        method: r.pick(EVALUATION_METHODS),
        result: closedDay !== undefined ? (effective ? r.pick(RESULTS.slice(0, 3)) : RESULTS[3]!) : undefined,
        effective: closedDay !== undefined ? effective : undefined,
        date: closedDay !== undefined ? fromDayNumber(closedDay) : undefined,
      },
    };
    return { path: `data/actions/${id}.yaml`, text: toYaml(action) };
  });
}

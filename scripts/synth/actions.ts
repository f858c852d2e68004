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

/** Hands out action ids, `IA-YYYY-NNN`, numbered per year of opening across every part that opens actions. */
export class ActionIds {
  private readonly perYear = new Map<string, number>();

  next(openDay: number): string {
    const year = fromDayNumber(openDay).slice(0, 4);
    const seq = (this.perYear.get(year) ?? 0) + 1;
    if (seq > 999) throw new Error(`More than 999 improvement actions opened in ${year}.`);
    this.perYear.set(year, seq);
    return `IA-${year}-${String(seq).padStart(3, '0')}`;
  }
}

/** An action another record opens (a major complaint, an audit finding, a failed inspection item): what it is about. */
export interface ActionRequest {
  id: string;
  openDay: number;
  source: 'audit-finding' | 'complaint' | 'mystery-shopper' | 'spc-signal';
  title: string;
  units: string[];
  sops: string[];
  kpis: string[];
  goal: string;
}

export function buildActions(r: Random, count: number, world: World, ids: ActionIds = new ActionIds()): ActionFile[] {
  const end = dayNumber(world.endDate);
  const effectiveSops = world.sops.filter((s) => s.status === 'effective').map((s) => s.id);
  const effectiveStandards = world.standards.filter((s) => s.status === 'effective').map((s) => s.id);
  const opened = Array.from({ length: count }, () => end - Math.floor(Math.pow(r.next(), 0.8) * 900)).sort((a, b) => a - b);
  return opened.map((openDay) => {
    const id = ids.next(openDay);
    const kpi = r.pick(world.kpis);
    const units = r.sample(kpi.branches.length > 0 ? kpi.branches : world.branches, r.int(1, 3));
    const unitName = units.length === 1 ? units[0]!.en : units[0]!.en.replace(/ branch.*$/, '') + ' and nearby branches';
    return actionFile(r, world, id, openDay, {
      title: r.pick(ACTION_TITLES)(unitName, kpi.name.en),
      source: r.weighted([['kpi-breach', 35], ['spc-signal', 15], ['audit-finding', 15], ['complaint', 15], ['suggestion', 5], ['mystery-shopper', 8], ['management-review', 7]] as const),
      links: {
        kpis: [kpi.id],
        units: units.map((u) => u.id),
        sops: r.sample(effectiveSops, r.int(0, 2)).sort(),
        standards: r.chance(0.4) ? r.sample(effectiveStandards, 1) : [],
      },
      goal: `${kpi.name.en} back to ${targetText(kpi)} or better for three consecutive ${kpi.frequency === 'quarterly' ? 'quarters' : 'months'}`,
    });
  });
}

/** The actions that records opened, one file each. */
export function buildRequestedActions(r: Random, world: World, requests: readonly ActionRequest[]): ActionFile[] {
  return requests.map((q) =>
    actionFile(r, world, q.id, q.openDay, { title: q.title, source: q.source, links: { kpis: q.kpis, units: q.units, sops: [...q.sops].sort(), standards: [] }, goal: q.goal }),
  );
}

interface ActionParts {
  title: string;
  source: string;
  links: { kpis: string[]; units: string[]; sops: string[]; standards: string[] };
  goal: string;
}

/** An action opened on `openDay`: its stage by its age, the due date, and for a closed one its evaluation. */
function actionFile(r: Random, world: World, id: string, openDay: number, parts: ActionParts): ActionFile {
  const end = dayNumber(world.endDate);
  const owners = peopleWithRoles(world, ['branch-manager', 'regional-manager', 'quality-manager', 'team-leader']);
  const age = end - openDay;
  const stage = age > 200
    ? r.weighted([['closed', 85], ['act', 5], ['check', 5], ['do', 5]] as const)
    : r.weighted([['plan', 20], ['do', 35], ['check', 20], ['act', 10], ['closed', 15]] as const);
  // Open actions past their first deadline usually had it moved; a few stay overdue.
  let dueDay = openDay + r.int(30, 180);
  if (stage !== 'closed' && dueDay < end && r.chance(0.8)) dueDay = end + r.int(15, 120);
  const closedDay = stage === 'closed' ? Math.min(end, openDay + r.int(20, 220)) : undefined;
  const effective = r.chance(0.8);
  const action = {
    id,
    title: parts.title,
    stage,
    source: parts.source,
    links: parts.links,
    owner: r.pick(owners).id,
    opened: fromDayNumber(openDay),
    due: fromDayNumber(dueDay),
    closed: closedDay !== undefined ? fromDayNumber(closedDay) : undefined,
    goal: parts.goal,
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
}

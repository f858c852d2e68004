/**
 * Indexes built once per load: reverse links and lookups that pages and rules would otherwise
 * compute by searching lists (which grows quadratically with the handbook).
 */
import type { Handbook, HandbookIndex, ImprovementActionEntity, MeasurementEntity, UnitEntity } from './handbook.ts';
import { measures } from './standard-measures.ts';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildIndex(h: Omit<Handbook, 'derived'>): HandbookIndex {
  // Unit tree. Cycles are reported by the reference rules; here they are simply not followed.
  for (const unit of h.units.values()) {
    unit.children = [];
    unit.parentUnit = undefined;
  }
  for (const unit of h.units.values()) {
    const parent = unit.parent ? h.units.get(unit.parent) : undefined;
    if (parent && parent !== unit) {
      unit.parentUnit = parent;
      parent.children.push(unit);
    }
  }
  const unitAndDescendants = descendantsOf(h.units);

  const index: HandbookIndex = {
    sopsByStandard: new Map(),
    sopsByKpi: new Map(),
    standardsByKpi: new Map(),
    sopsByArea: new Map(),
    measurementsByKpi: new Map(),
    actionsByKpi: new Map(),
    actionsByUnit: new Map(),
    actionsBySop: new Map(),
    actionsByStandard: new Map(),
    risksBySop: new Map(),
    peopleByUnit: new Map(),
    unitAndDescendants,
  };
  for (const sop of h.sops.values()) {
    for (const id of new Set(sop.implements)) push(index.sopsByStandard, id, sop);
    for (const id of new Set(sop.measuredBy)) push(index.sopsByKpi, id, sop);
    push(index.sopsByArea, sop.area, sop);
  }
  for (const standard of h.standards.values()) {
    if ('kpi' in standard.criterion) push(index.standardsByKpi, standard.criterion.kpi, standard);
  }
  for (const kpi of h.kpis.values()) {
    const standard = kpi.standard === undefined ? undefined : h.standards.get(kpi.standard);
    if (standard && !('kpi' in standard.criterion) && measures(kpi, standard)) push(index.standardsByKpi, kpi.id, standard);
  }
  for (const m of h.measurements) addMeasurement(index, m);
  for (const action of h.actions.values()) addAction(index, action);
  for (const risk of h.risks.values()) {
    if (risk.status !== 'active') continue;
    for (const id of new Set([risk.process.sop, ...risk.controls.flatMap((c) => (c.sop === undefined ? [] : [c.sop]))])) push(index.risksBySop, id, risk);
  }
  for (const person of h.people.values()) push(index.peopleByUnit, person.unit, person);
  return index;
}

function addMeasurement(index: HandbookIndex, m: MeasurementEntity): void {
  let byUnit = index.measurementsByKpi.get(m.kpi);
  if (!byUnit) index.measurementsByKpi.set(m.kpi, (byUnit = new Map()));
  let byPeriod = byUnit.get(m.unit);
  if (!byPeriod) byUnit.set(m.unit, (byPeriod = new Map()));
  // The first value wins; a second one for the same key is reported as a duplicate.
  if (!byPeriod.has(m.period)) byPeriod.set(m.period, m);
}

function addAction(index: HandbookIndex, a: ImprovementActionEntity): void {
  for (const id of new Set(a.links.kpis)) push(index.actionsByKpi, id, a);
  for (const id of new Set(a.links.units)) push(index.actionsByUnit, id, a);
  for (const id of new Set(a.links.sops)) push(index.actionsBySop, id, a);
  for (const id of new Set(a.links.standards)) push(index.actionsByStandard, id, a);
}

/** Every unit id below a unit, itself included, read from the units' `children` (cycles not followed), as the handbook's index gives it. */
export function descendantsOf(units: ReadonlyMap<string, UnitEntity>): (id: string) => Set<string> {
  const memo = new Map<string, Set<string>>();
  return (id) => {
    const cached = memo.get(id);
    if (cached) return cached;
    const result = new Set<string>([id]);
    memo.set(id, result);
    const stack = [...(units.get(id)?.children ?? [])];
    while (stack.length) {
      const u = stack.pop()!;
      if (result.has(u.id)) continue;
      result.add(u.id);
      stack.push(...u.children);
    }
    return result;
  };
}

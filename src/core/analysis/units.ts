/**
 * The unit tree and which SOPs apply to a unit. An SOP's scope names units (or `all`); a listed
 * unit includes every unit below it, so a branch is covered by an SOP scoped to its region.
 */
import type { Handbook, SopEntity, UnitEntity } from '../model/handbook.ts';
import { byId } from '../order.ts';

/** Units without a parent, in source order (the organisation, normally exactly one). */
export function unitRoots(units: Map<string, UnitEntity>): UnitEntity[] {
  return [...units.values()].filter((u) => !u.parentUnit);
}

/** The unit's parents, nearest first (stops on a cycle, which the checks report). */
export function unitAncestors(unit: UnitEntity): UnitEntity[] {
  const result: UnitEntity[] = [];
  const seen = new Set<UnitEntity>([unit]);
  for (let u = unit.parentUnit; u && !seen.has(u); u = u.parentUnit) {
    seen.add(u);
    result.push(u);
  }
  return result;
}

interface ScopeIndex {
  all: SopEntity[];
  byUnit: Map<string, SopEntity[]>;
}

// The model has no index of SOPs by the units in their scope (HandbookIndex has no sopsByUnit);
// this builds one in a single pass over the SOPs, once per handbook, until the core provides it.
const scopeIndexes = new WeakMap<Pick<Handbook, 'sops'>, ScopeIndex>();

function scopeIndex(h: Pick<Handbook, 'sops'>): ScopeIndex {
  let index = scopeIndexes.get(h);
  if (!index) {
    index = { all: [], byUnit: new Map() };
    for (const sop of h.sops.values()) {
      if (sop.scope === 'all') {
        index.all.push(sop);
        continue;
      }
      for (const id of new Set(sop.scope)) {
        const list = index.byUnit.get(id);
        if (list) list.push(sop);
        else index.byUnit.set(id, [sop]);
      }
    }
    scopeIndexes.set(h, index);
  }
  return index;
}

export interface UnitSops {
  /** SOPs scoped to the unit itself or to a unit above it, sorted by id. */
  specific: SopEntity[];
  /** SOPs scoped to all units (the same list for every unit, so pages give its size and a link). */
  allUnits: readonly SopEntity[];
}

/** SOPs whose scope covers `unit`: those scoped to it or to a unit above it, and those scoped to all units. */
export function sopsInScope(h: Pick<Handbook, 'sops'>, unit: UnitEntity): UnitSops {
  const index = scopeIndex(h);
  const found = new Set<SopEntity>();
  for (const u of [unit, ...unitAncestors(unit)]) for (const sop of index.byUnit.get(u.id) ?? []) found.add(sop);
  return { specific: [...found].sort(byId), allUnits: index.all };
}

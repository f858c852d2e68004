import { describe, expect, it } from 'vitest';
import { sopsInScope, unitAncestors, unitRoots } from '../../../src/core/analysis/units.ts';
import { miniHandbook } from '../../site/mini-handbook.ts';

const h = miniHandbook();
const unit = (id: string) => h.units.get(id)!;

describe('unit tree', () => {
  it('has the organisation as its only root', () => {
    expect(unitRoots(h.units).map((u) => u.id)).toEqual(['org']);
  });

  it('lists ancestors nearest first', () => {
    expect(unitAncestors(unit('br-a')).map((u) => u.id)).toEqual(['region-east', 'org']);
    expect(unitAncestors(unit('org'))).toEqual([]);
  });
});

describe('sopsInScope', () => {
  const specific = (id: string) => sopsInScope(h, unit(id)).specific.map((s) => s.id);

  it('lists SOPs scoped to the unit and to units above it, each once, by id', () => {
    expect(specific('br-a')).toEqual(['SOP-CS-002', 'SOP-CS-003']);
    expect(specific('br-b')).toEqual(['SOP-CS-003']);
  });

  it('does not list SOPs scoped to units below or beside it', () => {
    expect(specific('region-east')).toEqual(['SOP-CS-003']);
    expect(specific('org')).toEqual([]);
    expect(specific('dept-hq')).toEqual(['SOP-DL-001']);
  });

  it('gives the SOPs scoped to all units separately, the same for every unit', () => {
    expect(sopsInScope(h, unit('br-a')).allUnits.map((s) => s.id)).toEqual(['SOP-CS-001']);
    expect(sopsInScope(h, unit('org')).allUnits).toBe(sopsInScope(h, unit('dept-hq')).allUnits);
  });
});

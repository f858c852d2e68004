/** Where a risk arises: `all`, or the units it lists and every unit below them. */

/** The handbook's unit tree, as far as a scope needs it (`HandbookIndex.unitAndDescendants`). */
interface UnitTree {
  index: { unitAndDescendants(unitId: string): Set<string> };
}

export function unitsOf(h: UnitTree, risk: { units: 'all' | readonly string[] }): 'all' | Set<string> {
  return risk.units === 'all' ? 'all' : new Set(risk.units.flatMap((u) => [...h.index.unitAndDescendants(u)]));
}

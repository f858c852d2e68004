/** The units each KPI is reported for: its `units` (or all) and everything below them, minus those it is not applicable to. */
import type { HandbookIndex, KpiEntity } from '../model/handbook.ts';

/** Units `kpi` is reported for in `h`. */
export function kpiUnits(h: { readonly units: ReadonlyMap<string, unknown>; readonly index: Pick<HandbookIndex, 'unitAndDescendants'> }, kpi: Pick<KpiEntity, 'units' | 'notApplicable'>): Set<string> {
  const scope = kpi.units === 'all' ? new Set(h.units.keys()) : new Set(kpi.units.flatMap((id) => [...h.index.unitAndDescendants(id)]));
  for (const id of kpi.notApplicable) scope.delete(id);
  return scope;
}

/** The scope of every KPI of `h`, by KPI id. */
export function kpiScopes(h: { readonly units: ReadonlyMap<string, unknown>; readonly index: Pick<HandbookIndex, 'unitAndDescendants'>; readonly kpis: ReadonlyMap<string, KpiEntity> }): Map<string, ReadonlySet<string>> {
  return new Map([...h.kpis.values()].map((kpi) => [kpi.id, kpiUnits(h, kpi)]));
}

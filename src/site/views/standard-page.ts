/**
 * What the page of one service standard (src/pages/[...locale]/standards/[id].astro) shows,
 * prepared: the KPI its criterion names, the SOPs that implement it in id order, the KPIs that
 * measure it (only a KPI that counts what the standard promises) and the KPIs of its SOPs in use
 * that are related, its improvement actions, and its document control (the version in force on
 * the build date, site/stores/definitions-in-force.ts).
 */
import type { Handbook, StandardEntity } from '../../core/model/handbook.ts';
import { byId } from '../../core/order.ts';
import { measuringKpis } from '../../core/model/standard-measures.ts';
import { isInUse } from '../../core/analysis/traceability.ts';
import { controlView } from './controlled.ts';

export function standardPage(handbook: Handbook, s: StandardEntity) {
  const kpiId = 'kpi' in s.criterion ? s.criterion.kpi : undefined;
  const sops = [...(handbook.index.sopsByStandard.get(s.id) ?? [])].sort(byId);
  // Only a KPI that counts what the standard promises measures it; the KPIs of its SOPs are related.
  const measuring = measuringKpis(s, handbook.kpis).map((id) => handbook.kpis.get(id)!);
  const related = [...new Set(sops.filter((sop) => isInUse(sop.status)).flatMap((sop) => sop.measuredBy))]
    .filter((id) => handbook.kpis.has(id) && !measuring.some((k) => k.id === id))
    .sort()
    .map((id) => ({ id }));
  return {
    kpiId,
    kpi: kpiId ? handbook.kpis.get(kpiId) : undefined,
    sops,
    measuring,
    related,
    actions: handbook.index.actionsByStandard.get(s.id) ?? [],
    control: controlView(s.id),
  };
}

export type StandardPage = ReturnType<typeof standardPage>;

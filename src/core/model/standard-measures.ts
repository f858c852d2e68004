/**
 * Which KPIs measure a service standard. A KPI measures a standard only when it counts what the
 * standard promises:
 * - a standard whose criterion is a KPI threshold (`{ kpi, threshold }`) is measured by that KPI;
 * - a time-limit standard (`{ timeLimit, event }`) is measured by an `sla-compliance` KPI that
 *   names it (`standard:`) and whose `limit` is the standard's time limit: the share of cases
 *   within that limit.
 * A KPI an implementing SOP lists under `measuredBy` is related to the standard, but does not
 * measure it (CSAT does not count refunds paid within 3 days).
 */
import type { Kpi } from '../schema/kpi.ts';
import type { Standard } from '../schema/standard.ts';
import { durationMinutes } from '../time/duration.ts';

type KpiLike = Pick<Kpi, 'id' | 'method' | 'limit' | 'standard'>;
type StandardLike = Pick<Standard, 'id' | 'criterion'>;

/** Why a KPI that names a standard does not count it. */
export type NotCounted =
  /** The standard's criterion is a KPI threshold (of this KPI or another), not a time limit. */
  | { reason: 'no-time-limit'; criterionKpi: string }
  /** The KPI is not an SLA-compliance KPI: it does not count cases within a time limit. */
  | { reason: 'not-sla-compliance' }
  /** The KPI's time limit is not the standard's. */
  | { reason: 'other-limit'; kpiLimit: string | undefined; standardLimit: string };

/** Whether `kpi`, which names `standard`, counts it; undefined when it does, else why not. */
export function notCounted(kpi: KpiLike, standard: StandardLike): NotCounted | undefined {
  const c = standard.criterion;
  if ('kpi' in c) return { reason: 'no-time-limit', criterionKpi: c.kpi };
  if (kpi.method !== 'sla-compliance') return { reason: 'not-sla-compliance' };
  const limit = kpi.limit === undefined ? undefined : durationMinutes(kpi.limit);
  if (limit === undefined || limit !== durationMinutes(c.timeLimit)) return { reason: 'other-limit', kpiLimit: kpi.limit, standardLimit: c.timeLimit };
  return undefined;
}

/** Whether `kpi` measures `standard`: the standard's criterion names it, or it counts the standard's time limit. */
export function measures(kpi: KpiLike, standard: StandardLike): boolean {
  if ('kpi' in standard.criterion) return standard.criterion.kpi === kpi.id;
  return kpi.standard === standard.id && notCounted(kpi, standard) === undefined;
}

/** The ids of the KPIs (of `kpis`) that measure `standard`, sorted. */
export function measuringKpis(standard: StandardLike, kpis: ReadonlyMap<string, KpiLike>): string[] {
  const ids = new Set<string>();
  if ('kpi' in standard.criterion) {
    if (kpis.has(standard.criterion.kpi)) ids.add(standard.criterion.kpi);
  } else {
    for (const kpi of kpis.values()) if (measures(kpi, standard)) ids.add(kpi.id);
  }
  return [...ids].sort();
}

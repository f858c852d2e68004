/**
 * The traceability matrix: which SOPs put each service standard into practice, and which KPIs
 * measure it, with the gaps highlighted.
 *
 * Definitions (also stated on the /traceability/ page):
 * - An SOP *implements* a standard when it lists it under `implements`. Only SOPs that are not
 *   retired or superseded count: an SOP no longer in use implements nothing. Drafts and SOPs in
 *   review count, and are marked as such.
 * - A standard is *measured* by a KPI only when the KPI counts what the standard promises
 *   (`core/model/standard-measures.ts`): the KPI its criterion names, or, for a time-limit
 *   standard, an `sla-compliance` KPI that names it and counts the cases within the same limit.
 *   KPIs that implementing SOPs list under `measuredBy` are shown as *related*: they do not
 *   measure the standard (CSAT does not count refunds paid within 3 days).
 * - Gaps: an effective standard no SOP implements (`no-sop`); an effective standard no KPI
 *   measures (`not-measured`); an SOP (in use) that implements no standard (`sop-implements-nothing`).
 *   Retired standards are listed but never flagged.
 */
import { measuringKpis } from '../model/standard-measures.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { SopStatus } from '../schema/sop.ts';
import type { Standard } from '../schema/standard.ts';

type StandardLike = Pick<Standard, 'id' | 'title' | 'status' | 'criterion'>;
type KpiLike = Pick<Kpi, 'id' | 'method' | 'limit' | 'standard'>;
interface SopLike {
  id: string;
  title: string;
  status: SopStatus;
  implements: readonly string[];
  measuredBy: readonly string[];
}

export interface TraceInput<S extends StandardLike = StandardLike, P extends SopLike = SopLike> {
  standards: ReadonlyMap<string, S>;
  sops: ReadonlyMap<string, P>;
  kpis: ReadonlyMap<string, KpiLike>;
}

export type StandardGap = 'no-sop' | 'not-measured';

export interface TraceKpi {
  id: string;
  /** How it measures the standard: its criterion names the KPI, or the KPI counts the cases within the standard's time limit. */
  how: 'criterion' | 'counts-time-limit';
}

export interface RelatedKpi {
  id: string;
  /** Implementing SOPs that list the KPI under `measuredBy`, by id. */
  viaSops: string[];
}

export interface TraceRow<S extends StandardLike = StandardLike, P extends SopLike = SopLike> {
  standard: S;
  /** SOPs in use that implement the standard, by id. */
  sops: P[];
  /** KPIs that measure the standard, by id. */
  kpis: TraceKpi[];
  /** Other KPIs of the implementing SOPs, by id: related, not measuring (unknown ids are left out: the checks report them). */
  related: RelatedKpi[];
  gaps: StandardGap[];
}

export interface Traceability<S extends StandardLike = StandardLike, P extends SopLike = SopLike> {
  rows: TraceRow<S, P>[];
  /** SOPs in use that implement no (known) standard, by id. */
  sopsWithoutStandard: P[];
  counts: { standards: number; noSop: number; notMeasured: number; sopsWithoutStandard: number };
}

/** An SOP still in use: not retired or superseded. */
export function isInUse(status: SopStatus): boolean {
  return status !== 'retired' && status !== 'superseded';
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function traceability<S extends StandardLike, P extends SopLike>(h: TraceInput<S, P>): Traceability<S, P> {
  const sops = [...h.sops.values()].filter((s) => isInUse(s.status)).sort(byId);
  const rows = [...h.standards.values()].sort(byId).map((standard): TraceRow<S, P> => {
    const implementing = sops.filter((s) => s.implements.includes(standard.id));
    const how: TraceKpi['how'] = 'kpi' in standard.criterion ? 'criterion' : 'counts-time-limit';
    const kpis = measuringKpis(standard, h.kpis).map((id) => ({ id, how }));
    const measuring = new Set(kpis.map((k) => k.id));
    const related = new Map<string, RelatedKpi>();
    for (const sop of implementing) {
      for (const id of new Set(sop.measuredBy)) {
        if (!h.kpis.has(id) || measuring.has(id)) continue;
        let r = related.get(id);
        if (!r) related.set(id, (r = { id, viaSops: [] }));
        r.viaSops.push(sop.id);
      }
    }
    const gaps: StandardGap[] = [];
    if (standard.status === 'effective') {
      if (implementing.length === 0) gaps.push('no-sop');
      if (kpis.length === 0) gaps.push('not-measured');
    }
    return { standard, sops: implementing, kpis, related: [...related.values()].sort(byId), gaps };
  });
  const sopsWithoutStandard = sops.filter((s) => !s.implements.some((id) => h.standards.has(id)));
  return {
    rows,
    sopsWithoutStandard,
    counts: {
      standards: rows.length,
      noSop: rows.filter((r) => r.gaps.includes('no-sop')).length,
      notMeasured: rows.filter((r) => r.gaps.includes('not-measured')).length,
      sopsWithoutStandard: sopsWithoutStandard.length,
    },
  };
}

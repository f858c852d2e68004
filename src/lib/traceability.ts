/**
 * The traceability matrix: which SOPs put each service standard into practice, and which KPIs
 * measure it, with the gaps highlighted.
 *
 * Definitions (also stated on the /traceability/ page):
 * - An SOP *implements* a standard when it lists it under `implements`. Only SOPs that are not
 *   retired or superseded count: an SOP no longer in use implements nothing. Drafts and SOPs in
 *   review count, and are marked as such.
 * - A standard is *measured* by a KPI when its criterion names that KPI (`criterion.kpi`), or when
 *   an SOP implementing it lists the KPI under `measuredBy`. A time-limit criterion alone is not a
 *   KPI: the standard is then measured only through its SOPs' KPIs.
 * - Gaps: an effective standard no SOP implements (`no-sop`); an effective standard no KPI
 *   measures (`no-kpi`); an SOP (in use) that implements no standard (`sop-implements-nothing`).
 *   Retired standards are listed but never flagged.
 */
import type { SopStatus } from '../core/schema/sop.ts';
import type { Standard } from '../core/schema/standard.ts';

type StandardLike = Pick<Standard, 'id' | 'title' | 'status' | 'criterion'>;
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
  kpis: ReadonlyMap<string, unknown>;
}

export type StandardGap = 'no-sop' | 'no-kpi';

export interface TraceKpi {
  id: string;
  /** The standard's criterion names the KPI. */
  criterion: boolean;
  /** Implementing SOPs that list the KPI under `measuredBy`, by id. */
  viaSops: string[];
}

export interface TraceRow<S extends StandardLike = StandardLike, P extends SopLike = SopLike> {
  standard: S;
  /** SOPs in use that implement the standard, by id. */
  sops: P[];
  /** KPIs measuring the standard, by id (unknown KPI ids are left out: the checks report them). */
  kpis: TraceKpi[];
  gaps: StandardGap[];
}

export interface Traceability<S extends StandardLike = StandardLike, P extends SopLike = SopLike> {
  rows: TraceRow<S, P>[];
  /** SOPs in use that implement no (known) standard, by id. */
  sopsWithoutStandard: P[];
  counts: { standards: number; noSop: number; noKpi: number; sopsWithoutStandard: number };
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
    const kpis = new Map<string, TraceKpi>();
    const kpi = (id: string) => {
      let k = kpis.get(id);
      if (!k) kpis.set(id, (k = { id, criterion: false, viaSops: [] }));
      return k;
    };
    if ('kpi' in standard.criterion && h.kpis.has(standard.criterion.kpi)) kpi(standard.criterion.kpi).criterion = true;
    for (const sop of implementing) {
      for (const id of new Set(sop.measuredBy)) if (h.kpis.has(id)) kpi(id).viaSops.push(sop.id);
    }
    const gaps: StandardGap[] = [];
    if (standard.status === 'effective') {
      if (implementing.length === 0) gaps.push('no-sop');
      if (kpis.size === 0) gaps.push('no-kpi');
    }
    return { standard, sops: implementing, kpis: [...kpis.values()].sort(byId), gaps };
  });
  const sopsWithoutStandard = sops.filter((s) => !s.implements.some((id) => h.standards.has(id)));
  return {
    rows,
    sopsWithoutStandard,
    counts: {
      standards: rows.length,
      noSop: rows.filter((r) => r.gaps.includes('no-sop')).length,
      noKpi: rows.filter((r) => r.gaps.includes('no-kpi')).length,
      sopsWithoutStandard: sopsWithoutStandard.length,
    },
  };
}

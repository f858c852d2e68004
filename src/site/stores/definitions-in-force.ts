/**
 * The KPI definitions and service standards in force on the build date. A KPI's target, warning
 * threshold and floor are quality objectives (ISO 9001 6.2) and a standard's time limit is a
 * requirement: when the file on the main branch holds a new version approved for a later date,
 * the version in force is taken from Git history (the same decision as for SOPs,
 * `core/git/versions.ts`), so that the scorecard, the status, the KPI and standard pages and the
 * exports never apply a target before its effective date.
 */
import { buildIndex } from '../../core/model/index.ts';
import type { Handbook, KpiEntity, LoadResult, StandardEntity } from '../../core/model/handbook.ts';
import type { Kpi } from '../../core/schema/kpi.ts';
import type { Standard } from '../../core/schema/standard.ts';
import { documentVersionsOf } from './document-control.ts';

/** `loaded` with each KPI and standard as the version in force; `loaded` itself when every file is in force. */
export function definitionsInForce(loaded: LoadResult): LoadResult {
  const h = loaded.handbook;
  const kpis = replaced(h.kpis);
  const standards = replaced(h.standards);
  if (!kpis && !standards) return loaded;
  const view: Handbook = { ...h, kpis: kpis ?? h.kpis, standards: standards ?? h.standards };
  view.index = buildIndex(view);
  return { ...loaded, handbook: view };
}

/** The map with the entities whose version in force comes from history replaced, or undefined when none is. */
function replaced<E extends KpiEntity | StandardEntity>(map: Map<string, E>): Map<string, E> | undefined {
  let out: Map<string, E> | undefined;
  for (const [id, entity] of map) {
    if (entity.version === undefined) continue;
    const inForce = documentVersionsOf(id)?.inForce;
    if (inForce?.source !== 'history') continue;
    const fields = inForce.version.sop.frontmatter as Kpi | Standard | undefined;
    // A version in an earlier format cannot be applied: the file's stays (its page says which version is in force).
    if (!fields) continue;
    out ??= new Map(map);
    out.set(id, { ...fields, origin: entity.origin } as E);
  }
  return out;
}

/** The version a KPI's or standard's shown definition is, and the file's when it is not in force yet. */
export interface DefinitionShown {
  /** The version in force shown (undefined for an uncontrolled document). */
  version: string | undefined;
  /** The file's version, approved for a later date or in review, when it is not the one in force. */
  upcoming: { version: string; effective: string | undefined; status: string } | undefined;
  /** No version is in force yet (a first version approved for a later date), or it cannot be found without history. */
  notInForce: 'none' | 'unknown' | undefined;
}

export function definitionShown(id: string, shownVersion: string | undefined): DefinitionShown {
  const v = documentVersionsOf(id);
  if (!v) return { version: shownVersion, upcoming: undefined, notInForce: undefined };
  const notInForce = v.inForce.source === 'none' || v.inForce.source === 'unknown' ? v.inForce.source : undefined;
  return { version: shownVersion, upcoming: v.upcoming, notInForce };
}

/**
 * `h` (the handbook as shown on the build date) with each KPI as the version in force on `day`:
 * a period's scorecard judges it by the objectives in force when the period began, so a target
 * raised on 1 January 2026 applies from the January 2026 scorecard on, and the 2025 scorecards
 * keep the target they were set against. A version that takes effect within a period applies from
 * the next period, the first one it covers whole. Before a document's first version the earliest
 * one known is used (there was no other objective). `h` itself when no KPI differs.
 */
export function definitionsOnDay(h: Handbook, day: string): Handbook {
  const earlier: [string, KpiEntity][] = [];
  for (const [id, entity] of h.kpis) {
    if (entity.version === undefined || entity.effective === undefined || entity.effective <= day) continue;
    // Superseded versions come newest first: the first that had taken effect by `day` was in force then.
    const version = documentVersionsOf(id)?.superseded.find((v) => v.effective !== undefined && v.effective <= day);
    const fields = version?.sop.frontmatter as Kpi | undefined;
    if (fields) earlier.push([id, { ...fields, origin: entity.origin } as KpiEntity]);
  }
  if (earlier.length === 0) return h;
  // Periods with the same objectives share one view: its index is built once, not once per period.
  const key = earlier.map(([id, k]) => `${id}@${k.version}`).join(' ');
  let views = viewsByHandbook.get(h);
  if (!views) viewsByHandbook.set(h, (views = new Map()));
  let view = views.get(key);
  if (!view) {
    view = { ...h, kpis: new Map([...h.kpis, ...earlier]) };
    view.index = buildIndex(view);
    views.set(key, view);
  }
  return view;
}

const viewsByHandbook = new WeakMap<Handbook, Map<string, Handbook>>();

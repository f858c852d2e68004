/**
 * Which KPI definitions and service standards are in force, on the build date and on any earlier
 * day. A KPI's target, warning threshold and floor are quality objectives (ISO 9001 6.2) and a
 * standard's time limit is a requirement: when the file holds a new version approved for a later
 * date, the version in force is taken from Git history (the same decision as for SOPs,
 * `core/git/versions.ts`), so that the scorecards, the statuses, the KPI and standard pages and the
 * exports never apply a target before its effective date.
 *
 * The versions of each document come in through `versionsOf` (read once per build from Git by the
 * site's document-control store); what is kept between calls (the views of earlier periods) is the
 * caller's business.
 */
import type { SopVersions } from '../git/versions.ts';
import type { Handbook, KpiEntity, LoadResult, StandardEntity } from '../model/handbook.ts';
import { buildIndex } from '../model/index.ts';
import { deriveView } from '../derive/index.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { Standard } from '../schema/standard.ts';
import { parsePeriod, periodFrequency } from '../time/period.ts';

/** The versions of a controlled document other than an SOP (in force, upcoming, superseded), by id. */
export type VersionsOf = (id: string) => SopVersions<unknown> | undefined;

/** A superseded version as the objectives of an earlier day read it: the day it took effect and its fields. */
export interface EarlierVersion {
  readonly effective: string | undefined;
  readonly sop: { readonly frontmatter: unknown };
}

/** The superseded versions of a document, newest first, by id (what `objectivesOnDay` reads of `VersionsOf`). */
export type EarlierVersionsOf = (id: string) => { readonly superseded: readonly EarlierVersion[] } | undefined;

/** `loaded` with each KPI and standard as the version in force; `loaded` itself when every file is in force. */
export function definitionsInForce(loaded: LoadResult, versionsOf: VersionsOf): LoadResult {
  const h = loaded.handbook;
  const kpis = replaced(h.kpis, versionsOf);
  const standards = replaced(h.standards, versionsOf);
  if (!kpis && !standards) return loaded;
  const view: Handbook = { ...h, kpis: kpis ?? h.kpis, standards: standards ?? h.standards };
  view.index = buildIndex(view);
  view.derived = deriveView(view);
  return { ...loaded, handbook: view };
}

/** The map with the entities whose version in force comes from history replaced, or undefined when none is. */
function replaced<E extends KpiEntity | StandardEntity>(map: Map<string, E>, versionsOf: VersionsOf): Map<string, E> | undefined {
  let out: Map<string, E> | undefined;
  for (const [id, entity] of map) {
    if (entity.version === undefined) continue;
    const inForce = versionsOf(id)?.inForce;
    if (inForce?.source !== 'history') continue;
    const fields = inForce.version.sop.frontmatter as Kpi | Standard | undefined;
    // A version in an earlier format cannot be applied: the file's stays (its page says which version is in force).
    if (!fields) continue;
    out ??= new Map(map);
    out.set(id, { ...fields, origin: entity.origin } as E);
  }
  return out;
}

/** The KPIs of a handbook whose definition on some day differs from the one shown, and a key equal for equal sets. */
export interface Objectives {
  /** The KPIs as in force that day, where that is another version than `h`'s. */
  kpis: KpiEntity[];
  /** `KPI-CSAT@1.0 …`: days with the same objectives have the same key (empty when nothing differs). */
  key: string;
}

/**
 * The KPI definitions of `h` (the handbook as shown on the build date) that were in force on `day`
 * as another version: a period's scorecard judges each KPI by the objectives in force when the
 * period began, so a target raised on 1 January 2026 applies from the January 2026 scorecard on,
 * and the 2025 scorecards keep the target they were set against. A version that takes effect within
 * a period applies from the next period, the first one it covers whole. Before a document's first
 * version the earliest one known is used (there was no other objective).
 */
export function objectivesOnDay(h: { readonly kpis: ReadonlyMap<string, KpiEntity> }, day: string, versionsOf: EarlierVersionsOf): Objectives {
  const kpis: KpiEntity[] = [];
  for (const [id, entity] of h.kpis) {
    if (entity.version === undefined || entity.effective === undefined || entity.effective <= day) continue;
    // Superseded versions come newest first: the first that had taken effect by `day` was in force then.
    const version = versionsOf(id)?.superseded.find((v) => v.effective !== undefined && v.effective <= day);
    const fields = version?.sop.frontmatter as Kpi | undefined;
    if (fields) kpis.push({ ...fields, origin: entity.origin } as KpiEntity);
  }
  return { kpis, key: kpis.map((k) => `${k.id}@${k.version}`).join(' ') };
}

/** `h` with the KPIs of `objectives` in place of its own (its index and derived part rebuilt); `h` itself when none differ. */
export function withObjectives(h: Handbook, objectives: Objectives): Handbook {
  if (objectives.kpis.length === 0) return h;
  const view: Handbook = { ...h, kpis: new Map([...h.kpis, ...objectives.kpis.map((k) => [k.id, k] as const)]) };
  view.index = buildIndex(view);
  view.derived = deriveView(view);
  return view;
}

/** The objectives a period's scorecard judges by: those in force on the period's first day (none differ for a key that is not a period). */
export function objectivesOfPeriod(h: { readonly kpis: ReadonlyMap<string, KpiEntity> }, periodKey: string, versionsOf: EarlierVersionsOf): Objectives {
  const frequency = periodFrequency(periodKey);
  const period = frequency ? parsePeriod(periodKey, frequency) : undefined;
  return period ? objectivesOnDay(h, period.start, versionsOf) : { kpis: [], key: '' };
}

/**
 * What the export files are computed from, and nothing else: the one input of `exportFiles`
 * (files.ts). Its type is the list of the exports' inputs, kept by the compiler: the scoring engine
 * takes a `ScoringModel` (scoring/scoring-model.ts), the export code takes this, and neither can
 * reach a field that is not here. So a digest of this object (export-key.ts) changes whenever
 * anything the files are computed from changes, and a build whose digest is the previous build's
 * reuses its files (src/integration/export-cache.ts).
 *
 * It is a projection of the handbook as the site shows it (each KPI as the version in force on the
 * build date): the units, KPIs, measurements, improvement actions, audits and findings, declared
 * phases and acknowledged signals, the indexes the engine looks them up in, each KPI's superseded
 * versions (the objectives earlier periods are judged by, from Git history), and of each SOP only
 * the facts that place a control chart's phases (status, scope, the versions of its change log and
 * their dates), not its steps or body. The model holds no function that reads anything outside it:
 * its one function (`index.unitAndDescendants`) is built here from its own units.
 */
import type { EarlierVersion, EarlierVersionsOf } from '../analysis/definitions-in-force.ts';
import type { Handbook } from '../model/handbook.ts';
import { descendantsOf } from '../model/index.ts';
import type { ScoringModel, SopVersionFacts } from '../scoring/scoring-model.ts';

export interface ExportModel extends ScoringModel {
  /**
   * The superseded versions of each KPI that has a version and an effective date, newest first: a
   * period's scorecard and a measurement's status are judged by the objectives in force when the
   * period began.
   */
  readonly kpiHistory: ReadonlyMap<string, { readonly superseded: readonly EarlierVersion[] }>;
}

/** The SOP facts the engine reads (scoring-model.ts), copied so that nothing else of the SOP is reachable. */
function sopFacts(sop: Handbook['sops'] extends Map<string, infer S> ? S : never): SopVersionFacts {
  return {
    id: sop.id,
    status: sop.status,
    scope: sop.scope,
    changeLog: sop.changeLog.map((c) => ({ version: c.version, change: c.change, date: c.date })),
  };
}


/**
 * The export model of `h` (the handbook as the site shows it), with the superseded versions of its
 * KPIs from `versionsOf` (the build's document control).
 */
export function exportModel(h: Handbook, versionsOf: EarlierVersionsOf): ExportModel {
  const sops = new Map<string, SopVersionFacts>();
  for (const [id, sop] of h.sops) sops.set(id, sopFacts(sop));
  const sopsByKpi = new Map<string, SopVersionFacts[]>();
  for (const [kpi, list] of h.index.sopsByKpi) sopsByKpi.set(kpi, list.map((s) => sops.get(s.id) ?? sopFacts(s)));
  const kpiHistory = new Map<string, { superseded: EarlierVersion[] }>();
  for (const [id, kpi] of h.kpis) {
    // As objectivesOnDay reads them: only a KPI with a version and an effective date has earlier objectives.
    if (kpi.version === undefined || kpi.effective === undefined) continue;
    const superseded = versionsOf(id)?.superseded;
    if (superseded) kpiHistory.set(id, { superseded: superseded.map((v) => ({ effective: v.effective, sop: { frontmatter: v.sop.frontmatter } })) });
  }
  return {
    today: h.today,
    units: h.units,
    kpis: h.kpis,
    measurements: h.measurements,
    actions: h.actions,
    audits: h.audits,
    findings: h.findings,
    phases: h.phases,
    acknowledgements: h.acknowledgements,
    sops,
    index: {
      unitAndDescendants: descendantsOf(h.units),
      measurementsByKpi: h.index.measurementsByKpi,
      actionsByKpi: h.index.actionsByKpi,
      sopsByKpi,
    },
    derived: { kpiScope: h.derived.kpiScope },
    kpiHistory,
  };
}

/**
 * The scorecards and objectives the export files read, worked out from the export model alone
 * (export-model.ts) exactly as the site's scorecard store works them out from the handbook
 * (src/site/stores/scorecards.ts, definitions-in-force.ts): a period's scorecard judges each KPI by
 * the objectives in force on the period's first day (core/analysis/definitions-in-force.ts), and a
 * measurement's status by those of its period. Each set of objectives gets one view of the model,
 * and each period's scorecard is built once (the files of a period are written one after the other).
 */
import { objectivesOfPeriod, objectivesOnDay, type Objectives } from '../analysis/definitions-in-force.ts';
import { kpiScopes } from '../derive/kpi-scope.ts';
import { buildScorecard, periodsWithData, type Scorecard } from '../scoring/index.ts';
import { defaultScorecardPeriod } from '../scoring/scorecard-period.ts';
import type { ScorecardSource } from '../scoring/scorecard-source.ts';
import type { ScoringModel } from '../scoring/scoring-model.ts';
import type { Period } from '../time/period.ts';
import type { ExportModel } from './export-model.ts';

/** Scorecards kept besides the latest one (the early warnings read the last few periods, the files one period at a time). */
const RECENT_SCORECARDS = 4;

export interface ExportScorecards {
  scorecards: ScorecardSource;
  /** The model with each KPI as in force on `day`. */
  objectivesOn(day: string): ScoringModel;
}

/** `model` with the KPIs of `objectives` in place of its own and their scopes worked out again, as `withObjectives` makes a handbook's view. */
function withObjectives(model: ExportModel, objectives: Objectives): ScoringModel {
  const kpis = new Map([...model.kpis, ...objectives.kpis.map((k) => [k.id, k] as const)]);
  const view = { ...model, kpis };
  return { ...view, derived: { kpiScope: kpiScopes(view) } };
}

export function exportScorecards(model: ExportModel): ExportScorecards {
  const history = (id: string) => model.kpiHistory.get(id);
  const views = new Map<string, ScoringModel>();
  const viewOf = (objectives: Objectives): ScoringModel => {
    if (objectives.kpis.length === 0) return model;
    let view = views.get(objectives.key);
    if (!view) views.set(objectives.key, (view = withObjectives(model, objectives)));
    return view;
  };
  let periods: Period[] | undefined;
  let latestKey: string | undefined;
  let latest: Scorecard | undefined;
  const recent = new Map<string, Scorecard>();
  const build = (key: string) => buildScorecard(viewOf(objectivesOfPeriod(model, key, history)), key);
  const scorecards: ScorecardSource = {
    periods: () => (periods ??= periodsWithData(model)),
    latestKey: () => (latestKey ??= defaultScorecardPeriod(model).key),
    of(key) {
      if (key === scorecards.latestKey()) return (latest ??= build(key));
      let sc = recent.get(key);
      if (sc) recent.delete(key);
      else {
        sc = build(key);
        if (recent.size >= RECENT_SCORECARDS) recent.delete(recent.keys().next().value!);
      }
      recent.set(key, sc);
      return sc;
    },
  };
  return { scorecards, objectivesOn: (day) => viewOf(objectivesOnDay(model, day, history)) };
}

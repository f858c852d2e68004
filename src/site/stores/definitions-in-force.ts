/**
 * The KPI definitions and service standards in force, as the build reads them: the decision is the
 * core's (core/analysis/definitions-in-force.ts); this store hands it the versions read from Git
 * once per build (./document-control.ts) and keeps the handbook views of earlier periods, one per
 * set of objectives, so that each view's index is built once however many periods share it.
 */
import * as inForce from '../../core/analysis/definitions-in-force.ts';
import type { Handbook, LoadResult } from '../../core/model/handbook.ts';
import { documentVersionsOf } from './document-control.ts';

/** `loaded` with each KPI and standard as the version in force on the build date; `loaded` itself when every file is in force. */
export function definitionsInForce(loaded: LoadResult): LoadResult {
  return inForce.definitionsInForce(loaded, documentVersionsOf);
}

/**
 * `h` (the handbook as shown on the build date) with each KPI as the version in force on `day`
 * (core: `objectivesOnDay`); `h` itself when no KPI differs. Days with the same objectives share
 * one view.
 */
export function definitionsOnDay(h: Handbook, day: string): Handbook {
  return viewOf(h, inForce.objectivesOnDay(h, day, documentVersionsOf));
}

/** The handbook a period's scorecard judges by: each KPI as in force on the period's first day. */
export function definitionsOfPeriod(h: Handbook, periodKey: string): Handbook {
  return viewOf(h, inForce.objectivesOfPeriod(h, periodKey, documentVersionsOf));
}

const viewsByHandbook = new WeakMap<Handbook, Map<string, Handbook>>();

function viewOf(h: Handbook, objectives: inForce.Objectives): Handbook {
  if (objectives.kpis.length === 0) return h;
  let views = viewsByHandbook.get(h);
  if (!views) viewsByHandbook.set(h, (views = new Map()));
  let view = views.get(objectives.key);
  if (!view) views.set(objectives.key, (view = inForce.withObjectives(h, objectives)));
  return view;
}

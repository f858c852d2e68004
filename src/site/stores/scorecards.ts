/**
 * The scorecards of a build. Every page of a period (the overview, the period page, the
 * unit scorecards, the early warnings) asks here, so the engine runs once
 * per period and handbook however many pages read the result: the latest period's scorecard (read
 * by the overview, unit, KPI and data-quality pages) is kept for the whole build, others while
 * they are among the last few asked for. Pages come in route order (a period page in English, then
 * in Chinese), so each period is still built once, and a large organisation's build does not hold
 * every period's scorecard at the same time (36 months × 200 units × 40 KPIs were 560 MB). The
 * cache is keyed by the handbook object, so tests with their own handbooks do not share it. The
 * export files work out their scorecards from their own model (core/exports/export-scorecards.ts).
 */
import type { Handbook } from '../../core/model/handbook.ts';
import type { Period } from '../../core/time/period.ts';
import { buildScorecard, periodsWithData, type Scorecard } from '../../core/scoring/index.ts';
import { defaultScorecardPeriod } from '../../core/scoring/scorecard-period.ts';
import type { ScorecardSource } from '../../core/scoring/scorecard-source.ts';
import { definitionsOfPeriod } from './definitions-in-force.ts';

/** Scorecards kept besides the latest one, least recently used dropped first. */
export const RECENT_SCORECARDS = 4;

interface Cache {
  periods: Period[] | undefined;
  latestKey: string | undefined;
  latest: Scorecard | undefined;
  /** The last scorecards asked for, least recently used first. */
  recent: Map<string, Scorecard>;
  /** How many times the engine ran (for tests and the build log). */
  builds: number;
}

const caches = new WeakMap<Handbook, Cache>();

function cacheOf(h: Handbook): Cache {
  let c = caches.get(h);
  if (!c) caches.set(h, (c = { periods: undefined, latestKey: undefined, latest: undefined, recent: new Map(), builds: 0 }));
  return c;
}

/** The scorecard of `periodKey` (any frequency: `2026-10`, `2026-Q3`), computed on first use. */
export function scorecardFor(h: Handbook, periodKey: string): Scorecard {
  const c = cacheOf(h);
  if (periodKey === latestPeriodKey(h)) {
    if (!c.latest) {
      c.latest = buildScorecard(definitionsOfPeriod(h, periodKey), periodKey);
      c.builds++;
    }
    return c.latest;
  }
  let sc = c.recent.get(periodKey);
  if (sc) {
    c.recent.delete(periodKey); // moved to the end: most recently used
  } else {
    sc = buildScorecard(definitionsOfPeriod(h, periodKey), periodKey);
    c.builds++;
    if (c.recent.size >= RECENT_SCORECARDS) c.recent.delete(c.recent.keys().next().value!);
  }
  c.recent.set(periodKey, sc);
  return sc;
}

/**
 * The scorecards of `h` as the analyses of the core read them (the early warnings): through this
 * store, so the engine runs once per period.
 */
export function scorecardSource(h: Handbook): ScorecardSource {
  return { periods: () => scorecardPeriods(h), latestKey: () => latestPeriodKey(h), of: (key) => scorecardFor(h, key) };
}

/** The key of the latest scorecard period: the completed period with data that ended last. */
export function latestPeriodKey(h: Handbook): string {
  const c = cacheOf(h);
  return (c.latestKey ??= defaultScorecardPeriod(h).key);
}

/** The scorecard shown on the overview: the latest period's. */
export function latestScorecard(h: Handbook): Scorecard {
  return scorecardFor(h, latestPeriodKey(h));
}

/** Every period a scorecard page exists for, oldest first (months, quarters… with data). */
export function scorecardPeriods(h: Handbook): Period[] {
  const c = cacheOf(h);
  return (c.periods ??= periodsWithData(h));
}

/** The period before and after `key` in the list of scorecard periods of the same frequency. */
export function neighbours(h: Handbook, key: string): { previous: Period | undefined; next: Period | undefined } {
  const all = scorecardPeriods(h);
  const here = all.find((p) => p.key === key);
  const same = here ? all.filter((p) => p.frequency === here.frequency) : [];
  const i = same.findIndex((p) => p.key === key);
  return { previous: i > 0 ? same[i - 1] : undefined, next: i >= 0 ? same[i + 1] : undefined };
}

/** How many scorecards the engine has built for `h` so far. */
export function scorecardBuildCount(h: Handbook): number {
  return caches.get(h)?.builds ?? 0;
}

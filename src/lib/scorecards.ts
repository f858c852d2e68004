/**
 * The scorecards of a build, each computed once. Every page and export of a period (the overview,
 * the period page, the unit scorecards, the early warnings, the CSV and JSON files) asks here, so
 * the engine runs once per period and handbook, however many pages read the result. The cache is
 * keyed by the handbook object, so tests with their own handbooks do not share it.
 */
import type { Handbook } from '../core/model/handbook.ts';
import type { Period } from '../core/time/period.ts';
import { buildScorecard, periodsWithData, type Scorecard } from '../core/scoring/index.ts';
import { defaultScorecardPeriod } from '../core/scoring/scorecard-period.ts';

interface Cache {
  periods: Period[] | undefined;
  latestKey: string | undefined;
  byPeriod: Map<string, Scorecard>;
  /** How many times the engine ran (for tests and the build log). */
  builds: number;
}

const caches = new WeakMap<Handbook, Cache>();

function cacheOf(h: Handbook): Cache {
  let c = caches.get(h);
  if (!c) caches.set(h, (c = { periods: undefined, latestKey: undefined, byPeriod: new Map(), builds: 0 }));
  return c;
}

/** The scorecard of `periodKey` (any frequency: `2026-10`, `2026-Q3`), computed on first use. */
export function scorecardFor(h: Handbook, periodKey: string): Scorecard {
  const c = cacheOf(h);
  let sc = c.byPeriod.get(periodKey);
  if (!sc) {
    sc = buildScorecard(h, periodKey);
    c.builds++;
    c.byPeriod.set(periodKey, sc);
  }
  return sc;
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

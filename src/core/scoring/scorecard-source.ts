/**
 * Where the analyses and exports that read several scorecards get them: the build keeps each
 * period's scorecard in a store (src/site/stores/scorecards.ts) so that the engine runs once per
 * period however many pages and files read it; tests and tools without that store compute them.
 */
import type { Handbook } from '../model/handbook.ts';
import type { Period } from '../time/period.ts';
import { buildScorecard, periodsWithData, type Scorecard } from './scorecard.ts';
import { defaultScorecardPeriod } from './scorecard-period.ts';

export interface ScorecardSource {
  /** Every period with a scorecard, oldest first (months, quarters… with data). */
  periods(): Period[];
  /** The key of the latest scorecard period: the completed period with data that ended last. */
  latestKey(): string;
  /** The scorecard of a period (any frequency: `2026-10`, `2026-Q3`). */
  of(periodKey: string): Scorecard;
}

/** Scorecards computed on each request, judged by the handbook's own objectives (no memo, no history). */
export function computedScorecards(h: Handbook): ScorecardSource {
  return {
    periods: () => periodsWithData(h),
    latestKey: () => defaultScorecardPeriod(h).key,
    of: (key) => buildScorecard(h, key),
  };
}

/**
 * Where the analyses and exports that read several scorecards get them: the build keeps each
 * period's scorecard in a store (src/site/stores/scorecards.ts) so that the engine runs once per
 * period however many pages and files read it, judged by the objectives in force in each period.
 */
import type { Period } from '../time/period.ts';
import type { Scorecard } from './scorecard.ts';

export interface ScorecardSource {
  /** Every period with a scorecard, oldest first (months, quarters… with data). */
  periods(): Period[];
  /** The key of the latest scorecard period: the completed period with data that ended last. */
  latestKey(): string;
  /** The scorecard of a period (any frequency: `2026-10`, `2026-Q3`). */
  of(periodKey: string): Scorecard;
}


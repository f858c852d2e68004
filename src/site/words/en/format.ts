/**
 * Words used when formatting KPI values, targets, scales, time limits and criteria
 * (see `../format.ts`).
 */
import type { Direction, Kpi } from '../../../core/schema/kpi.ts';
import type { Frequency } from '../../../core/time/period.ts';

type MeasurementUnit = Kpi['unitOfMeasure'];

export const format = {
  /** Put after a number: `85%`, `32 points`. */
  unitSuffix: { percent: '%', points: ' points', score: '', minutes: ' min', hours: ' h', 'per-1000': ' per 1,000' } as Record<MeasurementUnit, string>,
  atLeast: (value: string) => `at least ${value}`,
  atMost: (value: string) => `at most ${value}`,
  between: (min: string, max: string) => `between ${min} and ${max}`,
  scale: (min: string, max: string) => `${min} to ${max}`,
  openScale: (min: string) => `from ${min} (no upper limit)`,
  reaches: (value: string) => `reaches ${value}`,
  /** A time-limit criterion: the event, then the limit. */
  withinLimit: (event: string, limit: string) => `${event} within ${limit}`,
  durationUnits: { min: 'min', h: 'h', d: 'd' } as Record<'min' | 'h' | 'd', string>,
  /** Between a number and its duration unit. */
  durationSpace: ' ',
  directions: { higher: 'Higher is better', lower: 'Lower is better', band: 'Best inside the target band' } as Record<Direction, string>,
  frequencies: { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Annual' } as Record<Frequency, string>,
};


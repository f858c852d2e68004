/**
 * Reporting periods as the scorecards see them: which period of a KPI is "current" as of a date,
 * the same period a year earlier, and the distance between two periods (to count gaps).
 */
import { dayNumber, fromDayNumber } from '../time/dates.ts';
import { parsePeriod, periodContaining, previousPeriod, nextPeriod, type Frequency, type Period } from '../time/period.ts';

/** The last period of `frequency` that has ended before `today` (today's own period is not over). */
export function latestCompletedPeriod(frequency: Frequency, today: string): Period {
  return previousPeriod(periodContaining(today, frequency));
}

/** The last period of `frequency` that ends on or before `date`. */
export function periodEndingBy(frequency: Frequency, date: string): Period {
  const p = periodContaining(date, frequency);
  return p.end === date ? p : previousPeriod(p);
}

/** The day before `date`. */
export const dayBefore = (date: string) => fromDayNumber(dayNumber(date) - 1);

/**
 * A running number of the period within its frequency, so that consecutive periods differ by 1
 * (monthly: year·12 + month, quarterly: year·4 + quarter, weekly: weeks since a Monday).
 */
export function periodOrdinal(p: Period): number {
  const year = Number(p.start.slice(0, 4));
  const month = Number(p.start.slice(5, 7));
  switch (p.frequency) {
    case 'annual':
      return year;
    case 'quarterly':
      return year * 4 + Math.floor((month - 1) / 3);
    case 'monthly':
      return year * 12 + month - 1;
    case 'weekly':
      return Math.round((dayNumber(p.start) - 4) / 7); // 1970-01-05 was a Monday (day 4)
  }
}

/** Periods strictly between `a` and `b` (a before b), oldest first. */
export function periodsBetween(a: Period, b: Period): Period[] {
  const out: Period[] = [];
  const last = periodOrdinal(b);
  if (last - periodOrdinal(a) <= 1) return out; // consecutive: the common case, no date arithmetic
  for (let p = nextPeriod(a); periodOrdinal(p) < last; p = nextPeriod(p)) out.push(p);
  return out;
}

/**
 * The same period one year earlier: `2026-10` → `2025-10`, `2026-Q3` → `2025-Q3`, `2026-W07` →
 * `2025-W07`, `2026` → `2025`. Undefined when that period does not exist (ISO week 53).
 */
export function samePeriodYearEarlier(p: Period): Period | undefined {
  const year = Number(p.key.slice(0, 4)) - 1;
  const rest = p.key.slice(4);
  return parsePeriod(`${String(year).padStart(4, '0')}${rest}`, p.frequency);
}

/** Finer frequencies first: used to order periods that end on the same day (`2026-09` before `2026-Q3`). */
export const FREQUENCY_ORDER: Record<Frequency, number> = { weekly: 0, monthly: 1, quarterly: 2, annual: 3 };

/** Orders periods by their last day, then finer frequency first. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return FREQUENCY_ORDER[a.frequency] - FREQUENCY_ORDER[b.frequency];
}

/*
 * The neighbours of a period, remembered: scorecards ask for the same few hundred periods hundreds
 * of thousands of times (trends, review dates), and each answer is date arithmetic. The returned
 * periods are shared: do not modify them.
 */
const previousCache = new Map<string, Period>();
const nextCache = new Map<string, Period>();
const yearEarlierCache = new Map<string, Period | null>();
const cacheKey = (p: Period) => `${p.frequency}:${p.key}`;

/** `previousPeriod(p)`, computed once per period. */
export function previousPeriodOf(p: Period): Period {
  const k = cacheKey(p);
  let r = previousCache.get(k);
  if (!r) previousCache.set(k, (r = previousPeriod(p)));
  return r;
}

/** `nextPeriod(p)`, computed once per period. */
export function nextPeriodOf(p: Period): Period {
  const k = cacheKey(p);
  let r = nextCache.get(k);
  if (!r) nextCache.set(k, (r = nextPeriod(p)));
  return r;
}

/** `samePeriodYearEarlier(p)`, computed once per period. */
export function samePeriodYearEarlierOf(p: Period): Period | undefined {
  const k = cacheKey(p);
  let r = yearEarlierCache.get(k);
  if (r === undefined) yearEarlierCache.set(k, (r = samePeriodYearEarlier(p) ?? null));
  return r ?? undefined;
}

/** The `count` periods ending with `last`, oldest first (of `last`'s frequency). */
export function periodWindow(last: Period, count: number): Period[] {
  if (count <= 1) return [last];
  const out: Period[] = new Array(count);
  let p = last;
  for (let i = count - 1; i >= 0; i--) {
    out[i] = p;
    if (i > 0) p = previousPeriodOf(p);
  }
  return out;
}

/**
 * Reporting periods. A KPI's frequency fixes how its periods are written:
 * weekly `2025-W07` (ISO week), monthly `2025-03`, quarterly `2025-Q1`, annual `2025`.
 */
import { addMonths, dayNumber, fromDayNumber } from './dates.ts';

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Period {
  /** As written, e.g. `2025-03`. */
  key: string;
  frequency: Frequency;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

const PATTERNS: Record<Frequency, RegExp> = {
  weekly: /^(\d{4})-W(\d{2})$/,
  monthly: /^(\d{4})-(\d{2})$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  annual: /^(\d{4})$/,
};

export const PERIOD_EXAMPLE: Record<Frequency, string> = {
  weekly: '2025-W07',
  monthly: '2025-03',
  quarterly: '2025-Q1',
  annual: '2025',
};

/** The frequency a period string is written in, if any. */
export function periodFrequency(key: string): Frequency | undefined {
  for (const f of FREQUENCIES) {
    const m = PATTERNS[f].exec(key);
    if (m && parsePeriod(key, f)) return f;
  }
  return undefined;
}

/** Parses `key` as a period of `frequency`; undefined when it is not one. */
export function parsePeriod(key: string, frequency: Frequency): Period | undefined {
  const m = PATTERNS[frequency].exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  switch (frequency) {
    case 'annual':
      return { key, frequency, start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
    case 'monthly': {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return undefined;
      const start = `${m[1]}-${m[2]}-01`;
      return { key, frequency, start, end: fromDayNumber(dayNumber(addMonths(start, 1)) - 1) };
    }
    case 'quarterly': {
      const q = Number(m[2]);
      const start = `${m[1]}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
      return { key, frequency, start, end: fromDayNumber(dayNumber(addMonths(start, 3)) - 1) };
    }
    case 'weekly': {
      const week = Number(m[2]);
      const monday = isoWeekMonday(year, week);
      if (monday === undefined) return undefined;
      return { key, frequency, start: fromDayNumber(monday), end: fromDayNumber(monday + 6) };
    }
  }
}

/** Day number of the Monday of ISO week `week` of `year`, if that week exists. */
function isoWeekMonday(year: number, week: number): number | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = dayNumber(`${String(year).padStart(4, '0')}-01-04`);
  const jan4Weekday = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const monday = jan4 - jan4Weekday + (week - 1) * 7;
  if (week === 53) {
    const nextJan4 = dayNumber(`${String(year + 1).padStart(4, '0')}-01-04`);
    const nextWeek1 = nextJan4 - ((((nextJan4 + 3) % 7) + 7) % 7);
    if (monday >= nextWeek1) return undefined;
  }
  return monday;
}

/** The period after `period` of the same frequency. */
export function nextPeriod(period: Period): Period {
  return periodContaining(fromDayNumber(dayNumber(period.end) + 1), period.frequency);
}

/** The period before `period` of the same frequency. */
export function previousPeriod(period: Period): Period {
  return periodContaining(fromDayNumber(dayNumber(period.start) - 1), period.frequency);
}

/** The period of `frequency` that contains `date`. */
export function periodContaining(date: string, frequency: Frequency): Period {
  const [y, mo] = date.split('-') as [string, string, string];
  switch (frequency) {
    case 'annual':
      return parsePeriod(y, 'annual')!;
    case 'monthly':
      return parsePeriod(`${y}-${mo}`, 'monthly')!;
    case 'quarterly':
      return parsePeriod(`${y}-Q${Math.floor((Number(mo) - 1) / 3) + 1}`, 'quarterly')!;
    case 'weekly': {
      const day = dayNumber(date);
      const monday = day - ((((day + 3) % 7) + 7) % 7);
      const thursday = monday + 3;
      const isoYear = Number(fromDayNumber(thursday).slice(0, 4));
      const week = Math.floor((thursday - dayNumber(`${isoYear}-01-01`)) / 7) + 1;
      return parsePeriod(`${isoYear}-W${String(week).padStart(2, '0')}`, 'weekly')!;
    }
  }
}

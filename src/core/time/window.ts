/**
 * The years in which a date or reporting period of the handbook is plausible: by default 1900 to
 * 50 years after today. A year outside is a typo (0205 for 2025) or a placeholder (9999) that
 * would otherwise give a scorecard for July 205 or break the calendar arithmetic; the check reports
 * it. Set with `sqms check --date-window FROM..TO` or `SQMS_DATE_WINDOW` (`settings.ts`), where
 * each end is a year (`1990`) or a number of years from today (`-30`, `+10`).
 */
export interface DateWindow {
  /** First plausible year. */
  from: number;
  /** Last plausible year. */
  to: number;
}

export const DEFAULT_DATE_WINDOW = '1900..+50';

/** Parses `FROM..TO` relative to `today` (`YYYY-MM-DD`); undefined when it is not one. */
export function parseDateWindow(text: string, today: string): DateWindow | undefined {
  const m = /^\s*([+-]?\d{1,4})\s*\.\.\s*([+-]?\d{1,4})\s*$/.exec(text);
  if (!m) return undefined;
  const year = Number(today.slice(0, 4));
  const end = (s: string) => (/^[+-]/.test(s) ? year + Number(s) : Number(s));
  const window = { from: end(m[1]!), to: end(m[2]!) };
  return window.from <= window.to && window.from >= 1 && window.to <= 9999 ? window : undefined;
}

/** The year a date (`2025-03-01`) or period (`2025-03`, `2025-Q1`, `2025-W07`, `2025`) is in. */
export function yearOf(text: string): number | undefined {
  const m = /^(\d{4})(?:-|$)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Whether the year of `text` lies outside `window` (text without a year is left to the schema). */
export function outsideWindow(text: string, window: DateWindow): boolean {
  const year = yearOf(text);
  return year !== undefined && (year < window.from || year > window.to);
}

export function describeWindow(window: DateWindow): string {
  return `${window.from}–${window.to}`;
}

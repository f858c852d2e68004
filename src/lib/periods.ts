/**
 * Reporting periods in words for page titles and links: `2026-10` → `October 2026`,
 * `2026-Q3` → `Q3 2026`, `2026-W07` → `Week 7, 2026`, `2026` → `2026`.
 */
import type { Period } from '../core/time/period.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period key in words; an unknown form is returned as it is. */
export function periodLabel(key: string): string {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) return `Week ${Number(m[2])}, ${m[1]}`;
  return key;
}

/** `monthly` → `month`: the word for one period of a frequency. */
export const PERIOD_NOUN: Record<Period['frequency'], string> = { weekly: 'week', monthly: 'month', quarterly: 'quarter', annual: 'year' };

/** Periods grouped by the year they end in, newest year first, each year's periods oldest first. */
export function periodsByYear(periods: readonly Period[]): { year: string; periods: Period[] }[] {
  const years = new Map<string, Period[]>();
  for (const p of periods) {
    const year = p.end.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(p);
    else years.set(year, [p]);
  }
  return [...years.entries()].sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0)).map(([year, list]) => ({ year, periods: list }));
}

/**
 * Reporting periods in words for page titles and links: `2026-10` → `October 2026` / `2026年10月`,
 * `2026-Q3` → `Q3 2026` / `2026年第三季度`, `2026-W07` → `Week 7, 2026` / `2026年第7周`,
 * `2026` → `2026` / `2026年`.
 */
import type { Period } from '../../core/time/period.ts';
import type { UiLocale } from './locale.ts';
import { wordsFor } from './words.ts';

/** A period key in words; an unknown form is returned as it is. */
export function periodLabel(key: string, locale: UiLocale = 'en'): string {
  const t = wordsFor(locale).scorecards.periods;
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return t.month(m[1]!, Number(m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return t.quarter(m[1]!, Number(m[2]));
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) return t.week(m[1]!, Number(m[2]));
  if (/^\d{4}$/.test(key)) return t.year(key);
  return key;
}

/** `monthly` → `month`: the word for one period of a frequency (English; see `periodNoun`). */
export const PERIOD_NOUN: Record<Period['frequency'], string> = wordsFor('en').scorecards.periods.nouns;

/** `monthly` → `month` / `月`. */
export function periodNoun(frequency: Period['frequency'], locale: UiLocale = 'en'): string {
  return wordsFor(locale).scorecards.periods.nouns[frequency];
}

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

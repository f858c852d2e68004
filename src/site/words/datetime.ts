/**
 * Dates for reading, per language (`30 Nov 2026`, `2026年11月30日`), and dates and times as written
 * in signatures and commits. Imports no words, so the dictionaries (en/, zh/) can use it.
 */
import type { UiLocale } from './locale.ts';

const dateFormats: Record<UiLocale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/**
 * A `YYYY-MM-DD` date for reading: `30 Nov 2026` in English, `2026年11月30日` in Chinese. Text
 * that is not such a date is returned unchanged (it was checked when the handbook was loaded).
 */
export function formatDate(iso: string, locale: UiLocale = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return dateFormats[locale].format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/**
 * Dates and times as written in signatures and commits (ISO 8601 with an offset), shown as the
 * signer or committer saw them: `2026-03-12 09:41 (UTC+08:00)`, `2026-03-12 01:41 UTC`.
 */
export function formatDateTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const zone = m[3] === 'Z' || m[3] === '+00:00' ? 'UTC' : `(UTC${m[3]})`;
  return `${m[1]} ${m[2]} ${zone}`;
}

/** The calendar day of an ISO date-time, as written. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

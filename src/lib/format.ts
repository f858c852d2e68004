/**
 * Plain formatting of numbers, KPI values, thresholds, dates and domain words for display, per
 * interface language: `30 Nov 2026` / `2026年11月30日`, `1,234.5` in both. Dates are written in
 * the data as ISO `YYYY-MM-DD` and stay so in `datetime` attributes, exports and tables meant for
 * sorting.
 */
import type { UiLocale } from './locale.ts';
import type { Direction, Kpi, Threshold } from '../core/schema/kpi.ts';
import type { Criterion } from '../core/schema/standard.ts';
import type { Frequency } from '../core/time/period.ts';

type MeasurementUnit = Kpi['unit'];

const numberFormats: Record<UiLocale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
  'zh-CN': new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
};

export function formatNumber(n: number, locale: UiLocale = 'en'): string {
  return numberFormats[locale].format(n);
}

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

const UNIT_SUFFIX: Record<MeasurementUnit, string> = {
  percent: '%',
  points: ' points',
  score: '',
  minutes: ' min',
  hours: ' h',
  'per-1000': ' per 1,000',
};

/** A value with its unit: `85%`, `32 points`, `18.5 min`, `1.2 per 1,000`. */
export function formatValue(value: number, unit: MeasurementUnit): string {
  return `${formatNumber(value)}${UNIT_SUFFIX[unit]}`;
}

/** A target or warning: a number, or a band `20–30 min`. */
export function formatThreshold(threshold: Threshold, unit: MeasurementUnit): string {
  if (typeof threshold === 'number') return formatValue(threshold, unit);
  return `${formatNumber(threshold.min)}–${formatValue(threshold.max, unit)}`;
}

/** A target with its direction: `at least 85%`, `at most 2 per 1,000`, `between 20 and 30 min`. */
export function formatTarget(threshold: Threshold, direction: Direction, unit: MeasurementUnit): string {
  if (typeof threshold !== 'number') return `between ${formatNumber(threshold.min)} and ${formatValue(threshold.max, unit)}`;
  switch (direction) {
    case 'higher':
      return `at least ${formatValue(threshold, unit)}`;
    case 'lower':
      return `at most ${formatValue(threshold, unit)}`;
    case 'band':
      return formatValue(threshold, unit);
  }
}

export const DIRECTION_LABELS: Record<Direction, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
  band: 'Best inside the target band',
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
};

/** `must-be` → `Must-be`, `on-site` → `On-site`. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The criterion of a standard in words. For a KPI criterion this is the threshold read in the KPI's
 * direction (`at least 85%`); the page names and links the KPI itself.
 */
export function criterionText(criterion: Criterion, kpi: Pick<Kpi, 'direction' | 'unit'> | undefined): string {
  if ('kpi' in criterion) {
    return kpi ? formatTarget(criterion.threshold, kpi.direction, kpi.unit) : `reaches ${formatNumber(criterion.threshold)}`;
  }
  return `${criterion.event} within ${criterion.timeLimit}`;
}

/** The scale of a KPI: `0 to 100%`, `from 0 (no upper limit)`. */
export function formatScale(scale: { min: number; max: number }, unit: MeasurementUnit): string {
  if (!Number.isFinite(scale.max)) return `from ${formatValue(scale.min, unit)} (no upper limit)`;
  return `${formatNumber(scale.min)} to ${formatValue(scale.max, unit)}`;
}

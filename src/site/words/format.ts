/**
 * Plain formatting of numbers, KPI values, thresholds, dates and domain words for display, per
 * interface language: `30 Nov 2026` / `2026年11月30日`, `1,234.5` in both. Dates are written in
 * the data as ISO `YYYY-MM-DD` and stay so in `datetime` attributes, exports and tables meant for
 * sorting.
 */
import type { UiLocale } from './locale.ts';
import type { Direction, Kpi, Threshold } from '../../core/schema/kpi.ts';
import type { Criterion } from '../../core/schema/standard.ts';
import type { Frequency } from '../../core/time/period.ts';
import { wordsFor } from './words.ts';

type MeasurementUnit = Kpi['unitOfMeasure'];

const numberFormats: Record<UiLocale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
  'zh-CN': new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
};

export function formatNumber(n: number, locale: UiLocale = 'en'): string {
  return numberFormats[locale].format(n);
}

export { formatDate } from './datetime.ts';

/** A value with its unit: `85%`, `32 points`, `18.5 min`, `1.2 per 1,000` (`1.2‰`, `18.5 分钟` in Chinese). */
export function formatValue(value: number, unit: MeasurementUnit, locale: UiLocale = 'en'): string {
  return `${formatNumber(value, locale)}${wordsFor(locale).format.unitSuffix[unit]}`;
}

/** A target or warning: a number, or a band `20–30 min`. */
export function formatThreshold(threshold: Threshold, unit: MeasurementUnit, locale: UiLocale = 'en'): string {
  if (typeof threshold === 'number') return formatValue(threshold, unit, locale);
  return `${formatNumber(threshold.min, locale)}–${formatValue(threshold.max, unit, locale)}`;
}

/** A target with its direction: `at least 85%`, `at most 2 per 1,000`, `between 20 and 30 min` (`不低于 85%`…). */
export function formatTarget(threshold: Threshold, direction: Direction, unit: MeasurementUnit, locale: UiLocale = 'en'): string {
  const t = wordsFor(locale).format;
  if (typeof threshold !== 'number') return t.between(formatNumber(threshold.min, locale), formatValue(threshold.max, unit, locale));
  switch (direction) {
    case 'higher':
      return t.atLeast(formatValue(threshold, unit, locale));
    case 'lower':
      return t.atMost(formatValue(threshold, unit, locale));
    case 'band':
      return formatValue(threshold, unit, locale);
  }
}

/** English labels of the directions, for callers without a locale; see `directionLabel`. */
export const DIRECTION_LABELS: Record<Direction, string> = wordsFor('en').format.directions;

/** English labels of the frequencies, for callers without a locale; see `frequencyLabel`. */
export const FREQUENCY_LABELS: Record<Frequency, string> = wordsFor('en').format.frequencies;

/** `Higher is better` / `越高越好`. */
export function directionLabel(direction: Direction, locale: UiLocale): string {
  return wordsFor(locale).format.directions[direction];
}

/** `Monthly` / `每月`. */
export function frequencyLabel(frequency: Frequency, locale: UiLocale): string {
  return wordsFor(locale).format.frequencies[frequency];
}

/** `must-be` → `Must-be`, `on-site` → `On-site`. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A time limit as written in the data (`30 min`, `48 h`, `3 d`) for reading: unchanged in
 * English, `30 分钟`, `48 小时`, `3 天` in Chinese. Other text is returned unchanged.
 */
export function formatDuration(limit: string, locale: UiLocale = 'en'): string {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(min|h|d)\s*$/.exec(limit);
  if (!m) return limit;
  const t = wordsFor(locale).format;
  return `${formatNumber(Number(m[1]), locale)}${t.durationSpace}${t.durationUnits[m[2] as 'min' | 'h' | 'd']}`;
}

/**
 * The criterion of a standard in words. For a KPI criterion this is the threshold read in the KPI's
 * direction (`at least 85%`); the page names and links the KPI itself. A time-limit criterion is
 * the event and its limit (`First response within 30 min`, `30 分钟内完成：First response`).
 */
export function criterionText(criterion: Criterion, kpi: Pick<Kpi, 'direction' | 'unitOfMeasure'> | undefined, locale: UiLocale = 'en'): string {
  if ('kpi' in criterion) {
    return kpi ? formatTarget(criterion.threshold, kpi.direction, kpi.unitOfMeasure, locale) : wordsFor(locale).format.reaches(formatNumber(criterion.threshold, locale));
  }
  return wordsFor(locale).format.withinLimit(criterion.event, formatDuration(criterion.timeLimit, locale));
}

/** The scale of a KPI: `0 to 100%`, `from 0 (no upper limit)`. */
export function formatScale(scale: { min: number; max: number }, unit: MeasurementUnit, locale: UiLocale = 'en'): string {
  const t = wordsFor(locale).format;
  if (!Number.isFinite(scale.max)) return t.openScale(formatValue(scale.min, unit, locale));
  return t.scale(formatNumber(scale.min, locale), formatValue(scale.max, unit, locale));
}

/**
 * What the training page says about recertification, prepared from the training settings and what
 * derive computed once (`Derived.certificationLapses`): how long a certification of each role is
 * valid, and each unit's coverage now and once the certifications expiring within the window lapse,
 * those that would fall below the coverage KPI's target first.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { DEFAULT_EXPIRING_WITHIN_DAYS } from '../../core/schema/training.ts';
import { unitUrl } from '../routes/urls.ts';
import { formatDate, formatNumber } from '../words/format.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';

export interface LapseRow {
  unit: LocalizedText | string;
  href: string | undefined;
  now: string;
  expiring: string;
  after: string;
  fallsBelow: boolean;
}

const percent = (x: number, locale: UiLocale) => `${formatNumber(Math.round(x * 10) / 10, locale)}%`;

export function recertificationSection(h: Handbook, locale: UiLocale) {
  const t = wordsFor(locale).recertification;
  const recert = h.trainingSettings[0]?.recertification;
  const intervals = Object.entries(recert?.months ?? {}).map(([role, months]) => t.interval({ role: h.roles.get(role)?.name ?? role, months }));
  const lapses = h.derived.certificationLapses;
  const first = lapses[0];
  const rows: LapseRow[] = [...lapses]
    .sort((a, b) => Number(b.fallsBelow) - Number(a.fallsBelow))
    .map((l) => ({
      unit: h.units.get(l.unit)?.name ?? l.unit,
      href: h.units.has(l.unit) ? unitUrl(l.unit, locale) : undefined,
      now: percent(l.now, locale),
      expiring: formatNumber(l.expiring, locale),
      after: percent(l.after, locale),
      fallsBelow: l.fallsBelow,
    }));
  return {
    intervals,
    window: recert?.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS,
    lapseIntro: first ? t.lapseIntro({ lapseBy: formatDate(first.lapseBy, locale), kpi: first.kpi, target: percent(first.target, locale), asOf: formatDate(first.asOf, locale) }) : undefined,
    rows,
    falling: rows.filter((r) => r.fallsBelow).length,
  };
}

/**
 * What the complaints page's "Repeat complaints" section and a unit page's line show, prepared from
 * the watch derive computed once (`Derived.repeatComplaints`, core/derive/repeat-complaints.ts):
 * each unit's repeats over the register's last three months with their 95 % interval, the centre line
 * and upper limit of its chart, and whether (and why) it is flagged. Every number is text here.
 */
import type { Handbook, RepeatComplaintWatch } from '../../core/model/handbook.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { complaintsUrl, unitUrl } from '../routes/urls.ts';
import { formatNumber } from '../words/format.ts';
import { periodLabel } from '../words/periods.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';

export interface RepeatRow {
  unit: LocalizedText | string;
  href: string | undefined;
  share: string;
  interval: string;
  centre: string;
  upper: string;
  chart: string;
  flagged: boolean;
  status: string;
}

const percent = (x: number, locale: UiLocale) => `${formatNumber(Math.round(x * 10) / 10, locale)}%`;

function windowLabel(w: RepeatComplaintWatch, locale: UiLocale): string {
  const t = wordsFor(locale).repeatComplaints;
  return t.intervalText({ lower: periodLabel(w.window.from, locale), upper: periodLabel(w.window.to, locale) });
}

/** Why the unit is flagged (or that it is not), in the reader's language. */
function statusText(w: RepeatComplaintWatch, locale: UiLocale): string {
  const words = wordsFor(locale);
  const t = words.repeatComplaints;
  const parts: string[] = [];
  if (w.signalsNow) {
    const month = w.months.at(-1)!.month;
    const rules = w.signals.filter((s) => s.month === month).map((s) => words.scorecards.rulesShort[s.rule as keyof typeof words.scorecards.rulesShort] ?? s.rule);
    parts.push(t.signalNow({ month: periodLabel(month, locale), rules: rules.join(', '), since: periodLabel(w.signallingSince!, locale) }));
  } else if (w.signals.length > 0) {
    parts.push(t.signalEarlier({ months: [...new Set(w.signals.map((s) => periodLabel(s.month, locale)))].join(', ') }));
  }
  if (w.aboveCeiling) parts.push(t.aboveCeiling(percent(w.ceiling, locale)));
  const head = w.flagged ? t.rising : t.steady;
  return parts.length === 0 ? head : t.statusWhy({ head, why: parts.join(t.separator) });
}

function row(h: Handbook, w: RepeatComplaintWatch, locale: UiLocale): RepeatRow {
  const t = wordsFor(locale).repeatComplaints;
  const n = (x: number) => formatNumber(x, locale);
  const unit = h.units.get(w.unit);
  const win = w.window;
  return {
    unit: unit?.name ?? w.unit,
    href: unit ? unitUrl(w.unit, locale) : undefined,
    share: win.share === null ? '–' : t.shareText({ repeat: n(win.repeat), received: n(win.received), percent: percent(win.share, locale) }),
    interval: win.lower === null || win.upper === null ? '–' : t.intervalText({ lower: percent(win.lower, locale), upper: percent(win.upper, locale) }),
    centre: w.centre === null ? '–' : percent(w.centre, locale),
    upper: w.upper === null ? '–' : percent(w.upper, locale),
    chart: t.chart[w.chart],
    flagged: w.flagged,
    status: statusText(w, locale),
  };
}

/** The section of the complaints page: every unit that records repeats, flagged ones first. */
export function repeatComplaintsSection(h: Handbook, locale: UiLocale) {
  const watches = h.derived.repeatComplaints;
  const first = watches[0];
  if (!first) return undefined;
  const t = wordsFor(locale).repeatComplaints;
  const ceiling = percent(first.ceiling, locale);
  const rows = [...watches].sort((a, b) => Number(b.flagged) - Number(a.flagged)).map((w) => row(h, w, locale));
  return {
    intro: t.intro({ from: periodLabel(first.window.from, locale), to: periodLabel(first.window.to, locale), ceiling }),
    shareHeading: t.share(windowLabel(first, locale)),
    rows,
    flagged: rows.filter((r) => r.flagged).length,
  };
}

/** A unit page's line: its repeats over the window and whether they rise, with a link to the section. */
export function unitRepeatComplaints(h: Handbook, unit: string, locale: UiLocale): { text: string; href: string; flagged: boolean } | undefined {
  const w = h.derived.repeatComplaints.find((x) => x.unit === unit);
  if (!w) return undefined;
  const r = row(h, w, locale);
  const t = wordsFor(locale).repeatComplaints;
  return { text: t.unitLine({ share: r.share, window: windowLabel(w, locale), status: r.status }), href: `${complaintsUrl(locale)}#repeats`, flagged: w.flagged };
}

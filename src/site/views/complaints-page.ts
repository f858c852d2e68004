/**
 * What the complaints page (src/pages/[...locale]/complaints/index.astro) shows, prepared from the
 * register's analysis (core/analysis/complaints.ts): the Pareto tables of the latest month and of the
 * last 12 months, compliance per promise and unit, each unit's trends as inline SVG sparklines (no
 * script), and the major complaints with their corrective actions. Every number is text here; the
 * page only lays it out.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { complaintWindow, lastMonths, majorComplaints, registerMonths, unitSeries, type ComplaintWindow, type ParetoRow, type PromiseCompliance } from '../../core/analysis/complaints.ts';
import { correctiveActionLimit } from '../../core/rules/complaints-actions.ts';
import { registerKpis } from '../../core/derive/complaint-kpis.ts';
import { sparkline, type Sparkline } from './sparkline.ts';
import { actionUrl, complaintsUrl, kpiUrl, sopUrl, standardUrl, unitUrl } from '../routes/urls.ts';
import { formatDate, formatNumber } from '../words/format.ts';
import { durationMinutes, formatMinutes } from '../../core/time/duration.ts';
import { periodLabel } from '../words/periods.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';

export interface Link {
  href: string;
  text: string;
}

export interface ParetoLine {
  id: string;
  name: LocalizedText;
  href: string | undefined;
  /** The cause's process area and procedures (causes only). */
  area: LocalizedText | undefined;
  sops: Link[];
  count: string;
  share: string;
  cumulative: string;
  /** Width of the bar, 0–100 (share of the largest row). */
  bar: number;
  barLabel: string;
}

export interface WindowView {
  id: string;
  heading: string;
  intro: string;
  causes: ParetoLine[];
  units: ParetoLine[];
  causeCaption: string;
  unitCaption: string;
}

export interface PromiseView {
  standard: string;
  anchor: string;
  title: LocalizedText | undefined;
  href: string;
  kpis: { id: string; name: LocalizedText; href: string }[];
  rows: { unit: LocalizedText; href: string | undefined; latest: string; window: string }[];
  total: { latest: string; window: string };
}

export interface TrendCell {
  spark: Sparkline;
  label: string;
  last: string;
}

export interface TrendRow {
  unit: LocalizedText;
  href: string;
  received: TrendCell;
  firstPromise: TrendCell | undefined;
  cause: { name: LocalizedText; cell: TrendCell } | undefined;
  repeat: string;
  resolution: string;
}

export interface MajorView {
  logged: string;
  loggedIso: string;
  unit: LocalizedText;
  unitHref: string | undefined;
  ticket: string;
  cause: LocalizedText;
  action: { id: string; href: string; title: string; opened: string; openedIso: string; after: string } | undefined;
  actionId: string;
}

/** The anchor of a promise's section (`#promise-STD-RESP-001`), which the complaint policy links to. */
export const promiseAnchor = (standard: string): string => `promise-${standard}`;

export function complaintsPage(h: Handbook, locale: UiLocale) {
  const t = wordsFor(locale).complaints;
  const n = (x: number) => formatNumber(x, locale);
  const pct = (x: number) => `${formatNumber(Math.round(x * 10) / 10, locale)}%`;
  const months = registerMonths(h);
  const latest = months.at(-1);
  const window = lastMonths(h, 12);
  const unitName = (id: string): LocalizedText => h.units.get(id)?.name ?? id;
  const unitHref = (id: string) => (h.units.has(id) ? unitUrl(id, locale) : undefined);
  const causeName = (id: string): LocalizedText => h.complaintCauses.get(id)?.name ?? id;

  const lines = (rows: ParetoRow[], kind: 'cause' | 'unit'): ParetoLine[] => {
    const max = Math.max(1, ...rows.map((r) => r.count));
    return rows.map((r) => {
      const cause = kind === 'cause' ? h.complaintCauses.get(r.id) : undefined;
      return {
        id: r.id,
        name: kind === 'cause' ? causeName(r.id) : unitName(r.id),
        href: kind === 'unit' ? unitHref(r.id) : undefined,
        area: cause ? (h.areas.get(cause.area)?.name ?? cause.area) : undefined,
        sops: (cause?.sops ?? []).map((id) => ({ href: sopUrl(id, locale), text: id })),
        count: n(r.count),
        share: pct(r.share),
        cumulative: pct(r.cumulative),
        bar: Math.round((1000 * r.count) / max) / 10,
        barLabel: t.bar(pct(r.share)),
      };
    });
  };
  const windowView = (id: string, heading: string, w: ComplaintWindow, period: string): WindowView => ({
    id,
    heading,
    intro: t.windowIntro(n(w.received)),
    causes: lines(w.byCause, 'cause'),
    units: lines(w.byUnit, 'unit'),
    causeCaption: t.causeCaption(period),
    unitCaption: t.unitCaption(period),
  });

  const latestWindow = latest ? complaintWindow(h, [latest]) : undefined;
  const yearWindow = complaintWindow(h, window);
  const fromLabel = window[0] ? periodLabel(window[0], locale) : '';
  const toLabel = latest ? periodLabel(latest, locale) : '';
  const windows: WindowView[] = latestWindow
    ? [windowView('latest', t.latest(toLabel), latestWindow, toLabel), windowView('last-12-months', t.window(fromLabel, toLabel), yearWindow, `${fromLabel} – ${toLabel}`)]
    : [];

  // Promises: complaint promises first, then suggestion promises, each in standard-id order.
  const units = [...h.units.keys()].filter((id) => yearWindow.units.includes(id)); // in the order of data/units.yaml: the tree
  const kept = (c: PromiseCompliance | undefined) => (c === undefined ? '–' : c.percent === null ? t.noCases : t.keptOf({ percent: pct(c.percent), kept: n(c.kept), of: n(c.of) }));
  const computed = registerKpis(h);
  // Complaint promises before suggestion promises, each from the shortest time limit (the first response first).
  const limitOf = (std: string) => {
    const criterion = h.standards.get(std)?.criterion;
    const minutes = criterion && 'timeLimit' in criterion ? durationMinutes(criterion.timeLimit) : undefined;
    return minutes ?? Number.POSITIVE_INFINITY;
  };
  const standards = [...yearWindow.promises.keys()].sort(
    (a, b) => Number(yearWindow.feedbackStandards.has(a)) - Number(yearWindow.feedbackStandards.has(b)) || limitOf(a) - limitOf(b) || (a < b ? -1 : 1),
  );
  const promises: PromiseView[] = standards.map((std) => {
    const inWindow = yearWindow.promises.get(std)!;
    const inLatest = latestWindow?.promises.get(std);
    return {
      standard: std,
      anchor: promiseAnchor(std),
      title: h.standards.get(std)?.title,
      href: standardUrl(std, locale),
      kpis: computed.filter((k) => k.standard === std).map((k) => ({ id: k.id, name: k.name, href: kpiUrl(k.id, locale) })),
      rows: units.map((u) => ({ unit: unitName(u), href: unitHref(u), latest: kept(inLatest?.get(u)), window: kept(inWindow.get(u)) })),
      total: { latest: kept(inLatest?.get('')), window: kept(inWindow.get('')) },
    };
  });

  // Trends: each unit's months of the last 12, as sparklines with their text alternative.
  const cell = (what: string, values: (number | null)[], format: (v: number) => string): TrendCell => {
    const present = values.filter((v): v is number => v !== null);
    const first = values.find((v) => v !== null);
    const last = values.at(-1);
    return {
      spark: sparkline({ values }),
      last: last === null || last === undefined ? '–' : format(last),
      label:
        present.length === 0 || first === undefined || first === null
          ? t.trendNone(what)
          : t.trendLabel({ what, from: fromLabel, to: toLabel, first: format(first), last: last === null || last === undefined ? '–' : format(last), low: format(Math.min(...present)), high: format(Math.max(...present)) }),
    };
  };
  const firstStandard = standards.find((s) => !yearWindow.feedbackStandards.has(s));
  const firstTitle = firstStandard ? (h.standards.get(firstStandard)?.title ?? firstStandard) : undefined;
  const titleText = (text: LocalizedText) => (typeof text === 'string' ? text : (text[locale] ?? text.en ?? Object.values(text)[0] ?? ''));
  const trends: TrendRow[] = units.map((u) => {
    const series = unitSeries(h, u, window);
    const lastEntry = series.at(-1);
    const leading = latestWindow ? topCause(h, u, latest!) : undefined;
    return {
      unit: unitName(u),
      href: unitUrl(u, locale),
      received: cell(t.received, series.map((m) => m.received), n),
      firstPromise: firstStandard && firstTitle ? cell(titleText(firstTitle), series.map((m) => m.promises.get(firstStandard)?.percent ?? null), pct) : undefined,
      cause: leading ? { name: causeName(leading), cell: cell(titleText(causeName(leading)), series.map((m) => m.causes([leading])), n) } : undefined,
      repeat: lastEntry?.repeat === null || lastEntry?.repeat === undefined ? '–' : n(lastEntry.repeat),
      resolution: lastEntry?.medianHours === null || lastEntry?.medianHours === undefined ? '–' : t.hours(n(lastEntry.medianHours), lastEntry.p90Hours === null ? '–' : n(lastEntry.p90Hours)),
    };
  });

  const limit = correctiveActionLimit(h);
  const major: MajorView[] = majorComplaints(h).map((m) => ({
    logged: formatDate(m.major.logged, locale),
    loggedIso: m.major.logged,
    unit: unitName(m.unit),
    unitHref: unitHref(m.unit),
    ticket: m.major.ticket,
    cause: causeName(m.major.cause),
    actionId: m.major.action,
    action: m.action
      ? { id: m.action.id, href: actionUrl(m.action.id, locale), title: m.action.title, opened: formatDate(m.action.opened, locale), openedIso: m.action.opened, after: t.daysAfter(m.daysToAction!, n(m.daysToAction!)) }
      : undefined,
  }));

  return {
    empty: months.length === 0,
    intro: latest ? t.intro({ received: n(h.complaints.reduce((s, c) => s + c.received, 0)), units: n(new Set(h.complaints.map((c) => c.unit)).size), from: periodLabel(months[0]!, locale), to: toLabel }) : t.none,
    windows,
    promises,
    trends,
    trendsIntro: t.trendsIntro(fromLabel, toLabel),
    firstPromiseTitle: firstTitle,
    major,
    majorIntro: limit ? t.majorIntro(formatMinutes(limit.minutes)) : t.majorIntroNoLimit,
    latestLabel: toLabel,
    windowLabel: `${fromLabel} – ${toLabel}`,
  };
}

/** A unit's most frequent cause in a month (ties by id), if the register has the month. */
function topCause(h: Handbook, unit: string, month: string): string | undefined {
  const entry = h.complaints.find((c) => c.unit === unit && c.month === month);
  if (!entry) return undefined;
  return Object.entries(entry.causes).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
}

export type ComplaintsPage = ReturnType<typeof complaintsPage>;

/**
 * The complaints box of a unit's page: the unit's latest month in the register (complaints, the
 * leading cause, the first promise kept), with a link to the complaints page; undefined for a unit
 * the register has no entry for.
 */
export function unitComplaints(h: Handbook, unit: string, locale: UiLocale): { text: string; href: string } | undefined {
  const latest = h.complaints.filter((c) => c.unit === unit).sort((a, b) => (a.month < b.month ? 1 : -1))[0];
  if (!latest) return undefined;
  const t = wordsFor(locale).complaints;
  const n = (x: number) => formatNumber(x, locale);
  const cause = topCause(h, unit, latest.month);
  const name = cause ? (h.complaintCauses.get(cause)?.name ?? cause) : '–';
  const first = Object.keys(latest.promises).sort((a, b) => limitMinutes(h, a) - limitMinutes(h, b) || (a < b ? -1 : 1))[0];
  const p = first ? latest.promises[first]! : undefined;
  const kept = p && p.of > 0 ? t.keptOf({ percent: `${formatNumber(Math.round((1000 * p.kept) / p.of) / 10, locale)}%`, kept: n(p.kept), of: n(p.of) }) : '–';
  return {
    text: t.unitBoxText({ month: periodLabel(latest.month, locale), received: n(latest.received), cause: typeof name === 'string' ? name : (name[locale] ?? name.en ?? ''), kept }),
    href: `${complaintsUrl(locale)}#trends`,
  };
}

/** A standard's time limit in minutes (none: last). */
function limitMinutes(h: Handbook, std: string): number {
  const criterion = h.standards.get(std)?.criterion;
  return (criterion && 'timeLimit' in criterion ? durationMinutes(criterion.timeLimit) : undefined) ?? Number.POSITIVE_INFINITY;
}

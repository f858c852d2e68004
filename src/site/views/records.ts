/**
 * What the quality records' landing page (`/records/`) shows, prepared: one card per register
 * (improvement actions, complaints, audits and findings, inspections and the mystery shop,
 * training, risks, management reviews) with the ISO 9001 clause it serves and two or three
 * figures that say where it stands today, each counted here once from the model. The figures are
 * plain counts of records as written (no statistics), so that the page never disagrees with the
 * register it links to.
 */
import type { Handbook } from '../../core/model/handbook.ts';
import { actionsUrl, auditsUrl, complaintsUrl, findingsUrl, inspectionsUrl, managementReviewsUrl, risksUrl, trainingUrl } from '../routes/urls.ts';
import type { UiLocale } from '../words/locale.ts';
import type { RecordsCountKey, RecordsKey } from '../words/en/records.ts';

export type { RecordsCountKey, RecordsKey };
import { quarterOf } from '../../core/derive/inspections.ts';

/** A figure of a card: a count (or a date) with what it counts; `tone` marks what needs attention. */
export type RecordsFigure =
  | { kind: 'count'; what: RecordsCountKey; n: number; of?: number; tone?: 'bad' | 'warn'; href?: string }
  | { kind: 'month'; what: 'latestMonth' | 'latestQuarter'; key: string }
  | { kind: 'date'; what: 'lastReview'; iso: string; id: string };

export interface RecordsCard {
  key: RecordsKey;
  href: string;
  /** The ISO 9001 clause(s) the register is evidence for. */
  clause: string;
  figures: RecordsFigure[];
  /** Nothing is recorded yet. */
  empty: boolean;
}

const maxOf = (values: Iterable<string>): string | undefined => {
  let max: string | undefined;
  for (const v of values) if (max === undefined || v > max) max = v;
  return max;
};

/** A count that needs attention (`tone`) when it is above zero: overdue actions, major findings, high risks. */
const attention = (what: RecordsCountKey, n: number, tone: 'bad' | 'warn', href?: string): RecordsFigure => ({
  kind: 'count',
  what,
  n,
  ...(n > 0 ? { tone } : {}),
  ...(href === undefined ? {} : { href }),
});

/** How many of `items` meet each test. */
function tally<T, K extends string>(items: Iterable<T>, tests: Record<K, (item: T) => boolean>): Record<K, number> {
  const keys = Object.keys(tests) as K[];
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const item of items) for (const k of keys) if (tests[k](item)) counts[k]++;
  return counts;
}

/** The month `months` before `month` (`2026-10`, 11 → `2025-11`). */
function monthsBefore(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function recordsPage(h: Handbook, locale: UiLocale): { cards: RecordsCard[] } {
  const cards: RecordsCard[] = [];

  const actions = tally(h.actions.values(), { open: (a) => a.stage !== 'closed', overdue: (a) => a.stage !== 'closed' && a.overdue });
  cards.push({
    key: 'actions',
    href: actionsUrl(locale),
    clause: '10.2',
    empty: h.actions.size === 0,
    figures: [
      { kind: 'count', what: 'openActions', n: actions.open, of: h.actions.size },
      attention('overdueActions', actions.overdue, 'bad'),
    ],
  });

  const latestMonth = maxOf(h.complaints.map((c) => c.month));
  let received = 0;
  let majors = 0;
  if (latestMonth !== undefined) {
    const from = monthsBefore(latestMonth, 11);
    for (const c of h.complaints) {
      if (c.month === latestMonth) received += c.received;
      if (c.month >= from) majors += c.major.length;
    }
  }
  cards.push({
    key: 'complaints',
    href: complaintsUrl(locale),
    clause: '9.1.2 · ISO 10002',
    empty: latestMonth === undefined,
    figures:
      latestMonth === undefined
        ? []
        : [
            { kind: 'month', what: 'latestMonth', key: latestMonth },
            { kind: 'count', what: 'received', n: received },
            { kind: 'count', what: 'majorComplaints12', n: majors },
          ],
  });

  const year = h.today.slice(0, 4);
  const audits = tally(h.audits.values(), {
    planned: (a) => a.status !== 'cancelled' && a.planned.startsWith(year),
    done: (a) => a.status === 'done' && a.planned.startsWith(year),
  });
  const findings = tally(h.findings.values(), { open: (f) => f.status === 'open', openMajor: (f) => f.status === 'open' && f.grade === 'major' });
  cards.push({
    key: 'audits',
    href: auditsUrl(locale),
    clause: '9.2',
    empty: h.audits.size === 0,
    figures: [
      { kind: 'count', what: 'auditsDone', n: audits.done, of: audits.planned },
      { kind: 'count', what: 'openFindings', n: findings.open, href: findingsUrl(locale) },
      attention('openMajorFindings', findings.openMajor, 'bad', findingsUrl(locale)),
    ],
  });

  const inspectionMonth = maxOf(h.inspections.map((i) => i.month));
  let inspectionsDone = 0;
  let inspectionsPlanned = 0;
  for (const i of h.inspections) {
    if (i.month !== inspectionMonth) continue;
    inspectionsDone += i.done;
    inspectionsPlanned += i.planned;
  }
  const visitQuarter = maxOf([...h.mysteryShopVisits.values()].map((v) => quarterOf(v.date)));
  let visits = 0;
  for (const v of h.mysteryShopVisits.values()) if (quarterOf(v.date) === visitQuarter) visits++;
  cards.push({
    key: 'inspections',
    href: inspectionsUrl(locale),
    clause: '9.1.1 · 8.5.1',
    empty: inspectionMonth === undefined && visitQuarter === undefined,
    figures: [
      ...(inspectionMonth === undefined
        ? []
        : [
            { kind: 'month', what: 'latestMonth', key: inspectionMonth } as const,
            { kind: 'count', what: 'inspectionsDone', n: inspectionsDone, of: inspectionsPlanned } as const,
          ]),
      ...(visitQuarter === undefined ? [] : [{ kind: 'month', what: 'latestQuarter', key: visitQuarter } as const, { kind: 'count', what: 'visits', n: visits } as const]),
    ],
  });

  const coverageId = maxOf(h.trainingCoverage.keys());
  const coverage = coverageId === undefined ? undefined : h.trainingCoverage.get(coverageId);
  let staff = 0;
  let certified = 0;
  for (const row of coverage?.rows ?? []) {
    staff += row.staff;
    certified += row.certified;
  }
  let waiting = 0;
  for (const gates of h.derived.retrainingGates.values()) for (const g of gates) if (!g.passed) waiting++;
  cards.push({
    key: 'training',
    href: trainingUrl(locale),
    clause: '7.2',
    empty: coverage === undefined && h.campaigns.size === 0,
    figures: [
      ...(coverageId === undefined ? [] : [{ kind: 'month', what: 'latestQuarter', key: coverageId } as const, { kind: 'count', what: 'certified', n: certified, of: staff } as const]),
      attention('waitingVersions', waiting, 'warn'),
    ],
  });

  const risks = tally(h.risks.values(), {
    active: (r) => r.status === 'active',
    high: (r) => r.status === 'active' && r.levelAfter === 'high',
    reviewOverdue: (r) => r.status === 'active' && r.reviewOverdue,
  });
  cards.push({
    key: 'risks',
    href: risksUrl(locale),
    clause: '6.1',
    empty: h.risks.size === 0,
    figures: [
      { kind: 'count', what: 'activeRisks', n: risks.active },
      attention('highRisks', risks.high, 'warn'),
      attention('reviewOverdueRisks', risks.reviewOverdue, 'bad'),
    ],
  });

  const last = [...h.managementReviews.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  cards.push({
    key: 'managementReviews',
    href: managementReviewsUrl(locale),
    clause: '9.3',
    empty: last === undefined,
    figures: last === undefined ? [] : [{ kind: 'date', what: 'lastReview', iso: last.date, id: last.id }, { kind: 'count', what: 'decisions', n: last.decisions.length }],
  });

  return { cards };
}

export type RecordsPage = ReturnType<typeof recordsPage>;

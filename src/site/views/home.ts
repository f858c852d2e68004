/**
 * What the home page shows beyond the counts: the documents changed most recently (from their
 * Git history) and the effective SOPs whose periodic review is overdue or close. Pure functions
 * of their inputs; `homeSummary` computes both once per handbook.
 */
import type { DocumentHistory, History } from '../../core/git/history.ts';
import type { Handbook, SopEntity } from '../../core/model/handbook.ts';
import { formatNumber } from '../words/format.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';

/** A document that can appear in "Recently changed". */
export interface ChangeableDocument {
  kind: 'sop' | 'page';
  id: string;
  title: string;
  /** Path relative to the handbook root, as in the history. */
  file: string;
  /** SOPs only. */
  version?: string | undefined;
  /** The document's language, for its title. */
  lang?: string | undefined;
}

export interface RecentChange extends ChangeableDocument {
  /** `YYYY-MM-DD` of the last commit, in the committer's time zone. */
  date: string;
  /** Full committer timestamp, for sorting and `datetime`. */
  timestamp: string;
  author: string;
  subject: string;
}

export type RecentChanges = { available: true; changes: RecentChange[] } | { available: false; reason: string };

/** The `limit` documents with the newest last commit, newest first (ties by id). Documents never committed are left out. */
export function recentlyChanged(docs: Iterable<ChangeableDocument>, history: History | { available: true; documents: ReadonlyMap<string, Pick<DocumentHistory, 'commits'>> }, limit = 8): RecentChanges {
  if (!history.available) return { available: false, reason: history.reason };
  const changes: (RecentChange & { ms: number })[] = [];
  for (const doc of docs) {
    const last = history.documents.get(doc.file)?.commits[0];
    if (!last) continue;
    const ms = Date.parse(last.date);
    changes.push({ ...doc, date: last.date.slice(0, 10), timestamp: last.date, author: last.author.name, subject: last.subject, ms: Number.isNaN(ms) ? 0 : ms });
  }
  changes.sort((a, b) => b.ms - a.ms || a.id.localeCompare(b.id));
  return { available: true, changes: changes.slice(0, limit).map(({ ms: _ms, ...c }) => c) };
}

export interface ReviewDue {
  id: string;
  title: string;
  due: string;
  /** Negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

/** Effective SOPs whose review is overdue or due within `withinDays`: most overdue first, then soonest due, then by id. */
export function reviewsDueSoon(sops: Iterable<Pick<SopEntity, 'id' | 'title' | 'status' | 'review'>>, withinDays = 60): ReviewDue[] {
  const due: ReviewDue[] = [];
  for (const s of sops) {
    const { due: date, daysLeft } = s.review;
    if (s.status !== 'effective' || date === undefined || daysLeft === undefined || daysLeft > withinDays) continue;
    due.push({ id: s.id, title: s.title, due: date, daysLeft, overdue: daysLeft < 0 });
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
}

/** `3 days overdue`, `due today`, `in 1 day`, `in 12 days`; `已逾期 3 天`, `今天到期`, `12 天后到期`. */
export function daysText(daysLeft: number, locale: UiLocale): string {
  return wordsFor(locale).home.days(daysLeft, formatNumber(Math.abs(daysLeft), locale));
}

/** Every SOP and handbook page as a document that can have changed. */
export function changeableDocuments(h: Pick<Handbook, 'sops' | 'pages'>): ChangeableDocument[] {
  const docs: ChangeableDocument[] = [];
  for (const s of h.sops.values()) docs.push({ kind: 'sop', id: s.id, title: s.title, file: s.origin.file, version: s.version, lang: s.lang });
  for (const p of h.pages.values()) docs.push({ kind: 'page', id: p.id, title: p.title, file: p.origin.file, lang: p.lang });
  return docs;
}

export interface HomeSummary {
  recent: RecentChanges;
  reviews: ReviewDue[];
}

const cache = new WeakMap<object, HomeSummary>();

/** Both home-page lists, computed once per handbook. */
export function homeSummary(h: Pick<Handbook, 'sops' | 'pages'>, history: History): HomeSummary {
  let s = cache.get(h);
  if (!s) {
    s = { recent: recentlyChanged(changeableDocuments(h), history), reviews: reviewsDueSoon(h.sops.values()) };
    cache.set(h, s);
  }
  return s;
}

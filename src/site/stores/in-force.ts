/**
 * The SOP each page and list shows: the version in force on the build date, decided once per
 * build by document control (`core/git/versions.ts`). When the file holds a version that is not
 * in force yet, the version in force is the one taken from Git history; when there is none (a
 * first version) or history cannot be read, the file itself is shown, marked as not in force.
 */
import type { DocumentVersions } from '../../core/git/archive.ts';
import type { ArchivedVersion, UpcomingVersion } from '../../core/git/versions.ts';
import type { Handbook, SopEntity } from '../../core/model/handbook.ts';
import { sopWords, type SopWords, type TranslationWords } from '../../core/model/localize.ts';
import type { Locale } from '../../core/schema/common.ts';
import { reviewStatus } from '../../core/reviews/status.ts';
import { archivedSop } from './archive.ts';
import { versionsOf } from './document-control.ts';

/**
 * `working`: the file is the version in force (or the document is withdrawn and says so).
 * `history`: the version in force, from Git. `none`: no version in force yet. `unknown`: the
 * version in force cannot be shown from this build (no history).
 */
export type ShownSource = 'working' | 'history' | 'none' | 'unknown';

export interface SopShown {
  /** The SOP shown: the version in force, else the file itself (not in force). */
  sop: SopEntity;
  /** The file as it is today. */
  working: SopEntity;
  source: ShownSource;
  /** The version shown is in force on the build date. */
  inForce: boolean;
  /** The version in force, when taken from Git history. */
  fromHistory: ArchivedVersion | undefined;
  /** The file's version when it is not in force yet. */
  upcoming: UpcomingVersion | undefined;
  /** Why the version in force cannot be shown (source `unknown`). */
  unknownReason: string | undefined;
  versions: DocumentVersions | undefined;
}

const shownCache = new WeakMap<SopEntity, SopShown>();

/** What pages and lists show for `working` (an SOP of the handbook model), computed once per SOP. */
export function shownSop(working: SopEntity, today: string): SopShown {
  let shown = shownCache.get(working);
  if (!shown) shownCache.set(working, (shown = decide(working, today, versionsOf(working.id))));
  return shown;
}

/** The decision for one SOP, from its versions (exported for tests). */
export function decide(working: SopEntity, today: string, versions: DocumentVersions | undefined): SopShown {
  const base = { working, versions, upcoming: versions?.upcoming, fromHistory: undefined, unknownReason: undefined };
  const inForce = versions?.inForce ?? { source: 'working' as const };
  if (inForce.source === 'history') {
    const fields = inForce.version.sop.frontmatter;
    const sop = fields ? archivedSop(working, inForce.version, reviewStatus(fields, today)) : undefined;
    if (sop) return { ...base, sop, source: 'history', inForce: true, fromHistory: inForce.version };
    return { ...base, sop: working, source: 'unknown', inForce: false, unknownReason: `version ${inForce.version.version} is written in an earlier format` };
  }
  if (inForce.source === 'unknown') return { ...base, sop: working, source: 'unknown', inForce: false, unknownReason: inForce.reason };
  if (inForce.source === 'none') return { ...base, sop: working, source: 'none', inForce: false };
  const effectiveNow = working.status === 'effective' && working.effective !== undefined && working.effective <= today;
  return { ...base, sop: working, source: 'working', inForce: effectiveNow };
}

/** The SOPs shown, in the order given: for lists. */
export function shownSops(sops: Iterable<SopEntity>, today: string): SopEntity[] {
  return [...sops].map((s) => shownSop(s, today).sop);
}

/** Where the body shown comes from: an MDX file of the collection, or Markdown text from Git history. */
export type ShownBody = { file: string } | { markdown: string };

export interface SopShownInLocale extends SopWords {
  /** The version of the original the translation shown was made from. */
  sourceVersion: string | undefined;
  body: ShownBody;
}

/**
 * The words and body a reader of `locale` sees of the SOP shown. For a version in force from Git
 * history, the translation is the one made for it (today's file, or its text in history), so that
 * a translation of the upcoming version never stands in for the version in force.
 */
export function shownInLocale(h: Pick<Handbook, 'translations'>, shown: SopShown, locale: Locale): SopShownInLocale {
  const { sop } = shown;
  const today = sop.lang === locale ? undefined : h.translations.sops.get(sop.id)?.get(locale);
  if (shown.source !== 'history' || !shown.fromHistory) {
    const words = sopWords(sop, today, locale);
    return { ...words, sourceVersion: today?.sourceVersion, body: { file: today ? today.origin.file : sop.origin.file } };
  }
  const original: ShownBody = { markdown: shown.fromHistory.sop.body };
  if (sop.lang === locale) return { ...sopWords(sop, undefined, locale), sourceVersion: undefined, body: original };
  const chosen = shown.versions?.translations.get(locale as Locale);
  if (today && chosen?.source === 'working') {
    return { ...sopWords(sop, today, locale), sourceVersion: today.sourceVersion, body: { file: today.origin.file } };
  }
  if (chosen?.source === 'history' && chosen.text.frontmatter) {
    const words: TranslationWords = chosen.text.frontmatter;
    return { ...sopWords(sop, words, locale), sourceVersion: words.sourceVersion, body: { markdown: chosen.text.body } };
  }
  return { ...sopWords(sop, undefined, locale), sourceVersion: undefined, body: original };
}

/** A new version approved or in review while another one (or none) is in force. */
export interface ScheduledChange {
  shown: SopShown;
  upcoming: UpcomingVersion;
}

/**
 * New versions approved for a later date or in review, soonest first (undated ones last): for
 * the review schedule and the home page. Drafts are work in progress, not scheduled changes.
 */
export function scheduledChanges(h: Pick<Handbook, 'sops' | 'today'>): ScheduledChange[] {
  const out: ScheduledChange[] = [];
  for (const sop of h.sops.values()) {
    const shown = shownSop(sop, h.today);
    const upcoming = shown.upcoming;
    if (upcoming && upcoming.status !== 'draft') out.push({ shown, upcoming });
  }
  const key = (c: ScheduledChange) => c.upcoming.effective ?? '9999-99-99';
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.shown.sop.id < b.shown.sop.id ? -1 : 1));
}

const inForceMaps = new WeakMap<Pick<Handbook, 'sops'>, Map<string, SopEntity>>();

/**
 * The SOPs as shown (the version in force of each, else the file marked not in force), by id:
 * for the computations that read a handbook's SOPs (review schedule, traceability, recent
 * changes), so that they count the version staff work to.
 */
export function sopsShown(h: Pick<Handbook, 'sops' | 'today'>): Map<string, SopEntity> {
  let map = inForceMaps.get(h);
  if (!map) inForceMaps.set(h, (map = new Map([...h.sops.values()].map((s) => [s.id, shownSop(s, h.today).sop]))));
  return map;
}

const shownHandbooks = new WeakMap<Handbook, Handbook>();

/** The handbook with its SOPs as shown (see `sopsShown`), one object per handbook so that caches keyed by it work. */
export function handbookShown(h: Handbook): Handbook {
  let shown = shownHandbooks.get(h);
  if (!shown) shownHandbooks.set(h, (shown = { ...h, sops: sopsShown(h) }));
  return shown;
}

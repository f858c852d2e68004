/**
 * Controlled documents of any kind for the site: where each one's page is, its title in the
 * reader's language, and, for the quality manual, policies, standards and KPIs, what their pages
 * show about their control: the version in force (from Git history when the file holds one
 * approved for a later date), the upcoming version and what it changes, the superseded versions,
 * the approval state and the next review.
 */
import { asControlled, controlledDocument, controlledDocuments, type ControlledDocument, type ControlledEntity } from '../../core/control/document.ts';
import { diffDocument } from '../../core/change/document-diff.ts';
import type { ApprovalState, Signature } from '../../core/approval/state.ts';
import { documentFingerprint } from '../../core/approval/fingerprint.ts';
import type { FieldChange } from '../../core/change/values.ts';
import type { UpcomingVersion } from '../../core/git/versions.ts';
import type { ReviewStatus } from '../../core/model/handbook.ts';
import { reviewStatus } from '../../core/reviews/status.ts';
import { getDocumentControl } from '../stores/document-control.ts';
import { getLoadedHandbook } from '../stores/loaded-handbook.ts';
import type { Handbook } from '../../core/model/handbook.ts';
import { pageInLocale, sopInLocale } from '../../core/model/localize.ts';
import type { Locale } from '../../core/schema/common.ts';
import { pickLocalized } from '../words/text.ts';
import type { UiLocale } from '../words/locale.ts';
import { kpiUrl, pageUrl, sopUrl, standardUrl } from '../routes/urls.ts';

export function controlledUrl(doc: Pick<ControlledDocument, 'kind' | 'id'>, locale: UiLocale): string {
  switch (doc.kind) {
    case 'sop':
      return sopUrl(doc.id, locale);
    case 'page':
      return pageUrl(doc.id, locale);
    case 'standard':
      return standardUrl(doc.id, locale);
    case 'kpi':
      return kpiUrl(doc.id, locale);
  }
}

/** The document's title in `locale`, and the language of the title when it is not `locale`. */
export function controlledTitle(h: Pick<Handbook, 'translations'>, doc: ControlledDocument, locale: Locale): { title: string; lang: string | undefined } {
  const e = doc.entity;
  if ('kind' in e && e.kind === 'sop') {
    const view = sopInLocale(h, e, locale);
    return { title: view.title, lang: view.lang === locale ? undefined : view.lang };
  }
  if ('kind' in e && e.kind === 'page') {
    const view = pageInLocale(h, e, locale);
    return { title: view.title, lang: view.lang === locale ? undefined : view.lang };
  }
  const picked = pickLocalized('criterion' in e ? e.title : e.name, locale);
  return { title: picked.text, lang: picked.lang };
}

/** What a page shows about the document control of a quality manual, policy, standard or KPI, decided once per document. */
export interface ControlView {
  /** The version shown: the one in force, else the file (marked not in force). */
  shown: ControlledDocument;
  /** The file as it is today. */
  working: ControlledDocument;
  source: 'working' | 'history' | 'none' | 'unknown';
  /** The version shown is in force on the build date. */
  inForce: boolean;
  /** The file's version when it is not in force yet. */
  upcoming: UpcomingVersion | undefined;
  /** What the upcoming version changes, field by field, and whether its text changes. */
  changes: { fields: FieldChange[]; bodyChanged: boolean } | undefined;
  /** Versions superseded by the build date, newest first. */
  superseded: { version: string; effective: string | undefined; supersededOn: string | undefined; supersededBy: string | undefined }[];
  /** The approval state of the file's version (undefined without approval records). */
  approval: ApprovalState | undefined;
  /** The signatures of the version in force when it comes from history (the file's approval is about the upcoming version). */
  shownSignatures: Signature[] | undefined;
  review: ReviewStatus;
  /** The body of the version in force when it comes from history (pages). */
  historyBody: string | undefined;
  unknownReason: string | undefined;
}

const views = new Map<string, ControlView | null>();

/**
 * The control view of a controlled document other than an SOP (SOPs have theirs: ./in-force.ts),
 * or undefined when the document is not under control. Computed once per build.
 */
export function controlView(id: string): ControlView | undefined {
  if (!views.has(id)) views.set(id, decideView(id) ?? null);
  return views.get(id) ?? undefined;
}

function decideView(id: string): ControlView | undefined {
  const { handbook } = getLoadedHandbook();
  const working = controlledDocument(handbook, id);
  if (!working || working.kind === 'sop') return undefined;
  const control = getDocumentControl();
  const versions = control.others.get(id);
  const inForce = versions?.inForce ?? { source: 'working' as const };
  let shown = working;
  let historyBody: string | undefined;
  let source: ControlView['source'] = inForce.source;
  if (inForce.source === 'history') {
    const fields = inForce.version.sop.frontmatter as Record<string, unknown> | undefined;
    const doc = fields ? asControlled({ ...working.entity, ...fields, ...(working.kind === 'page' ? { body: inForce.version.sop.body } : {}) } as ControlledEntity) : undefined;
    if (doc) {
      shown = doc;
      historyBody = working.kind === 'page' ? inForce.version.sop.body : undefined;
    } else source = 'unknown';
  }
  const upcoming = versions?.upcoming;
  const diff = upcoming && source === 'history' ? diffDocument(shown, working) : undefined;
  const effectiveNow = working.status === 'effective' && working.effective !== undefined && working.effective <= handbook.today;
  return {
    shown,
    working,
    source,
    inForce: source === 'history' || (source === 'working' && effectiveNow),
    upcoming,
    changes: diff ? { fields: diff.fields, bodyChanged: diff.body.changed } : undefined,
    superseded: (versions?.superseded ?? []).map((v) => ({ version: v.version, effective: v.effective, supersededOn: v.supersededOn, supersededBy: v.supersededBy })),
    approval: control.approvals.enabled ? control.states.get(id) : undefined,
    shownSignatures:
      control.approvals.enabled && shown !== working
        ? (control.approvals.byDocument.get(id)?.records ?? []).filter((r) => r.version === shown.version).map((r) => ({ ...r, current: r.fingerprint === documentFingerprint(shown) }))
        : undefined,
    review: reviewStatus(shown, handbook.today),
    historyBody,
    unknownReason: inForce.source === 'unknown' ? inForce.reason : source === 'unknown' ? 'the version in force is written in an earlier format' : undefined,
  };
}

/**
 * New versions of the quality manual, policies, standards and KPIs approved for a later date or in
 * review (a raised target with its date), soonest first: for the review schedule and the home page,
 * next to the SOPs' (./in-force.ts `scheduledChanges`). Drafts are work in progress, not scheduled.
 */
export function scheduledDocumentChanges(): ControlView[] {
  const { handbook } = getLoadedHandbook();
  const out: ControlView[] = [];
  for (const doc of controlledDocuments(handbook)) {
    if (doc.kind === 'sop') continue;
    const view = controlView(doc.id);
    if (view?.upcoming && view.upcoming.status !== 'draft') out.push(view);
  }
  const key = (v: ControlView) => v.upcoming?.effective ?? '9999-99-99';
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.working.id < b.working.id ? -1 : 1));
}

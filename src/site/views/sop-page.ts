/**
 * What the page of an SOP (src/pages/[...locale]/sops/[id].astro) shows, prepared: the version in
 * force (or the file's, marked not in force) in the page's language, its title with the status
 * when not in force, its breadcrumb trail, where its body comes from (a content file rendered by
 * Astro, or the Markdown of a version from Git history) and how many pages share that body, the
 * signatures of a version in force taken from history, and what changed since approval.
 */
import { sopFingerprint } from '../../core/approval/fingerprint.ts';
import type { Handbook, SopEntity } from '../../core/model/handbook.ts';
import { getDocumentControl } from '../stores/document-control.ts';
import { shownInLocale, shownSop } from '../stores/in-force.ts';
import { UI_LOCALES, type UiLocale } from '../words/locale.ts';
import { localized } from '../words/text.ts';
import { wordsFor } from '../words/words.ts';
import { sopTrail } from './breadcrumbs.ts';
import { changedSinceApproval } from './since-approval.ts';
import { isInForce } from './sops.ts';
import { sopAudits } from './audits.ts';
import { sopTraining } from './training.ts';
import { sopRisks } from './risks.ts';
import { lastReviewOf } from '../../core/analysis/management-review-pack.ts';
import { evidenceOf } from '../stores/field-evidence.ts';

export function sopPage(handbook: Handbook, original: SopEntity, locale: UiLocale) {
  const shown = shownSop(original, handbook.today);
  const inForce = shown.sop;
  const view = shownInLocale(handbook, shown, locale);
  // The SOP as shown: the version in force (or the file, marked not in force) with the words of the page's language.
  const sop: SopEntity = { ...inForce, title: view.title, summary: view.summary, steps: view.steps, lang: view.lang };
  const statuses = wordsFor(locale).document.statuses;
  const area = handbook.areas.get(sop.area);
  const bodyFile = 'file' in view.body ? view.body.file : undefined;
  // The signatures of the version in force when it comes from history (the file's approval state is about the upcoming version).
  const fingerprint = shown.fromHistory ? sopFingerprint(inForce) : undefined;
  const control = getDocumentControl();
  return {
    shown,
    inForce,
    view,
    sop,
    title: `${sop.id} ${sop.title}${isInForce(sop.status) && shown.source !== 'none' && shown.source !== 'unknown' ? '' : ` (${statuses[sop.status]})`}`,
    trail: sopTrail(sop, area ? { id: area.id, name: localized(area.name, locale) } : undefined, locale),
    bodyFile,
    /** The Markdown of a version taken from Git history (rendered by the page). */
    historyMarkdown: 'markdown' in view.body ? view.body.markdown : undefined,
    /** Pages (one per interface language) showing this same body render it once. */
    bodyUses: bodyFile
      ? UI_LOCALES.filter((l) => {
          const v = shownInLocale(handbook, shown, l).body;
          return 'file' in v && v.file === bodyFile;
        }).length
      : 0,
    textLang: view.lang === locale ? undefined : view.lang,
    indexed: view.state !== 'missing',
    historySignatures: shown.fromHistory
      ? (control.approvals.byDocument.get(sop.id)?.records ?? []).filter((r) => r.version === inForce.version).map((r) => ({ ...r, current: r.fingerprint === fingerprint }))
      : [],
    approvalsEnabled: control.approvals.enabled,
    /** The page shows an approval block (the signatures of the version shown). */
    approvalShown: control.approvals.enabled && (shown.fromHistory || control.states.has(original.id)),
    /** The file's text differs from the one its approvers signed: what changed, in the original's words. */
    changed: changedSinceApproval(shown),
    /** When it was last audited and its open findings (the audit box). */
    audits: sopAudits(handbook, original.id),
    /** Retraining on the SOP's major versions: each campaign's state and completion per unit. */
    training: sopTraining(handbook, original.id, locale),
    /** The risks that arise at its steps or that it controls (the risks box), and its steps' risks (the swimlane). */
    risks: sopRisks(handbook, original.id, locale),
    /** The latest management review whose decisions concern it (an action linking it, an objective of a KPI it is measured by). */
    managementReview: lastReviewOf(handbook, original.id),
    /** What complaints, daily inspections and mystery-shop visits say about it (the causes and checklist items mapped to it). */
    evidence: evidenceOf(handbook, original.id),
  };
}

export type SopPage = ReturnType<typeof sopPage>;

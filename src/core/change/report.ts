/**
 * The pull-request report, in Markdown fit to post as a comment: what a change does to the
 * handbook, in the terms a reviewer approves (versions, steps, time limits, targets, records),
 * who must approve it, and what the check found.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Handbook, SopEntity } from '../model/handbook.ts';
import { compareText } from '../order.ts';
import { documentsNeedingApproval, isEmpty, type EntityChange, type HandbookChanges } from './compare.ts';
import { controlledDocument } from '../control/document.ts';
import { describeStepChange } from './describe.ts';
import type { SopDiff, StepChange } from './sop-diff.ts';
import { describeChange, formatValue } from './values.ts';
import { describeMeasurement } from '../model/measurement-counts.ts';
import type { Attribution } from './attribution.ts';
import type { AddedRecord } from '../approval/provenance.ts';
import { plural } from '../text/plural.ts';
import { recordChangeCount, recordSections } from './record-sections.ts';

/** The first line of every report: the workflow finds and updates its earlier comment by it. */
export const REPORT_MARKER = '<!-- sqms-report -->';

export interface ReportContext {
  /** Revision compared with, as given (`origin/main`). */
  baseName: string;
  baseCommit: string;
  mergeBase: boolean;
  /** Diagnostics of the check (all of them; notes are folded away). */
  diagnostics: readonly Diagnostic[];
  /** Most diagnostics listed before "and N more". */
  maxDiagnostics?: number;
  /**
   * Whose each finding is (core/change/attribution.ts): the change's own, caused by it in a file
   * it does not touch, or standing. Without it, findings in the files the change touches are its own.
   */
  attribution?: ReadonlyMap<Diagnostic, Attribution>;
  /** Approval records the change adds itself (not by the approval workflow, which records after the merge). */
  approvalsAdded?: readonly AddedRecord[];
}

export function renderReport(changes: HandbookChanges, head: Handbook, context: ReportContext): string {
  const out: string[] = [REPORT_MARKER, '## Handbook changes', ''];
  const errors = context.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = context.diagnostics.filter((d) => d.severity === 'warning').length;
  out.push(
    `Compared with \`${context.baseName}\` at \`${context.baseCommit.slice(0, 7)}\`${context.mergeBase ? ' (where this branch started)' : ''}, as of ${head.today}.`,
    '',
    errors + warnings === 0 ? '**The check passes.**' : `**The check finds ${plural(errors, 'error')} and ${plural(warnings, 'warning')}** (listed at the end).`,
    '',
  );
  if (isEmpty(changes) && recordChangeCount(changes) === 0) {
    out.push('No SOPs, pages, standards, KPIs, measurements, improvement actions or other records change.', '');
  } else {
    documents(out, changes);
    effectiveDates(out, changes, head);
    steps(out, changes, head);
    retraining(out, changes, head);
    approvals(out, changes, head);
    handWrittenApprovals(out, context.approvalsAdded ?? [], head);
    entitySection(out, '### Service standards', changes.standards, (s) => formatValue(s.title));
    entitySection(out, '### KPI definitions and targets', changes.kpis, (k) => formatValue(k.name), ['target', 'warning']);
    measurements(out, changes);
    entitySection(out, '### Improvement actions', changes.actions, (a) => a.title);
    recordSections(out, changes);
  }
  diagnosticsSection(out, changes, context);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}



/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function sopLabel(sop: SopEntity): string {
  return `**${sop.id}** ${cell(sop.title)}`;
}

/** In words: what happened to an SOP. */
function sopEvent(diff: SopDiff): string {
  const { base, head } = diff;
  if (base.status !== head.status) {
    if (head.status === 'superseded') return 'superseded';
    if (head.status === 'retired') return 'retired';
    if (head.status === 'effective') return diff.substance ? `released (${diff.major ? 'major' : 'minor'} change)` : 'released';
  }
  if (diff.reviewOnly) return 'periodic review recorded, no change';
  if (diff.substance) return diff.entry ? `changed in substance (${diff.entry.change})` : 'changed in substance';
  if (diff.newEntries.length > 0 || diff.control.some((c) => c.field === 'version')) return 'new version, same content';
  return `document-control fields changed (${diff.control.map((c) => c.field).join(', ')})`;
}

function documents(out: string[], changes: HandbookChanges): void {
  const rows: string[] = [];
  for (const c of changes.sops) {
    if (c.kind === 'added') rows.push(`| ${sopLabel(c.head)} | added | ${c.head.version} | ${c.head.status} |`);
    else if (c.kind === 'removed') rows.push(`| ${sopLabel(c.base)} | deleted | ${c.base.version} | ${c.base.status} |`);
    else {
      const { base, head } = c.diff;
      const version = base.version === head.version ? head.version : `${base.version} → ${head.version}`;
      const status = base.status === head.status ? head.status : `${base.status} → ${head.status}`;
      rows.push(`| ${sopLabel(head)} | ${sopEvent(c.diff)} | ${version} | ${status} |`);
    }
  }
  for (const p of changes.pages) {
    const page = (p.head ?? p.base)!;
    const what = p.fields.map((f) => (f.field === 'body' ? 'text' : f.field)).join(', ');
    rows.push(`| Page **${cell(page.id)}** ${cell(page.title)} | ${p.kind === 'changed' ? `changed (${what})` : p.kind === 'removed' ? 'deleted' : p.kind} | | |`);
  }
  if (rows.length === 0) return;
  out.push('### Documents', '', '| Document | Change | Version | Status |', '|---|---|---|---|', ...rows, '');
}

function stepLine(s: StepChange, role: (id: string) => string): string[] {
  if (s.kind === 'added') {
    const limit = s.step.timeLimit ? ` (${s.step.timeLimit})` : '';
    return [`- Step **${s.step.id}** added: ${role(s.step.actor)}: ${cell(s.step.action)}${limit}`];
  }
  if (s.kind === 'removed') return [`- Step **${s.step.id}** removed (was: ${role(s.step.actor)}: ${cell(s.step.action)})`];
  return s.fields.map((f) =>
    f.field === 'action'
      ? `- Step **${s.id}** action: “${formatValue(f.before)}” → “${formatValue(f.after)}”`
      : f.field === 'decision'
        ? `- Step **${s.id}** decision changed: ${decisionText(f.before)} → ${decisionText(f.after)}`
        : `- Step **${s.id}** ${describeStepChange({ kind: 'changed', id: s.id, fields: [f] }).replace(/^step \S+ /, '')}`,
  );
}

function decisionText(value: unknown): string {
  if (!value || typeof value !== 'object') return '(none)';
  const d = value as { question: string; options: { label: string; next: string }[] };
  return `“${d.question}” ${d.options.map((o) => `${o.label} → ${o.next}`).join(', ')}`;
}

function steps(out: string[], changes: HandbookChanges, head: Handbook): void {
  const role = (id: string) => formatValue(head.roles.get(id)?.name ?? id);
  const blocks: string[] = [];
  for (const c of changes.sops) {
    if (c.kind !== 'changed' || !c.diff.substance) continue;
    const d = c.diff;
    const lines = [
      ...d.steps.flatMap((s) => stepLine(s, role)),
      ...d.fields.map((f) => `- ${cell(describeChange(f))}`),
      ...(d.body.changed ? [`- Text: ${plural(d.body.added, 'line')} added, ${d.body.removed} removed`] : []),
    ];
    const version = d.base.version === d.head.version ? d.head.version : `${d.base.version} → ${d.head.version}`;
    blocks.push(`**${d.head.id} ${d.head.title}** (${version})`, '', ...lines, '');
  }
  if (blocks.length === 0) return;
  out.push('### Steps, time limits and text', '', ...blocks);
}

/** Days from `from` to `to` (dates YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * When the new versions take effect: an SOP approved (or in review) for a later date stays at its
 * version in force until then, with a notice of the new one; readers and trainers plan by it.
 */
function effectiveDates(out: string[], changes: HandbookChanges, head: Handbook): void {
  const lines: string[] = [];
  for (const c of changes.sops) {
    const sop = c.kind === 'added' ? c.head : c.kind === 'changed' ? c.diff.head : undefined;
    if (!sop?.effective || sop.effective <= head.today || (sop.status !== 'effective' && sop.status !== 'in-review')) continue;
    const base = c.kind === 'changed' ? c.diff.base : undefined;
    const inForce = base && base.status === 'effective' && base.effective !== undefined && base.effective <= head.today ? base.version : undefined;
    const days = daysBetween(head.today, sop.effective);
    const when = `${sop.status === 'in-review' ? 'is planned to take effect' : 'takes effect'} on **${sop.effective}** (in ${plural(days, 'day')})`;
    const until = inForce ? `until then version ${inForce} stays in force and its page announces ${sop.version}` : 'until then it is marked not in force yet';
    lines.push(`- **${sop.id} ${sop.version}** ${when}: ${until}.`);
  }
  if (lines.length > 0) out.push('### Effective dates', '', ...lines, '');
}

/** Approval records written in the pull request itself: not by the workflow, so not evidence of a review. */
function handWrittenApprovals(out: string[], added: readonly AddedRecord[], head: Handbook): void {
  if (added.length === 0) return;
  const name = (id: string) => head.people.get(id)?.name ?? id;
  out.push(
    '### Approval records added by hand',
    '',
    `The approval workflow records signatures from the approving reviews after the merge; ${added.length === 1 ? 'this record was' : `these ${added.length} records were`} written in the pull request itself, so ${added.length === 1 ? 'it is' : 'they are'} no evidence of a review. Ask who wrote ${added.length === 1 ? 'it' : 'them'}, or remove ${added.length === 1 ? 'it' : 'them'} and approve the pull request instead.`,
    '',
    '| Document | Version | Signed by | Meaning | At | Source |',
    '|---|---|---|---|---|---|',
    ...added.map(({ document, record: r }) => `| ${document} | ${r.version} | ${cell(name(r.by))} | ${r.meaning} | ${r.at} | ${r.source ? cell(r.source) : '(none)'} |`),
    '',
  );
}

function retraining(out: string[], changes: HandbookChanges, head: Handbook): void {
  const lines: string[] = [];
  for (const c of changes.sops) {
    if (c.kind !== 'changed' || !c.diff.major) continue;
    const sop = c.diff.head;
    const roles = sop.training.roles.map((id) => formatValue(head.roles.get(id)?.name ?? id));
    lines.push(`- **${sop.id} ${sop.version}** is a major change: retrain ${roles.length > 0 ? roles.join(', ') : '(no roles named in training.roles)'}${sop.effective ? ` before ${sop.effective}` : ''}.`);
  }
  if (lines.length > 0) out.push('### Retraining', '', ...lines, '');
}

function approvals(out: string[], changes: HandbookChanges, head: Handbook): void {
  const ids = [...documentsNeedingApproval(changes)].sort(compareText);
  const rows = ids.flatMap((id) => {
    const sop = controlledDocument(head, id);
    if (!sop) return [];
    const people = sop.approvers.map((p) => {
      const person = head.people.get(p);
      return person ? `${person.name}${person.git ? ` (${person.git})` : ''}` : p;
    });
    return [`| ${sop.id} ${sop.version} | ${cell(people.join(', ') || 'no approvers named')} |`];
  });
  if (rows.length === 0) return;
  out.push('### Approvals needed', '', 'Each approver approves the pull request; the approvals are recorded with the content\'s fingerprint when it merges.', '', '| Document | Approvers |', '|---|---|', ...rows, '');
}

function entitySection<T extends object>(out: string[], title: string, list: EntityChange<T>[], name: (e: T) => string, highlight: string[] = []): void {
  if (list.length === 0) return;
  const rows = list.map((c) => {
    const entity = (c.head ?? c.base)!;
    const what =
      c.kind === 'changed'
        ? [...c.fields].sort((a, b) => Number(highlight.includes(b.field)) - Number(highlight.includes(a.field))).map((f) => (f.field === 'body' ? 'text changed' : describeChange(f))).join('; ')
        : c.kind === 'added'
          ? 'added'
          : 'deleted';
    return `| **${c.id}** ${cell(name(entity))} | ${cell(what)} |`;
  });
  out.push(title, '', '| | What changed |', '|---|---|', ...rows, '');
}

function measurements(out: string[], changes: HandbookChanges): void {
  const { added, corrected, removed } = changes.measurements;
  if (added.length + corrected.length + removed.length === 0) return;
  out.push('### Measurements', '');
  if (added.length > 0) {
    const groups = new Map<string, number>();
    for (const m of added) groups.set(`${m.period} ${m.kpi}`, (groups.get(`${m.period} ${m.kpi}`) ?? 0) + 1);
    const list = [...groups.entries()].sort(([a], [b]) => compareText(a, b)).map(([k, n]) => `${k} (${n})`);
    out.push(`- **${added.length} added**: ${list.join(', ')}`);
  }
  if (removed.length > 0) out.push(`- **${removed.length} removed**: ${removed.map((m) => `${m.kpi} ${m.unit} ${m.period}`).join(', ')}`);
  out.push('');
  if (corrected.length > 0) {
    const v = describeMeasurement;
    out.push(
      `**${plural(corrected.length, 'correction')}** of past values:`,
      '',
      '| KPI | Unit | Period | Before | After | Note |',
      '|---|---|---|---|---|---|',
      ...corrected.map((c) => `| ${c.kpi} | ${c.unit} | ${c.period} | ${v(c.before)} | ${v(c.after)} | ${cell(c.after.note ?? '')} |`),
      '',
    );
  }
}

/** Files this change touches (today's paths), so that its own findings can be told from older ones. */
export function changedFiles(changes: HandbookChanges): Set<string> {
  const files = new Set<string>();
  for (const c of changes.sops) files.add(c.kind === 'added' ? c.head.origin.file : c.kind === 'removed' ? c.base.origin.file : c.diff.head.origin.file);
  for (const list of [changes.pages, changes.standards, changes.kpis, changes.actions] as EntityChange<{ origin: { file: string } }>[][]) {
    for (const c of list) files.add((c.head ?? c.base)!.origin.file);
  }
  const m = changes.measurements;
  for (const x of [...m.added, ...m.removed, ...m.corrected.map((c) => c.after)]) files.add(x.origin.file);
  return files;
}

function diagnosticsSection(out: string[], changes: HandbookChanges, context: ReportContext): void {
  const max = context.maxDiagnostics ?? 50;
  const touched = changedFiles(changes);
  const attributed = (d: Diagnostic): Attribution => context.attribution?.get(d) ?? (touched.has(d.file) || d.code.startsWith('change/') ? 'touched' : 'standing');
  const row = (d: Diagnostic) => `| ${d.severity} | \`${d.code}\` | \`${d.file}:${d.line}\` | ${cell(d.message)} |`;
  const table = (list: readonly Diagnostic[]) => {
    const lines = ['| Severity | Code | Where | Message |', '|---|---|---|---|', ...list.slice(0, max).map(row), ''];
    if (list.length > max) lines.push(`…and ${list.length - max} more: run \`npm run check -- --base ${context.baseName}\` for all of them.`, '');
    return lines;
  };
  const mine = context.diagnostics.filter((d) => d.severity !== 'info' && attributed(d) === 'touched');
  const caused = context.diagnostics.filter((d) => d.severity !== 'info' && attributed(d) === 'caused');
  const older = context.diagnostics.filter((d) => d.severity !== 'info' && attributed(d) === 'standing');
  const notes = context.diagnostics.filter((d) => d.severity === 'info');
  out.push('### Check', '');
  out.push(mine.length === 0 ? 'No errors or warnings in what this change touches.' : 'In what this change touches:', '');
  if (mine.length > 0) out.push(...table(mine));
  if (caused.length > 0) out.push('Caused by this change in files it does not touch (not found without it):', '', ...table(caused));
  if (older.length > 0) {
    out.push(`<details><summary>${plural(older.length, 'finding')} elsewhere in the handbook (not caused by this change; they still count in the strict check)</summary>`, '', ...table(older), '</details>', '');
  }
  if (notes.length > 0) out.push(`<details><summary>${plural(notes.length, 'note')}</summary>`, '', ...table(notes), '</details>', '');
}

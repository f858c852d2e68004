/**
 * Whose finding is it? With a base revision, each finding of the check is attributed:
 *
 * - `touched`: about a file the change touches, or a finding of the change rules themselves
 *   (`change/…`, `approval/pending`);
 * - `caused`: about a file the change does not touch, but new with it: the same check on the base
 *   revision does not find it (a translation that becomes outdated because its original changed,
 *   a link broken by a page the change removed);
 * - `standing`: found on the base revision too (overdue reviews elsewhere, old warnings), or a
 *   file that cannot be read and that the change does not touch.
 *
 * A finding is the same on both sides when its code, file and message are: positions move when
 * lines are added above it, so they do not count.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export type Attribution = 'touched' | 'caused' | 'standing';

export const ATTRIBUTIONS: readonly Attribution[] = ['touched', 'caused', 'standing'];

/** Findings that only a comparison with a base revision produces: they belong to the change. */
function ofTheChange(d: Diagnostic): boolean {
  return d.code.startsWith('change/') || d.code === 'approval/pending';
}

/** A file that could not be read as it is: unchanged by the change, the problem was there before it. */
function readProblem(d: Diagnostic): boolean {
  return d.code.startsWith('file/') || d.code.startsWith('limit/');
}

const key = (d: Diagnostic) => `${d.code}\u0000${d.file}\u0000${d.message}`;

/**
 * The attribution of each of `head`'s findings, given the files the change touches (today's
 * paths, and paths it removed) and the findings of the same check on the base revision.
 */
export function attributeFindings(head: readonly Diagnostic[], base: readonly Diagnostic[], touched: ReadonlySet<string>): Map<Diagnostic, Attribution> {
  const before = new Set(base.map(key));
  const out = new Map<Diagnostic, Attribution>();
  for (const d of head) out.set(d, touched.has(d.file) || ofTheChange(d) ? 'touched' : before.has(key(d)) || readProblem(d) ? 'standing' : 'caused');
  return out;
}

/** The findings grouped by attribution, each group in the order given. */
export function groupFindings(diagnostics: readonly Diagnostic[], attribution: ReadonlyMap<Diagnostic, Attribution>): Record<Attribution, Diagnostic[]> {
  const groups: Record<Attribution, Diagnostic[]> = { touched: [], caused: [], standing: [] };
  for (const d of diagnostics) groups[attribution.get(d) ?? 'standing'].push(d);
  return groups;
}

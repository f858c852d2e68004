/**
 * The pull-request report's sections for the kinds of record that have no section of their own
 * (audits, findings, risks, management reviews, training records, complaint registers…), one per
 * kind, read from the registry: a kind compared field by field lists each item added, deleted or
 * changed with the fields that changed; a kind compared by key (a register's unit and month)
 * counts what was added and removed and names each corrected entry with its changed fields. A new
 * kind of record appears in the report without code here.
 */
import type { KindDefinition } from '../model/kinds/kind.ts';
import { KINDS } from '../model/kinds/registry.ts';
import { compareText } from '../order.ts';
import type { EntityChange, HandbookChanges } from './compare.ts';
import { changedFields, describeChange, formatValue } from './values.ts';

/** Kinds the report gives a section of its own (documents, KPIs, measurements, actions). */
export const OWN_SECTIONS: ReadonlySet<string> = new Set(['sop', 'page', 'standard', 'kpi', 'measurement', 'improvement-action']);

interface KeyedChanges {
  added: object[];
  corrected: { before: object; after: object }[];
  removed: object[];
}

/** What changed in one kind's collection (as compareHandbooks left it), undefined when not compared. */
function changesOf(changes: HandbookChanges, k: KindDefinition): EntityChange<object>[] | KeyedChanges | undefined {
  if (!k.comparison || !k.collection) return undefined;
  return (changes as unknown as Record<string, EntityChange<object>[] | KeyedChanges | undefined>)[k.collection];
}

/** The number of items of the kinds without a section of their own that changed. */
export function recordChangeCount(changes: HandbookChanges, kinds: readonly KindDefinition[] = KINDS): number {
  let n = 0;
  for (const k of kinds) {
    if (OWN_SECTIONS.has(k.name)) continue;
    const c = changesOf(changes, k);
    if (Array.isArray(c)) n += c.length;
    else if (c) n += c.added.length + c.corrected.length + c.removed.length;
  }
  return n;
}

const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const title = (k: KindDefinition) => k.labels.en.many.charAt(0).toUpperCase() + k.labels.en.many.slice(1);

export function recordSections(out: string[], changes: HandbookChanges, kinds: readonly KindDefinition[] = KINDS): void {
  for (const k of kinds) {
    if (OWN_SECTIONS.has(k.name)) continue;
    const c = changesOf(changes, k);
    if (!c) continue;
    if (Array.isArray(c)) fieldSection(out, k, c);
    else if (k.comparison?.by === 'key') keyedSection(out, k, c, k.comparison.key, k.comparison.fields);
  }
}

function fieldSection(out: string[], k: KindDefinition, list: EntityChange<object>[]): void {
  if (list.length === 0) return;
  const name = (e: object) => (k.nameField ? formatValue((e as Record<string, unknown>)[k.nameField]) : '');
  const rows = list.map((c) => {
    const what = c.kind === 'changed' ? c.fields.map((f) => (f.field === 'body' ? 'text changed' : describeChange(f))).join('; ') : c.kind === 'added' ? 'added' : 'deleted';
    return `| **${cell(c.id)}** ${cell(name((c.head ?? c.base)!))} | ${cell(what)} |`;
  });
  out.push(`### ${title(k)}`, '', '| | What changed |', '|---|---|', ...rows, '');
}

function keyedSection(out: string[], k: KindDefinition, c: KeyedChanges, key: readonly string[], fields: readonly string[]): void {
  if (c.added.length + c.corrected.length + c.removed.length === 0) return;
  const keyOf = (x: object) => key.map((f) => String((x as Record<string, unknown>)[f])).join(' ');
  const list = (xs: object[]) => xs.map(keyOf).sort(compareText).join(', ');
  out.push(`### ${title(k)}`, '');
  if (c.added.length > 0) out.push(`- **${c.added.length} added**: ${cell(list(c.added))}`);
  if (c.removed.length > 0) out.push(`- **${c.removed.length} removed**: ${cell(list(c.removed))}`);
  for (const x of [...c.corrected].sort((a, b) => compareText(keyOf(a.after), keyOf(b.after)))) {
    const what = changedFields(x.before as Record<string, unknown>, x.after as Record<string, unknown>, fields).map((f) => f.field);
    out.push(`- **${cell(keyOf(x.after))}** corrected: ${what.join(', ')}`);
  }
  out.push('');
}

/**
 * Placeholder text in a released document: `TODO` (as `npm run new` writes it), `TBD` or `FIXME`,
 * in a field or in the text of an SOP that is not a draft, a handbook page, a service standard, a
 * KPI definition (a document that has a status is checked once it is not a draft), and in the
 * translations of those. Drafts may hold placeholders: they are work in progress. Improvement
 * actions are records, not documents, and are left out. Fenced code is left out.
 */
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.ts';
import type { Origin } from '../model/handbook.ts';
import type { Rule } from './rule.ts';

const PLACEHOLDER = /\b(TODO|TBD|FIXME)\b/;
/** Keys of an entity that are not written fields of its file. */
const DERIVED = new Set(['origin', 'kind', 'body', 'bodyLine', 'review', 'children', 'parentUnit']);

interface Checked {
  origin: Origin;
  /** The entity: its written fields are searched. */
  fields: object;
  body?: string | undefined;
  bodyLine?: number | undefined;
  what: string;
}

const FIELD_HINT = 'Write the real text in place of the placeholder `npm run new` left, or keep the document a draft until it is done.';

function report(bag: DiagnosticBag, at: SourcePosition, what: string, where: string, text: string): void {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  bag.report('content/placeholder', at, `${what} is released but its ${where} still holds placeholder text: "${shown.trim()}".`, FIELD_HINT);
}

/** Every string among the written fields, with its path. */
function* strings(value: unknown, path: (string | number)[]): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!(path.length === 0 && DERIVED.has(k))) yield* strings(v, [...path, k]);
  }
}

function check(doc: Checked, bag: DiagnosticBag): void {
  for (const [text, path] of strings(doc.fields, [])) {
    if (PLACEHOLDER.test(text)) report(bag, doc.origin.at(path), doc.what, `\`${path.join('.')}\``, text);
  }
  if (doc.body === undefined) return;
  let fenced = false;
  doc.body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : PLACEHOLDER.exec(line);
    if (m) report(bag, { file: doc.origin.file, line: (doc.bodyLine ?? 1) + i, column: m.index + 1 }, doc.what, 'text', line.slice(m.index));
  });
}

const released = (entity: object) => (entity as { status?: unknown }).status !== 'draft';

export const placeholders: Rule = {
  name: 'placeholders',
  run(h, bag) {
    for (const sop of h.sops.values()) {
      if (!released(sop)) continue;
      check({ origin: sop.origin, fields: sop, body: sop.body, bodyLine: sop.bodyLine, what: sop.id }, bag);
      for (const t of h.translations.sops.get(sop.id)?.values() ?? []) check({ origin: t.origin, fields: t, body: t.body, bodyLine: t.bodyLine, what: `The ${t.lang} translation of ${sop.id}` }, bag);
    }
    for (const page of h.pages.values()) {
      check({ origin: page.origin, fields: page, body: page.body, bodyLine: page.bodyLine, what: `The page ${page.id}` }, bag);
      for (const t of h.translations.pages.get(page.id)?.values() ?? []) check({ origin: t.origin, fields: t, body: t.body, bodyLine: t.bodyLine, what: `The ${t.lang} translation of the page ${page.id}` }, bag);
    }
    for (const std of h.standards.values()) if (released(std)) check({ origin: std.origin, fields: std, what: std.id }, bag);
    for (const kpi of h.kpis.values()) if (released(kpi)) check({ origin: kpi.origin, fields: kpi, what: kpi.id }, bag);
  },
};

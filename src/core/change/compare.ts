/**
 * What a change does to the handbook: the base model (for a pull request, its target branch)
 * compared with the head model (the working tree), entity by entity and id by id, so that a file
 * moved to another folder is the same document. Each kind says how its items compare (its
 * `comparison` in src/core/model/kinds/): field by field, as a procedure, or by key.
 */
import type { Handbook, MeasurementEntity, PageEntity, SopEntity } from '../model/handbook.ts';
import { canonicalBody } from '../approval/canonical.ts';
import { KINDS, type KindDefinition } from '../model/kinds/registry.ts';
import { compareText } from '../order.ts';
import { changedFields, type FieldChange } from './values.ts';
import { diffSop, type SopDiff } from './sop-diff.ts';
import { asControlled, type ControlledEntity } from '../control/document.ts';
import { diffDocument } from './document-diff.ts';

export interface EntityChange<T> {
  id: string;
  kind: 'added' | 'removed' | 'changed';
  base: T | undefined;
  head: T | undefined;
  /** Changed fields (for `changed`). */
  fields: FieldChange[];
}

export type SopChange =
  | { id: string; kind: 'added'; head: SopEntity }
  | { id: string; kind: 'removed'; base: SopEntity }
  | { id: string; kind: 'changed'; diff: SopDiff };

export interface MeasurementKey {
  kpi: string;
  unit: string;
  period: string;
}

export interface MeasurementCorrection extends MeasurementKey {
  before: MeasurementEntity;
  after: MeasurementEntity;
}

export interface HandbookChanges {
  /** Every SOP added, removed or changed in any way (ordered by id). */
  sops: SopChange[];
  pages: EntityChange<PageEntity>[];
  standards: EntityChange<Handbook['standards'] extends Map<string, infer T> ? T : never>[];
  kpis: EntityChange<Handbook['kpis'] extends Map<string, infer T> ? T : never>[];
  actions: EntityChange<Handbook['actions'] extends Map<string, infer T> ? T : never>[];
  risks: EntityChange<Handbook['risks'] extends Map<string, infer T> ? T : never>[];
  managementReviews: EntityChange<Handbook['managementReviews'] extends Map<string, infer T> ? T : never>[];
  measurements: {
    added: MeasurementEntity[];
    corrected: MeasurementCorrection[];
    removed: MeasurementEntity[];
  };
}

type Collections = Record<string, unknown>;

export function compareHandbooks(base: Handbook, head: Handbook, kinds: readonly KindDefinition[] = KINDS): HandbookChanges {
  const changes: Collections = { sops: [], pages: [], standards: [], kpis: [], actions: [], risks: [], managementReviews: [], measurements: { added: [], corrected: [], removed: [] } };
  const b = base as unknown as Collections;
  const h = head as unknown as Collections;
  for (const kind of kinds) {
    const how = kind.comparison;
    const name = kind.collection;
    if (!how || !name) continue;
    if (how.by === 'procedure') changes[name] = compareProcedures(base, head, b[name] as Map<string, SopEntity>, h[name] as Map<string, SopEntity>, kind);
    else if (how.by === 'fields') {
      const bodyChanged = how.body ? (x: { body?: string }, y: { body?: string }) => canonicalBody(x.body ?? '') !== canonicalBody(y.body ?? '') : undefined;
      changes[name] = compareMaps(b[name] as Map<string, object>, h[name] as Map<string, object>, how.fields, bodyChanged);
    } else changes[name] = compareKeyed(b[name] as MeasurementEntity[], h[name] as MeasurementEntity[], how.key, how.fields);
  }
  return changes as unknown as HandbookChanges;
}

/** SOPs, by their own comparison of steps, time limits and body; one whose file failed its schema on one side is neither added nor removed. */
function compareProcedures(base: Handbook, head: Handbook, before: Map<string, SopEntity>, after: Map<string, SopEntity>, kind: KindDefinition): SopChange[] {
  const rejected = (h: Handbook, id: string) => kind.rejected !== undefined && h.rejected[kind.rejected].has(id);
  const sops: SopChange[] = [];
  for (const id of unionKeys(before, after)) {
    const b = before.get(id);
    const h = after.get(id);
    if (b && h) {
      const diff = diffSop(b, h);
      if (diff.substance || diff.control.length > 0 || diff.newEntries.length > 0 || diff.rewrittenEntries.length > 0) sops.push({ id, kind: 'changed', diff });
    } else if (h) {
      // An SOP whose file failed its schema at the base is not "added".
      if (!rejected(base, id)) sops.push({ id, kind: 'added', head: h });
    } else if (b && !rejected(head, id)) sops.push({ id, kind: 'removed', base: b });
  }
  return sops;
}

function unionKeys(a: Map<string, unknown>, b: Map<string, unknown>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort(compareText);
}

function compareMaps<T extends object>(base: Map<string, T>, head: Map<string, T>, fields: readonly string[], bodyChanged?: (b: T, h: T) => boolean): EntityChange<T>[] {
  const out: EntityChange<T>[] = [];
  for (const id of unionKeys(base, head)) {
    const b = base.get(id);
    const h = head.get(id);
    if (b && h) {
      const changes = changedFields(b as Record<string, unknown>, h as Record<string, unknown>, fields);
      if (bodyChanged?.(b, h)) changes.push({ field: 'body', before: undefined, after: undefined });
      if (changes.length > 0) out.push({ id, kind: 'changed', base: b, head: h, fields: changes });
    } else out.push({ id, kind: h ? 'added' : 'removed', base: b, head: h, fields: [] });
  }
  return out;
}

export function measurementKey(m: MeasurementKey): string {
  return `${m.kpi}|${m.unit}|${m.period}`;
}

/** Items without ids (measurements), matched by their `key` fields: added, corrected (one of `fields` differs) or removed; the first of a key counts. */
function compareKeyed<T extends object>(base: readonly T[], head: readonly T[], keyFields: readonly string[], fields: readonly string[]): { added: T[]; corrected: ({ before: T; after: T } & Record<string, unknown>)[]; removed: T[] } {
  const field = (x: T, f: string) => (x as Record<string, unknown>)[f];
  const keyOf = (x: T) => keyFields.map((f) => String(field(x, f))).join('|');
  const before = new Map<string, T>();
  for (const m of base) if (!before.has(keyOf(m))) before.set(keyOf(m), m);
  const seen = new Set<string>();
  const added: T[] = [];
  const corrected: ({ before: T; after: T } & Record<string, unknown>)[] = [];
  for (const m of head) {
    const key = keyOf(m);
    if (seen.has(key)) continue;
    seen.add(key);
    const old = before.get(key);
    if (!old) added.push(m);
    else if (fields.some((f) => field(old, f) !== field(m, f))) corrected.push({ ...Object.fromEntries(keyFields.map((f) => [f, field(m, f)])), before: old, after: m });
  }
  const removed = [...before.entries()].filter(([key]) => !seen.has(key)).map(([, m]) => m);
  return { added, corrected, removed };
}

/** Ids of SOPs whose signed content this change alters (they need new signatures). */
export function sopsNeedingApproval(changes: HandbookChanges): Set<string> {
  const ids = new Set<string>();
  for (const c of changes.sops) {
    if (c.kind === 'added' || (c.kind === 'changed' && c.diff.needsApproval)) ids.add(c.id);
  }
  return ids;
}

/**
 * Ids of every controlled document whose signed content this change alters: SOPs, and the
 * quality manual, policies, standards and KPIs under control (added with a version, or changed).
 */
export function documentsNeedingApproval(changes: HandbookChanges): Set<string> {
  const ids = sopsNeedingApproval(changes);
  for (const list of [changes.pages, changes.standards, changes.kpis] as EntityChange<ControlledEntity>[][]) {
    for (const c of list) {
      const head = c.head ? asControlled(c.head) : undefined;
      if (!head) continue;
      const base = c.base ? asControlled(c.base) : undefined;
      if (c.kind === 'added' || !base || (c.kind === 'changed' && diffDocument(base, head).needsApproval)) ids.add(c.id);
    }
  }
  return ids;
}

/** True when nothing the report covers changed. */
export function isEmpty(changes: HandbookChanges): boolean {
  const m = changes.measurements;
  return (
    changes.sops.length + changes.pages.length + changes.standards.length + changes.kpis.length + changes.actions.length + m.added.length + m.corrected.length + m.removed.length === 0
  );
}

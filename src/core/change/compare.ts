/**
 * What a change does to the handbook: the base model (for a pull request, its target branch)
 * compared with the head model (the working tree), entity by entity and id by id, so that a file
 * moved to another folder is the same document.
 */
import type { Handbook, MeasurementEntity, PageEntity, SopEntity } from '../model/handbook.ts';
import { canonicalBody } from '../approval/canonical.ts';
import { ImprovementAction } from '../schema/improvement-action.ts';
import { Kpi } from '../schema/kpi.ts';
import { PageFrontmatter } from '../schema/page.ts';
import { Standard } from '../schema/standard.ts';
import { compareText } from '../order.ts';
import { changedFields, type FieldChange } from './values.ts';
import { diffSop, type SopDiff } from './sop-diff.ts';
import { asControlled, type ControlledEntity } from '../control/document.ts';
import { diffDocument } from '../control/diff.ts';

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
  measurements: {
    added: MeasurementEntity[];
    corrected: MeasurementCorrection[];
    removed: MeasurementEntity[];
  };
}

/** The fields of each kind of document, from its schema (ids are compared by matching). */
const fieldsOf = (schema: { shape: object }) => Object.keys(schema.shape).filter((k) => k !== 'id');
const STANDARD_FIELDS = fieldsOf(Standard);
const KPI_FIELDS = fieldsOf(Kpi);
const ACTION_FIELDS = fieldsOf(ImprovementAction);
const PAGE_FIELDS = [...new Set(['title', 'lang', ...fieldsOf(PageFrontmatter)])];

export function compareHandbooks(base: Handbook, head: Handbook): HandbookChanges {
  const sops: SopChange[] = [];
  for (const id of unionKeys(base.sops, head.sops)) {
    const b = base.sops.get(id);
    const h = head.sops.get(id);
    if (b && h) {
      const diff = diffSop(b, h);
      if (diff.substance || diff.control.length > 0 || diff.newEntries.length > 0 || diff.rewrittenEntries.length > 0) sops.push({ id, kind: 'changed', diff });
    } else if (h) {
      // An SOP whose file failed its schema at the base is not "added".
      if (!base.rejected.sops.has(id)) sops.push({ id, kind: 'added', head: h });
    } else if (b && !head.rejected.sops.has(id)) sops.push({ id, kind: 'removed', base: b });
  }
  return {
    sops,
    pages: compareMaps(base.pages, head.pages, PAGE_FIELDS, (b, h) => canonicalBody(b.body) !== canonicalBody(h.body)),
    standards: compareMaps(base.standards, head.standards, STANDARD_FIELDS),
    kpis: compareMaps(base.kpis, head.kpis, KPI_FIELDS),
    actions: compareMaps(base.actions, head.actions, ACTION_FIELDS),
    measurements: compareMeasurements(base.measurements, head.measurements),
  };
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

function compareMeasurements(base: readonly MeasurementEntity[], head: readonly MeasurementEntity[]): HandbookChanges['measurements'] {
  const before = new Map<string, MeasurementEntity>();
  for (const m of base) if (!before.has(measurementKey(m))) before.set(measurementKey(m), m);
  const seen = new Set<string>();
  const added: MeasurementEntity[] = [];
  const corrected: MeasurementCorrection[] = [];
  for (const m of head) {
    const key = measurementKey(m);
    if (seen.has(key)) continue;
    seen.add(key);
    const old = before.get(key);
    if (!old) added.push(m);
    else if (old.value !== m.value || old.n !== m.n || old.note !== m.note) corrected.push({ kpi: m.kpi, unit: m.unit, period: m.period, before: old, after: m });
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

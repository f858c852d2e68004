/**
 * One description of "a controlled document" (ISO 9001 7.5), shared by every kind: SOPs, the
 * quality manual and policies (pages with a `version`), service standards and KPI definitions
 * (a KPI's target is a quality objective, ISO 9001 6.2). The version rule, approvals, periodic
 * review and the version in force read this description; what differs by kind is said once, in
 * `KIND_CONTROL`: which fields are the document's substance, which of them change how the work
 * is done or judged (a major change), and whether it has a body.
 */
import type { Handbook, KpiEntity, Origin, PageEntity, SopEntity, StandardEntity } from '../model/handbook.ts';
import { Kpi } from '../schema/kpi.ts';
import { PageFrontmatter } from '../schema/page.ts';
import { SopFrontmatter } from '../schema/sop.ts';
import { Standard } from '../schema/standard.ts';
import { CONTROL_FIELD_NAMES, type ChangeLogEntry, type ControlStatus, type DataChangeLogEntry } from '../schema/control.ts';

export type ControlledKind = 'sop' | 'page' | 'standard' | 'kpi';

export type ControlledEntity = SopEntity | PageEntity | StandardEntity | KpiEntity;

export interface ControlledDocument {
  kind: ControlledKind;
  id: string;
  version: string;
  status: ControlStatus;
  effective: string | undefined;
  lastReviewed: string | undefined;
  reviewIntervalMonths: number | undefined;
  owner: string | undefined;
  approvers: readonly string[];
  /** Summaries are plain text (SOPs, pages) or per language (standards, KPIs). */
  changeLog: readonly (ChangeLogEntry | DataChangeLogEntry)[];
  origin: Origin;
  /** The body below the frontmatter (SOPs and pages), signed with the fields. */
  body: string | undefined;
  entity: ControlledEntity;
}

export interface KindControl {
  kind: ControlledKind;
  /** How messages name the kind: `SOP`, `page`, `standard`, `KPI`. */
  noun: string;
  /** Prefix of the head-only control diagnostics: SOPs keep their `sop/…` codes, the other kinds report `control/…`. */
  codePrefix: 'sop' | 'control';
  /** Fields of the schema, `id` left out (derived fields of pages included: their title and language). */
  fields: readonly string[];
  /** Fields about the document, not its substance: they change without a new version. */
  controlFields: ReadonlySet<string>;
  /** Substance fields whose change alters how the work is done or judged: a major change. Undefined: the kind cannot tell (a page's text). */
  majorFields: ReadonlySet<string> | undefined;
  /** What a change in substance is, for hints. */
  substance: string;
}

const keys = (schema: { shape: object }) => Object.keys(schema.shape).filter((k) => k !== 'id');
const control = (extra: readonly string[] = []) => new Set([...CONTROL_FIELD_NAMES, ...extra]);

export const KIND_CONTROL: Record<ControlledKind, KindControl> = {
  sop: {
    kind: 'sop',
    noun: 'SOP',
    codePrefix: 'sop',
    fields: keys(SopFrontmatter),
    controlFields: control(),
    majorFields: new Set(['scope', 'training', 'steps']),
    substance: 'steps, time limits, responsibilities, scope; staff are retrained',
  },
  page: {
    kind: 'page',
    noun: 'page',
    codePrefix: 'control',
    fields: [...new Set(['title', 'lang', ...keys(PageFrontmatter)])],
    controlFields: control(['updated', 'order', 'translationOf']),
    majorFields: undefined,
    substance: 'a commitment, responsibility or rule in the text; readers are told',
  },
  standard: {
    kind: 'standard',
    noun: 'standard',
    codePrefix: 'control',
    fields: keys(Standard),
    controlFields: control(),
    majorFields: new Set(['requirement', 'criterion', 'units']),
    substance: 'the requirement, its time limit or threshold, the units it applies to; SOPs and staff follow it',
  },
  kpi: {
    kind: 'kpi',
    noun: 'KPI',
    codePrefix: 'control',
    fields: keys(Kpi),
    controlFields: control(),
    // Wording (name), where the data come from and the scorecard layer are corrections; everything else changes how results are judged.
    majorFields: new Set(keys(Kpi).filter((k) => !['name', 'dataSource', 'layer', ...CONTROL_FIELD_NAMES].includes(k))),
    substance: 'the definition, method, target, warning threshold, floor, scope or weight; results are judged differently',
  },
};

/** The substance fields of a kind (every field that is not about the document). */
export function substanceFields(kind: ControlledKind): string[] {
  const k = KIND_CONTROL[kind];
  return k.fields.filter((f) => !k.controlFields.has(f));
}

/**
 * The control description of an entity, or undefined when it is not under document control: a
 * standard, KPI or page without a `version`. SOPs are always controlled.
 */
export function asControlled(entity: ControlledEntity): ControlledDocument | undefined {
  if ('kind' in entity && entity.kind === 'sop') {
    return {
      kind: 'sop',
      id: entity.id,
      version: entity.version,
      status: entity.status,
      effective: entity.effective,
      lastReviewed: entity.lastReviewed,
      reviewIntervalMonths: entity.reviewIntervalMonths,
      owner: entity.owner,
      approvers: entity.approvers,
      changeLog: entity.changeLog,
      origin: entity.origin,
      body: entity.body,
      entity,
    };
  }
  if (entity.version === undefined) return undefined;
  const kind = entityKind(entity);
  const status: ControlStatus = 'kind' in entity ? (entity.status ?? 'effective') : 'criterion' in entity ? entity.status : 'effective';
  return {
    kind,
    id: entity.id,
    version: entity.version,
    status,
    effective: entity.effective,
    lastReviewed: entity.lastReviewed,
    reviewIntervalMonths: entity.reviewIntervalMonths,
    owner: entity.owner,
    approvers: entity.approvers ?? [],
    changeLog: entity.changeLog ?? [],
    origin: entity.origin,
    body: 'kind' in entity ? entity.body : undefined,
    entity,
  };
}

/** The kind of an entity that can be controlled (standards and KPIs are told apart by their fields). */
export function entityKind(entity: ControlledEntity): ControlledKind {
  return 'kind' in entity ? entity.kind : 'criterion' in entity ? 'standard' : 'kpi';
}

/** Every controlled document of the handbook: SOPs, controlled pages (originals), standards and KPIs with a version, in that order. */
export function controlledDocuments(h: Pick<Handbook, 'sops' | 'pages' | 'standards' | 'kpis'>): ControlledDocument[] {
  const out: ControlledDocument[] = [];
  for (const e of [...h.sops.values(), ...h.pages.values(), ...h.standards.values(), ...h.kpis.values()]) {
    const doc = asControlled(e);
    if (doc) out.push(doc);
  }
  return out;
}

/** The controlled document with this id, of any kind. */
export function controlledDocument(h: Pick<Handbook, 'sops' | 'pages' | 'standards' | 'kpis'>, id: string): ControlledDocument | undefined {
  const e = h.sops.get(id) ?? h.pages.get(id) ?? h.standards.get(id) ?? h.kpis.get(id);
  return e ? asControlled(e) : undefined;
}

/** The SOP a controlled document is, if it is one. */
export function sopOf(doc: ControlledDocument): SopEntity | undefined {
  const e = doc.entity;
  return 'kind' in e && e.kind === 'sop' ? e : undefined;
}

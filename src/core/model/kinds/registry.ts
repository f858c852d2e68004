/**
 * The kinds of record the handbook holds, in the order they are listed to people (the editor's
 * schema mapping, hints), and what follows from their locations: which kind a file holds, and
 * where files may live. A registry is a list, so that a test can load a handbook with a kind of
 * its own (`buildHandbook(…, { kinds })`).
 */
import type { Handbook } from '../handbook.ts';
import type { KindDefinition } from './kind.ts';
import { expandBraces, matchesGlob } from './glob.ts';
import { unitKind } from './unit.ts';
import { roleKind } from './role.ts';
import { personKind } from './person.ts';
import { processAreaKind } from './process-area.ts';
import { sopKind } from './sop.ts';
import { sopTranslationKind } from './sop-translation.ts';
import { pageKind } from './page.ts';
import { standardKind } from './standard.ts';
import { kpiKind } from './kpi.ts';
import { improvementActionKind } from './improvement-action.ts';
import { riskKind } from './risk.ts';
import { managementReviewKind } from './management-review.ts';
import { measurementKind } from './measurement.ts';
import { phaseKind } from './phase.ts';
import { acknowledgementKind } from './acknowledgement.ts';
import { searchSynonymKind } from './search-synonym.ts';
import { approvalKind } from './approval.ts';
import { auditKind } from './audit.ts';
import { findingKind } from './finding.ts';
import { trainingSettingsKind } from './training.ts';
import { trainingCoverageKind } from './coverage.ts';
import { retrainingCampaignKind } from './campaign.ts';
import { complaintCauseKind } from './complaint-cause.ts';
import { complaintKind } from './complaint.ts';
import { checklistKind } from './inspection-checklist.ts';
import { inspectionKind } from './inspection.ts';
import { mysteryShopKind } from './mystery-shop.ts';
import { checkSettingsKind } from './check-settings.ts';
import { siteSettingsKind } from './site-settings.ts';

export type { KindDefinition } from './kind.ts';

/** Every kind, as a tuple of their own types, so that what is particular to one (its search type) keeps its literal type. */
const KIND_TUPLE = [
  unitKind,
  roleKind,
  personKind,
  processAreaKind,
  sopKind,
  sopTranslationKind,
  standardKind,
  kpiKind,
  improvementActionKind,
  auditKind,
  findingKind,
  riskKind,
  checklistKind,
  inspectionKind,
  mysteryShopKind,
  managementReviewKind,
  pageKind,
  measurementKind,
  phaseKind,
  acknowledgementKind,
  searchSynonymKind,
  approvalKind,
  trainingSettingsKind,
  trainingCoverageKind,
  retrainingCampaignKind,
  complaintCauseKind,
  complaintKind,
  checkSettingsKind,
  siteSettingsKind,
] as const satisfies readonly KindDefinition[];

/** Every kind of record the handbook holds. */
export const KINDS: readonly KindDefinition[] = KIND_TUPLE;

/** The kinds whose items have pages the site search indexes. */
type SearchedKind = Extract<(typeof KIND_TUPLE)[number], { search: unknown }>;

/** The values of the search's `type` filter (`SOP`, `KPI`…), as the index holds them: each needs a label per language. */
export type SearchType = SearchedKind['search']['type'];

/** The names of the kinds the site search indexes (`sop`, `kpi`…). */
export type SearchedKindName = SearchedKind['name'];

/** An item of the kind named `N` as the model holds it (`ItemOf<'finding'>` is a `FindingEntity`), read from the type of its collection. */
export type ItemOf<N extends string> =
  Extract<(typeof KIND_TUPLE)[number], { name: N; collection: keyof Handbook }>['collection'] extends infer C extends keyof Handbook
    ? Handbook[C] extends ReadonlyMap<string, infer V> ? V : Handbook[C] extends readonly (infer V)[] ? V : never
    : never;

/** The register pages (`complaints`…), each with the kinds whose items it lists, in the order of the kinds. */
export type RegisterPage = NonNullable<KindDefinition['register']>['page'];
export function registerPages(kinds: readonly KindDefinition[] = KINDS): Array<{ page: RegisterPage; kinds: KindDefinition[] }> {
  const pages = new Map<RegisterPage, KindDefinition[]>();
  for (const k of kinds) if (k.register) pages.set(k.register.page, [...(pages.get(k.register.page) ?? []), k]);
  return [...pages].map(([page, listed]) => ({ page, kinds: listed }));
}

/** The kind named `name` (`kpi`), if there is one. */
export function kindNamed(name: string, kinds: readonly KindDefinition[] = KINDS): KindDefinition | undefined {
  return kinds.find((k) => k.name === name);
}

/** The kind with this name; for names the code itself gives (a typo is a programming error). */
export function kind(name: string, kinds: readonly KindDefinition[] = KINDS): KindDefinition {
  const found = kindNamed(name, kinds);
  if (!found) throw new Error(`No kind of record is named "${name}".`);
  return found;
}

/** The patterns of a kind's own files (none for a kind that shares another's). */
export function kindGlobs(k: KindDefinition): readonly string[] {
  return k.source.shape === 'same-files' ? [] : k.source.globs;
}

/** Whether a kind's location holds `path` (relative to the handbook root). */
export function claims(k: KindDefinition, path: string): boolean {
  if (k.source.shape === 'same-files') return false;
  const except = k.source.shape === 'document' ? (k.source.except ?? []) : [];
  return k.source.globs.some((g) => matchesGlob(g, path)) && !except.some((g) => matchesGlob(g, path));
}

/** The kind whose location holds `path`, if any (locations do not overlap: test/core/model/kinds/registry.test.ts). */
export function kindOfPath(path: string, kinds: readonly KindDefinition[] = KINDS): KindDefinition | undefined {
  return kinds.find((k) => claims(k, path));
}

/** The kinds that share the files of `k`, told apart by content (an SOP's translations). */
export function variantsOf(k: KindDefinition, kinds: readonly KindDefinition[] = KINDS): KindDefinition[] {
  return kinds.filter((v) => v.source.shape === 'same-files' && v.source.as === k.name);
}

/** Folders (with a trailing `/`) of records read by their own loaders, not the model's (`data/approvals/`). */
export function recordFolders(kinds: readonly KindDefinition[] = KINDS): string[] {
  return kinds.flatMap((k) => (k.source.shape === 'record-file' ? k.source.globs.map(folderOf) : []));
}

/** The folder a pattern's files live in: `data/kpis/**\/*.yaml` → `data/kpis/`. */
export function folderOf(glob: string): string {
  const wild = glob.search(/[*?{]/);
  const fixed = wild < 0 ? glob : glob.slice(0, wild);
  return fixed.slice(0, fixed.lastIndexOf('/') + 1);
}

/** A list file's name below `data/`: `data/units.{yaml,yml}` → `units.yaml`. */
function fileName(glob: string): string {
  return expandBraces(glob)[0]!.replace(/^data\//, '');
}

/**
 * Where data files may live, for the hint of a file elsewhere (`file/unknown-location`): the list
 * files, the folders of one file per item, the measurement folders.
 */
export function dataLocationHint(kinds: readonly KindDefinition[] = KINDS): string {
  const lists: string[] = [];
  const items: string[] = [];
  const measurements: string[] = [];
  const listFolders: string[] = [];
  for (const k of kinds) {
    const s = k.source;
    if (s.shape === 'list-file') {
      const globs = s.globs.filter((g) => g.startsWith('data/'));
      lists.push(...globs.filter((g) => !g.includes('*')).map(fileName));
      listFolders.push(...globs.filter((g) => g.includes('*')).map(folderOf));
    }
    else if (s.shape === 'item-file') items.push(...s.globs.map(folderOf));
    else if (s.shape === 'measurement-file') measurements.push(...s.globs.map(folderOf));
  }
  const parts: string[] = [];
  if (lists.length > 0) parts.push(`data/${lists.join(', ')}`);
  if (items.length > 0) parts.push(`or one file per item in ${items.join(', ')}`);
  let hint = `Move it: ${parts.join(', ')}`;
  if (listFolders.length > 0) hint += `; lists in ${listFolders.join(', ')}`;
  if (measurements.length > 0) hint += `; measurements in ${measurements.join(', ')} (YAML or CSV)`;
  return `${hint}.`;
}

/**
 * The editor's schema mapping (`.vscode/settings.json`, `yaml.schemas`): each kind's JSON Schema
 * onto the YAML files of its location. Frontmatter is not YAML files (Astro's content
 * intellisense reads it), and CSV has no schema.
 */
export function editorSchemaMapping(kinds: readonly KindDefinition[] = KINDS): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const k of kinds) {
    if (k.source.shape === 'document' || k.source.shape === 'same-files') continue;
    const globs = k.source.globs.flatMap(expandBraces).filter((g) => /\.ya?ml$/.test(g));
    if (globs.length > 0) out[`./schemas/${k.jsonSchema.name}.schema.json`] = globs;
  }
  return out;
}

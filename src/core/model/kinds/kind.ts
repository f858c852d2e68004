/**
 * A kind of record the handbook holds (a KPI, an SOP, a unit, a measurement…), described once:
 * where its files live and how they are shaped, its schema and id, its words, its scaffold, its
 * JSON Schema, how two revisions of it are compared, which other kinds it names, and which
 * collection of the model it fills. The loader, `sqms new`, `sqms schema`, the change comparison
 * and the search records read these descriptions instead of deciding per kind themselves.
 *
 * To add a kind, see docs/adding-a-kind.md.
 */
import type { z } from 'zod';
import type { Path } from '../../source/yaml-source.ts';
import type { Locale } from '../../schema/common.ts';
import type { EntityKind, Handbook, Origin, ProcessAreaEntity } from '../handbook.ts';

/**
 * How a kind's files are shaped, which decides the module of the loader that reads them
 * (src/core/model/load/):
 * - `document`: Markdown/MDX with YAML frontmatter, one item per file: its id in the frontmatter
 *   (an SOP, whose file is named by it) or its path below `content/` (a page, whose frontmatter is optional);
 * - `item-file`: one YAML file per item, named by its id (standards, KPIs, actions);
 * - `list-file`: one YAML file holding a list under `key` (units, roles, phases…);
 * - `measurement-file`: KPI values, a `measurements:` list in YAML or rows of a CSV file;
 * - `record-file`: records read by their own loader, outside the model (approval evidence);
 * - `same-files`: the files of another kind, told apart by their content (an SOP's translation
 *   lies next to the SOP and says `sourceVersion`).
 */
export type KindSource =
  | { shape: 'document'; globs: readonly string[]; except?: readonly string[]; idFrom: 'frontmatter' | 'path' }
  | { shape: 'item-file'; globs: readonly string[] }
  | { shape: 'list-file'; globs: readonly string[]; key: string; ids: boolean }
  | { shape: 'measurement-file'; globs: readonly string[] }
  | { shape: 'record-file'; globs: readonly string[]; readBy: string }
  | { shape: 'same-files'; as: string };

/** The fields of `Handbook` that hold items: a map by id or a list. */
type ItemCollections = { [K in keyof Handbook]-?: Handbook[K] extends ReadonlyMap<string, unknown> | readonly unknown[] ? K : never }[keyof Handbook];

/**
 * The collections of the model a kind can fill, by name: every field of `Handbook` that holds items
 * (a new collection there is one here), but the bodies the check compiled and the assets, which no
 * kind fills, and the translations of SOPs (`translations.sops`).
 */
export type Collection = Exclude<ItemCollections, 'compiledBodies' | 'assets'> | 'translations.sops';

/** Names of a kind for readers, per language: one item and several (`KPI`/`KPIs`, `关键指标`). */
export type KindLabels = Record<Locale, { one: string; many: string }>;

/**
 * How two revisions of a kind's items are compared (the pull-request report, the change rules):
 * - `fields`: item by item (matched by id), the fields listed, and the body when `body`;
 * - `procedure`: an SOP's own comparison of steps, time limits and body (src/core/change/sop-diff.ts);
 * - `key`: items without an id, matched by the `key` fields, corrected when one of `fields` differs.
 */
export type Comparison =
  | { by: 'fields'; fields: readonly string[]; body?: boolean }
  | { by: 'procedure' }
  | { by: 'key'; key: readonly string[]; fields: readonly string[] };

/** A filter of the site search: its key and the field whose value (a reference, or `all`) gives it. */
export interface SearchFilter {
  key: 'area' | 'unit';
  field: string;
}

/** What the site search knows about an item of a kind that has pages (src/site/search/records.ts). */
export interface SearchFacets {
  /** The `type` filter's value, in English as the index holds it (`KPI`); labelled per language by the search page. */
  type: string;
  /** The field holding the item's status; without one, the item is `effective`. */
  status?: string;
  /** The field holding the item's language; without one, the handbook's first language (`en`). */
  lang?: string;
  filters: readonly SearchFilter[];
  /**
   * Fields whose words in the other language are indexed with the page: a localized field of the
   * item, or a reference (the referenced items' names, by their kind's `nameField`).
   */
  otherTerms: readonly string[];
}

/**
 * The register page that lists a kind's items (the complaint register lists the complaints and their
 * causes): the site search indexes the page once, as a record of type `Register` whose filters are
 * gathered from the items of every kind it lists (src/site/search/records.ts, `registerRecord`).
 */
export interface RegisterListing {
  /** The register's page, as its path below the language prefix: `complaints` for `/complaints/`. */
  page: 'complaints' | 'inspections' | 'training';
  /** Fields whose values (references, or `all`) give the register's filters; a path with dots reads inside lists (`rows.unit`). */
  filters: readonly SearchFilter[];
}

/**
 * The pages of a kind, by the folder of their addresses below the language prefix: the kind's list
 * or register and, when `items`, a page for each item by its id (`findings`: `/findings/` and
 * `/findings/AF-2026-001/`, from src/pages/[...locale]/findings/). The link check knows these
 * addresses from here (src/core/site-paths.ts) and the site's links are made from it
 * (`kindListUrl`, `kindItemUrl` in src/site/routes/urls.ts).
 */
export interface KindPages {
  folder: string;
  items: boolean;
}

/** What `sqms new` is given to write a new item's file. */
export interface ScaffoldInput {
  handbook: Handbook;
  title: string;
  owner: string;
  approvers: readonly string[];
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** The process area (`--area`), for a kind that `needs` it. */
  area?: ProcessAreaEntity;
  /** The id prefix (`--prefix`, in capitals), for a kind that `needs` it. */
  prefix?: string;
}

/** How `sqms new <kind>` starts a new item from a template with the next free id. */
export interface Scaffold {
  /** Besides the title: an SOP's process area (`--area`), a standard's id prefix (`--prefix`). */
  needs?: 'area' | 'prefix';
  /** A controlled document names approvers other than its owner; an action names none. */
  approvers: boolean;
  /** The new item's id, its file (relative to the handbook root) and the file's text. */
  create(input: ScaffoldInput): { id: string; file: string; text: string };
}

export interface KindDefinition {
  /** The kind's name in code, in `sqms new <name>` and in search records: `kpi`, `process-area`. */
  name: string;
  /** How diagnostics name one item: `KPI`, `process area`, `declared phase`. */
  noun: string;
  labels: KindLabels;
  source: KindSource;
  /** The schema of one item, as the model holds it before `entity` adds its derived state. */
  schema: z.ZodType;
  /**
   * The editor's JSON Schema (`schemas/<name>.schema.json`): its name, title, and the schema of the
   * whole file when it is not `schema` (a list file's `units:`). Undefined: the kind has none of
   * its own (a page translation is a page).
   */
  jsonSchema: { name: string; title: string; schema?: z.ZodType };
  /** The form of an item's id, when it has one that is not a lower-case slug. */
  idPattern?: RegExp;
  /** The field that names an item to readers (`name`, `title`), for labels and search terms. */
  nameField?: string;
  /** The collection of the model this kind fills; undefined for records kept outside it (approvals). */
  collection?: Collection;
  /** Where the ids of items that failed their schema are remembered (`Handbook.rejected`). */
  rejected?: EntityKind;
  /** Dates of an item (or of an item of a list) checked against the handbook's date window. */
  dateFields?: (item: Record<string, unknown>) => readonly Path[];
  /** The model's item made from a valid item: the schema's fields, its origin and initial derived state. */
  entity?: (item: Record<string, unknown> & { origin: Origin }) => unknown;
  /**
   * The fields that name items of other kinds, by the name of that kind: `owner` → `person`.
   * A path with dots names a field inside another (`links.kpis`); a list names one item per entry;
   * a unit scope (`all` or unit ids) names units; a field that may name an item of several kinds
   * lists them.
   */
  references: Readonly<Record<string, string | readonly string[]>>;
  /**
   * Fields renamed since files were written with the old name (`{ unit: 'unitOfMeasure' }`): a file
   * with the old name is read, with a `schema/renamed-field` warning. No kind has one yet.
   */
  renamedFields?: Readonly<Record<string, string>>;
  comparison?: Comparison;
  /** The kind's pages on the site, if it has any of its own. */
  pages?: KindPages;
  search?: SearchFacets;
  /** The register page that lists the items, for a kind without pages of its own (the search indexes the register). */
  register?: RegisterListing;
  scaffold?: Scaffold;
}

/**
 * Loads a handbook: reads every source once, validates it against the schemas, resolves
 * references, computes review dates and runs the rules. Every problem becomes a diagnostic;
 * nothing is thrown for bad input.
 */
import { resolve } from 'node:path';
import type { z } from 'zod';
import { DiagnosticBag, applyStrict, compareDiagnostics } from '../diagnostics/diagnostic.ts';
import { parseYamlSource, type Path, type YamlSource } from '../source/yaml-source.ts';
import { splitFrontmatter } from '../source/frontmatter.ts';
import { checkBody } from '../body/compile.ts';
import { parseCsvTexts, rowAt, type CsvRow, type CsvTextRow } from '../source/csv.ts';
import type { SourcePosition } from '../diagnostics/diagnostic.ts';
import { sequenceLocator } from '../source/sequence-locator.ts';
import { LIMITS } from '../source/limits.ts';
import { SopFrontmatter } from '../schema/sop.ts';
import { SopTranslationFrontmatter, isSopTranslation } from '../schema/translation.ts';
import { PageFrontmatter } from '../schema/page.ts';
import { Standard } from '../schema/standard.ts';
import { Kpi } from '../schema/kpi.ts';
import { ImprovementAction } from '../schema/improvement-action.ts';
import { COUNT_FIELDS, CSV_COLUMNS, CSV_REQUIRED_COLUMNS, Measurement } from '../schema/measurement.ts';
import { Person, ProcessArea, Role, Unit } from '../schema/organisation.ts';
import { Acknowledgement, PhaseEntry } from '../schema/control-chart.ts';
import { SearchSynonym } from '../schema/search-synonym.ts';
import type { Locale } from '../schema/common.ts';
import { today as currentDay } from '../time/dates.ts';
import { dateWindowFromEnv, describeWindow, outsideWindow, type DateWindow } from '../time/window.ts';
import { readSources, type ReadProblem, type SourceFile } from './sources.ts';
import { validate } from './schema-issues.ts';
import { buildIndex } from './index.ts';
import { runRules } from '../rules/index.ts';
import { closest } from '../suggest.ts';
import type {
  EntityKind,
  Handbook,
  ImprovementActionEntity,
  KpiEntity,
  LoadResult,
  MeasurementEntity,
  Origin,
  PageEntity,
  PersonEntity,
  ProcessAreaEntity,
  RoleEntity,
  SopEntity,
  SopTranslationEntity,
  StandardEntity,
  UnitEntity,
} from './handbook.ts';

export interface LoadOptions {
  /** The date to evaluate reviews and deadlines against, `YYYY-MM-DD`. Default: today (or `SQMS_TODAY`). */
  today?: string;
  /** Treat warnings as errors. */
  strict?: boolean;
  /** Language of pages that do not say. */
  defaultLang?: Locale;
  /** The years in which dates and periods are plausible. Default: `SQMS_DATE_WINDOW`, else 1900 to 50 years after today. */
  dateWindow?: DateWindow;
  /**
   * Compile the bodies of SOPs and pages as the build does and report their problems (default:
   * yes). Only a command that reports no diagnostics (`sqms new`) leaves it out.
   */
  bodies?: boolean;
}

/** Reads and loads the handbook under `root`. */
export function loadHandbook(root: string, options: LoadOptions = {}): LoadResult {
  const { files, problems } = readSources(root);
  const bag = new DiagnosticBag();
  reportReadProblems(problems, bag);
  return buildHandbook(resolve(root), files, options, bag);
}

/** Reports the files that were not read (src/core/source/read-file.ts) into `bag`. */
export function reportReadProblems(problems: readonly ReadProblem[], bag: DiagnosticBag): void {
  for (const p of problems) bag.report(p.code, { file: p.path, line: p.line, column: p.column }, p.message, p.hint);
}

/** Builds the model from already-read files (used by `loadHandbook` and by tests). */
export function buildHandbook(root: string, files: readonly SourceFile[], options: LoadOptions = {}, bag = new DiagnosticBag()): LoadResult {
  const day = options.today ?? currentDay();
  const handbook: Handbook = {
    root,
    today: day,
    dateWindow: options.dateWindow ?? dateWindowFromEnv(day),
    units: new Map(),
    roles: new Map(),
    people: new Map(),
    areas: new Map(),
    sops: new Map(),
    pages: new Map(),
    translations: { sops: new Map(), pages: new Map() },
    standards: new Map(),
    kpis: new Map(),
    actions: new Map(),
    measurements: [],
    phases: [],
    acknowledgements: [],
    searchSynonyms: [],
    rejected: { units: new Set(), roles: new Set(), people: new Set(), areas: new Set(), sops: new Set(), standards: new Set(), kpis: new Set(), actions: new Set() },
    index: undefined as unknown as Handbook['index'],
  };
  const loader = new Loader(handbook, bag, options.defaultLang ?? 'en', options.bodies ?? true);
  for (const file of files) loader.load(file);
  handbook.index = buildIndex(handbook);
  runRules(handbook, bag);
  const diagnostics = applyStrict(bag.items, options.strict ?? false).sort(compareDiagnostics);
  return { handbook, diagnostics };
}

type Registry<T> = Map<string, T>;

/** The dates of each kind of entity read by `loadSingle`, checked against the date window. */
const DATE_FIELDS: Partial<Record<EntityKind, readonly Path[]>> = {
  actions: [['opened'], ['due'], ['closed'], ['evaluation', 'date']],
};

class Loader {
  private readonly handbook: Handbook;
  private readonly bag: DiagnosticBag;
  private readonly defaultLang: Locale;
  private readonly bodies: boolean;

  constructor(handbook: Handbook, bag: DiagnosticBag, defaultLang: Locale, bodies: boolean) {
    this.handbook = handbook;
    this.bag = bag;
    this.defaultLang = defaultLang;
    this.bodies = bodies;
  }

  load(file: SourceFile): void {
    const p = file.path;
    if (p.startsWith('content/')) {
      if (!/\.mdx?$/i.test(p)) return;
      if (p.startsWith('content/sops/')) this.loadSop(file);
      else this.loadPage(file);
      if (this.bodies) this.checkBody(file);
      return;
    }
    if (/\.csv$/i.test(p)) {
      if (p.startsWith('data/measurements/')) this.loadMeasurementsCsv(file);
      else this.unknownLocation(p);
      return;
    }
    if (!/\.ya?ml$/i.test(p)) return;
    const name = p.replace(/\.ya?ml$/i, '');
    switch (name) {
      case 'data/units':
        return this.loadList(file, 'units', Unit, this.handbook.units as Registry<unknown>, 'unit', (u) => ({ ...u, children: [], parentUnit: undefined }));
      case 'data/roles':
        return this.loadList(file, 'roles', Role, this.handbook.roles as Registry<unknown>, 'role');
      case 'data/people':
        return this.loadList(file, 'people', Person, this.handbook.people as Registry<unknown>, 'person');
      case 'data/process-areas':
        return this.loadList(file, 'areas', ProcessArea, this.handbook.areas as Registry<unknown>, 'process area');
      case 'data/phases':
        return this.loadRecords(file, 'phases', PhaseEntry, this.handbook.phases, 'declared phase', [['from'], ['rampUpUntil']]);
      case 'data/acknowledgements':
        return this.loadRecords(file, 'acknowledgements', Acknowledgement, this.handbook.acknowledgements, 'acknowledged signal', [['period'], ['on']]);
      case 'data/search-synonyms':
        return this.loadRecords(file, 'synonyms', SearchSynonym, this.handbook.searchSynonyms, 'synonym');
    }
    if (p.startsWith('data/standards/')) return this.loadSingle(file, 'standards', Standard, this.handbook.standards as Registry<unknown>, 'standard');
    if (p.startsWith('data/kpis/')) return this.loadSingle(file, 'kpis', Kpi, this.handbook.kpis as Registry<unknown>, 'KPI');
    if (p.startsWith('data/actions/'))
      return this.loadSingle(file, 'actions', ImprovementAction, this.handbook.actions as Registry<unknown>, 'improvement action', (a) => ({ ...a, overdue: false }));
    if (p.startsWith('data/measurements/')) return this.loadMeasurementsYaml(file);
    this.unknownLocation(p);
  }

  /** Remembers the id of an entity that failed its schema, so references to it are not reported again. */
  private reject(kind: EntityKind, value: unknown): void {
    const id = isPlainObject(value) ? value['id'] : undefined;
    if (typeof id === 'string') this.handbook.rejected[kind].add(id);
  }

  /**
   * Reports every date or period of `data` (at the `fields`, below `base` in `source`) whose year
   * lies outside the handbook's date window; true when there was one (the entity is then left out,
   * so that no page is made for July 205 and no date arithmetic meets the year 9999).
   */
  private outsideDateWindow(source: Pick<YamlSource, 'locate'>, base: Path, data: object, fields: readonly Path[]): boolean {
    let outside = false;
    for (const field of fields) {
      let value: unknown = data;
      for (const step of field) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[step] : undefined;
      if (typeof value !== 'string' || !outsideWindow(value, this.handbook.dateWindow)) continue;
      outside = true;
      this.bag.report(
        'date/out-of-window',
        source.locate([...base, ...field]),
        `${value} lies outside the years this handbook accepts (${describeWindow(this.handbook.dateWindow)}).`,
        'Check the year: a typo (0205 for 2025) or a placeholder (9999)? If such dates are right, widen the window: `npm run check -- --date-window 1800..+100`, or SQMS_DATE_WINDOW for the build.',
      );
    }
    return outside;
  }

  /** Reports a file with more entries than the limit; true when it has. */
  private tooManyRows(path: string, rows: number): boolean {
    if (rows <= LIMITS.rows) return false;
    this.bag.report('limit/rows', { file: path, line: 1, column: 1 }, `The file holds ${rows} entries; a file may hold at most ${LIMITS.rows}.`, 'Split it: one measurement file per reporting period.');
    return true;
  }

  private unknownLocation(path: string): void {
    this.bag.report(
      'file/unknown-location',
      { file: path, line: 1, column: 1 },
      'This data file is not in a folder the handbook reads, so it is ignored.',
      'Move it: data/units.yaml, roles.yaml, people.yaml, process-areas.yaml, phases.yaml, acknowledgements.yaml, search-synonyms.yaml, or one file per item in data/standards/, data/kpis/, data/actions/; measurements in data/measurements/ (YAML or CSV).',
    );
  }

  private origin(source: Pick<YamlSource, 'file' | 'locate' | 'locateKey'>, base: Path): Origin {
    return {
      file: source.file,
      at: (path) => source.locate([...base, ...path]),
      atKey: (path) => source.locateKey([...base, ...path]),
    };
  }

  /** Registers `entity` under its id, reporting a duplicate with the place of the first. */
  private register<T extends { origin: Origin }>(registry: Registry<T>, id: string, entity: T, what: string): boolean {
    const first = registry.get(id);
    if (first) {
      const at = first.origin.at(['id']);
      this.bag.report(
        'id/duplicate',
        entity.origin.at(['id']),
        `The ${what} id "${id}" is already used in ${at.file}:${at.line}.`,
        `Ids must be unique: give this ${what} a new id, or remove one of the two.`,
      );
      return false;
    }
    registry.set(id, entity);
    return true;
  }

  private loadList<S extends z.ZodType>(
    file: SourceFile,
    key: string,
    schema: S,
    registry: Registry<unknown>,
    what: string,
    extend: (item: z.infer<S> & { origin: Origin }) => unknown = (x) => x,
  ): void {
    const source = parseYamlSource(file.path, file.text, this.bag);
    if (source.value === undefined) return;
    const value = source.value as Record<string, unknown> | null;
    if (!isPlainObject(value) || !Array.isArray(value[key])) {
      this.bag.report('schema/missing-field', source.locate([]), `This file must hold a list under \`${key}:\`.`, `Start the file with \`${key}:\` and one \`- id: …\` entry per ${what}.`);
      return;
    }
    for (const extra of Object.keys(value).filter((k) => k !== key)) {
      this.bag.report('schema/unknown-field', source.locateKey([extra]), `Unknown field \`${extra}\` at the top of the file.`, `This file holds only \`${key}:\`. Remove \`${extra}\` or move it into an entry.`);
    }
    if (this.tooManyRows(file.path, (value[key] as unknown[]).length)) return;
    (value[key] as unknown[]).forEach((item, i) => {
      const data = validate(schema, item, source, this.bag, [key, i]);
      if (!data) {
        this.reject(key === 'areas' ? 'areas' : (key as EntityKind), item);
        return;
      }
      const entity = extend({ ...(data as object), origin: this.origin(source, [key, i]) } as z.infer<S> & { origin: Origin });
      this.register(registry as Registry<{ origin: Origin }>, (data as unknown as { id: string }).id, entity as { origin: Origin }, what);
    });
  }

  /** A list of records without ids (`phases:`, `acknowledgements:`). */
  /** A file holding a list of records under `key`; a record with a date (at `dateFields`) outside the date window is left out. */
  private loadRecords<S extends z.ZodType>(file: SourceFile, key: string, schema: S, target: unknown[], what: string, dateFields: readonly Path[] = []): void {
    const source = parseYamlSource(file.path, file.text, this.bag);
    if (source.value === undefined) return;
    const value = source.value as Record<string, unknown> | null;
    if (!isPlainObject(value) || !Array.isArray(value[key])) {
      this.bag.report('schema/missing-field', source.locate([]), `This file must hold a list under \`${key}:\`.`, `Start the file with \`${key}:\` and one entry per ${what}.`);
      return;
    }
    for (const extra of Object.keys(value).filter((k) => k !== key)) {
      this.bag.report('schema/unknown-field', source.locateKey([extra]), `Unknown field \`${extra}\` at the top of the file.`, `This file holds only \`${key}:\`.`);
    }
    (value[key] as unknown[]).forEach((item, i) => {
      const data = validate(schema, item, source, this.bag, [key, i]);
      if (data && !this.outsideDateWindow(source, [key, i], data as object, dateFields)) target.push({ ...(data as object), origin: this.origin(source, [key, i]) });
    });
  }

  private loadSingle<S extends z.ZodType>(
    file: SourceFile,
    kind: EntityKind,
    schema: S,
    registry: Registry<unknown>,
    what: string,
    extend: (item: z.infer<S> & { origin: Origin }) => unknown = (x) => x,
  ): void {
    const source = parseYamlSource(file.path, file.text, this.bag);
    if (source.value === undefined) return;
    const data = validate(schema, source.value, source, this.bag);
    if (!data || this.outsideDateWindow(source, [], data as object, DATE_FIELDS[kind] ?? [])) {
      this.reject(kind, source.value);
      return;
    }
    const entity = extend({ ...(data as object), origin: this.origin(source, []) } as z.infer<S> & { origin: Origin }) as { origin: Origin; id: string };
    this.checkFileName(file.path, entity.id, entity.origin, what);
    this.register(registry as Registry<{ origin: Origin }>, entity.id, entity, what);
  }

  private checkFileName(path: string, id: string, origin: Origin, what: string): void {
    const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
    if (base !== id) {
      this.bag.report(
        'id/filename-mismatch',
        origin.at(['id']),
        `The file is named "${base}" but holds the ${what} "${id}".`,
        `Rename the file to ${id}${path.slice(path.lastIndexOf('.'))}, or correct the id; the id is the permanent address of the ${what}.`,
      );
    }
  }

  /** Compiles the body as the build will (an SOP without frontmatter, or a file whose frontmatter is never closed, is reported as such, not compiled). */
  private checkBody(file: SourceFile): void {
    const split = splitFrontmatter(file.text);
    if (split.unclosed || (split.yaml === undefined && file.path.startsWith('content/sops/'))) return;
    checkBody({ file: file.path, body: split.body, bodyLine: split.bodyLine }, this.bag);
  }

  /** A file that opens a frontmatter block and never closes it: nothing of it is loaded (or published as text). */
  private unclosedFrontmatter(path: string): void {
    this.bag.report(
      'frontmatter/unclosed',
      { file: path, line: 1, column: 1 },
      'The frontmatter opened by this --- line is never closed: no later line is exactly ---.',
      'Add a --- line after the last field. If the file has no frontmatter and this line is meant as a horizontal rule, put the text before it or use *** instead.',
    );
  }

  private loadSop(file: SourceFile): void {
    const split = splitFrontmatter(file.text);
    if (split.unclosed) return this.unclosedFrontmatter(file.path);
    if (split.yaml === undefined) {
      this.bag.report('frontmatter/missing', { file: file.path, line: 1, column: 1 }, 'This SOP has no frontmatter.', 'Start the file with a --- line, the SOP fields (id, title, version, steps…), and another --- line. `npm run new sop` creates a valid one.');
      return;
    }
    const source = parseYamlSource(file.path, split.yaml, this.bag, split.yamlLineOffset);
    if (source.value === undefined) return;
    if (isSopTranslation(source.value) || (/\.(en|zh-CN)\.mdx?$/.test(file.path) && isPlainObject(source.value) && !('version' in source.value))) {
      this.loadSopTranslation(file.path, source, split.body, split.bodyLine);
      return;
    }
    const data = validate(SopFrontmatter, source.value, source, this.bag);
    if (!data || this.outsideDateWindow(source, [], data, [['effective'], ['lastReviewed'], ...data.changeLog.map((_, i) => ['changeLog', i, 'date'])])) {
      this.reject('sops', source.value);
      return;
    }
    const sop: SopEntity = {
      ...data,
      kind: 'sop',
      origin: this.origin(source, []),
      body: split.body,
      bodyLine: split.bodyLine,
      review: { lastReview: undefined, due: undefined, daysLeft: undefined, state: 'not-scheduled' },
    };
    this.checkFileName(file.path, sop.id, sop.origin, 'SOP');
    this.register(this.handbook.sops, sop.id, sop, 'SOP');
  }

  private loadSopTranslation(path: string, source: YamlSource, body: string, bodyLine: number): void {
    const data = validate(SopTranslationFrontmatter, source.value, source, this.bag);
    if (!data) return;
    const translation: SopTranslationEntity = { ...data, kind: 'sop-translation', origin: this.origin(source, []), body, bodyLine };
    const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx?$/i, '');
    const expected = `${data.id}.${data.lang}`;
    if (base !== expected) {
      this.bag.report(
        'id/filename-mismatch',
        translation.origin.at(['id']),
        `The file is named "${base}" but holds the ${data.lang} translation of "${data.id}".`,
        `Name a translation after the SOP and its language: ${expected}${path.slice(path.lastIndexOf('.'))}, next to the original.`,
      );
    }
    this.registerTranslation(this.handbook.translations.sops, data.id, data.lang, translation);
  }

  /** Keeps the first translation of a document into a language; a second one is an error. */
  private registerTranslation<T extends { origin: Origin }>(registry: Map<string, Map<Locale, T>>, id: string, lang: Locale, entity: T): void {
    let byLang = registry.get(id);
    if (!byLang) registry.set(id, (byLang = new Map()));
    const first = byLang.get(lang);
    if (first) {
      const at = first.origin.at(['lang']);
      this.bag.report(
        'translation/duplicate',
        entity.origin.at(['lang']),
        `"${id}" already has a ${lang} translation in ${at.file}:${at.line}.`,
        'Keep one translation per language: merge the two files and delete one.',
      );
      return;
    }
    byLang.set(lang, entity);
  }

  private loadPage(file: SourceFile): void {
    const split = splitFrontmatter(file.text);
    if (split.unclosed) return this.unclosedFrontmatter(file.path);
    let data: z.infer<typeof PageFrontmatter> = {};
    let origin: Origin = { file: file.path, at: () => ({ file: file.path, line: 1, column: 1 }), atKey: () => ({ file: file.path, line: 1, column: 1 }) };
    if (split.yaml !== undefined) {
      const source = parseYamlSource(file.path, split.yaml, this.bag, split.yamlLineOffset);
      if (source.value === undefined) return;
      const parsed = validate(PageFrontmatter, source.value ?? {}, source, this.bag);
      if (!parsed || this.outsideDateWindow(source, [], parsed, [['updated']])) return;
      data = parsed;
      origin = this.origin(source, []);
    }
    const id = file.path.replace(/^content\//, '').replace(/\.mdx?$/i, '');
    const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(split.body)?.[1];
    const fileName = id.slice(id.lastIndexOf('/') + 1).replace(/\.(en|zh-CN)$/, '');
    const page: PageEntity = {
      ...data,
      kind: 'page',
      id,
      title: data.title ?? heading ?? fileName.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      lang: data.lang ?? (/\.zh-CN$/.test(id) ? 'zh-CN' : this.defaultLang),
      body: split.body,
      bodyLine: split.bodyLine,
      origin,
    };
    if (data.translationOf !== undefined) {
      this.registerTranslation(this.handbook.translations.pages, data.translationOf, page.lang, { ...page, translationOf: data.translationOf });
      return;
    }
    this.handbook.pages.set(id, page);
  }

  private loadMeasurementsYaml(file: SourceFile): void {
    const source = parseYamlSource(file.path, file.text, this.bag);
    if (source.value === undefined) return;
    const value = source.value as Record<string, unknown> | null;
    if (!isPlainObject(value) || !Array.isArray(value['measurements'])) {
      this.bag.report('schema/missing-field', source.locate([]), 'A measurement file must hold a list under `measurements:`.', 'Start the file with `measurements:` and one `- { kpi, unit, period, value, n }` entry per value.');
      return;
    }
    for (const extra of Object.keys(value).filter((k) => k !== 'measurements')) {
      this.bag.report('schema/unknown-field', source.locateKey([extra]), `Unknown field \`${extra}\` at the top of the file.`, 'A measurement file holds only `measurements:`.');
    }
    const list = value['measurements'] as unknown[];
    if (this.tooManyRows(file.path, list.length)) return;
    const fast = sequenceLocator(file.path, file.text, 'measurements', list.length);
    const located: YamlSource = fast
      ? {
          ...source,
          locate: (path) => (path[0] === 'measurements' && typeof path[1] === 'number' && path.length <= 3 ? fast.value(path[1], path[2] as string | undefined) : source.locate(path)),
          locateKey: (path) => (path[0] === 'measurements' && typeof path[1] === 'number' && path.length === 3 ? fast.key(path[1], String(path[2])) : source.locateKey(path)),
        }
      : source;
    for (let i = 0; i < list.length; i++) {
      const data = validate(Measurement, list[i], located, this.bag, ['measurements', i]);
      if (data && !this.outsideDateWindow(located, ['measurements', i], data, [['period']]))
        this.handbook.measurements.push(measurementEntity(data, this.origin(located, ['measurements', i])));
    }
  }

  private loadMeasurementsCsv(file: SourceFile): void {
    // Counted before parsing, which holds every row's cell texts at once.
    if (this.tooManyRows(file.path, lineCount(file.text) - 1)) return;
    const { rows, errors, text } = parseCsvTexts(file.text);
    for (const e of errors) {
      this.bag.report('csv/syntax', { file: file.path, line: e.line, column: e.column }, e.message, 'Close every quoted cell with a " and double any quote inside it ("").');
    }
    if (errors.length > 0) return;
    const headerRow = rows[0];
    if (!headerRow) return;
    const header = rowAt(text, headerRow.offset, headerRow.line);
    const columns = header.cells.map((c) => c.text.trim());
    const at = (line: number, column: number) => ({ file: file.path, line, column });
    let headerOk = true;
    columns.forEach((name, i) => {
      if (columns.indexOf(name) !== i) {
        headerOk = false;
        const cell = header.cells[i]!;
        this.bag.report('csv/header', at(cell.line, cell.column), `Column "${name}" appears twice.`, 'Name each column once; remove or rename the second one.');
      } else if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
        headerOk = false;
        const cell = header.cells[i]!;
        const suggestion = closest(name, CSV_COLUMNS);
        this.bag.report(
          'csv/header',
          at(cell.line, cell.column),
          `Unknown column "${name}".`,
          `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Columns are: ${CSV_COLUMNS.join(', ')} (${CSV_REQUIRED_COLUMNS.join(', ')} required; the value, or the counts it comes from, in the others).`,
        );
      }
    });
    for (const required of CSV_REQUIRED_COLUMNS) {
      if (!columns.includes(required)) {
        headerOk = false;
        this.bag.report('csv/header', at(header.line, 1), `The header has no "${required}" column.`, `The first line must name the columns: ${CSV_REQUIRED_COLUMNS.join(',')}, then the value or its counts and a note, e.g. \`kpi,unit,period,k,n,note\` (all columns: ${CSV_COLUMNS.join(',')}).`);
      }
    }
    if (!headerOk) return;
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r]!;
      if (row.texts.length !== columns.length) {
        this.bag.report('csv/syntax', at(row.line, 1), `This row has ${row.texts.length} cells, but the header names ${columns.length} columns.`, 'Check for a missing or extra comma; quote cells that contain commas.');
        continue;
      }
      const record: Record<string, unknown> = {};
      columns.forEach((name, i) => {
        const text = row.texts[i]!.trim();
        if (name === 'value') record[name] = text === '' ? null : toNumber(text);
        else if (name === 'responses') {
          if (text !== '') record[name] = toNumberList(text);
        } else if (NUMBER_COLUMNS.has(name)) {
          if (text !== '') record[name] = toNumber(text);
        } else if (name === 'provisional') {
          if (text !== '') record[name] = text === 'true' ? true : text === 'false' ? false : text;
        } else if (text !== '' || name !== 'note') record[name] = text;
      });
      // An empty value cell is "no data" only when the row has no counts either; with counts, the value is derived from them.
      if (record['value'] === null && COUNT_FIELDS.some((f) => record[f] !== undefined)) delete record['value'];
      const origin = new CsvRowOrigin(file.path, columns, text, row);
      const source = { file: file.path, locate: (path: Path) => origin.at(path), locateKey: (path: Path) => origin.at(path), sourceText: (path: Path) => origin.text(path) };
      const data = validate(Measurement, record, source, this.bag);
      if (data && !this.outsideDateWindow(source, [], data, [['period']])) this.handbook.measurements.push(measurementEntity(data, origin));
    }
  }
}

/**
 * Where the fields of one measurement of a CSV file are: a field is its column's cell in the row.
 * One small object per row, its methods shared, holding only where the row starts in the file's
 * text (shared by its rows); the row is read again when a position is asked for, which happens
 * only for a diagnostic. A measurement file of a large organisation has hundreds of thousands of
 * rows: closures and a map per row cost about 1 kB each, the row's cells about 500 bytes.
 */
class CsvRowOrigin implements Origin {
  readonly file: string;
  readonly #columns: readonly string[];
  readonly #text: string;
  readonly #offset: number;
  readonly #line: number;

  constructor(file: string, columns: readonly string[], text: string, row: Pick<CsvTextRow, 'offset' | 'line'>) {
    this.file = file;
    this.#columns = columns;
    this.#text = text;
    this.#offset = row.offset;
    this.#line = row.line;
  }

  #cell(path: Path): CsvRow['cells'][number] | undefined {
    const i = typeof path[0] === 'string' ? this.#columns.indexOf(path[0]) : -1;
    return i >= 0 ? rowAt(this.#text, this.#offset, this.#line).cells[i] : undefined;
  }

  at(path: Path): SourcePosition {
    const cell = this.#cell(path);
    return { file: this.file, line: cell ? cell.line : this.#line, column: cell ? cell.column : 1 };
  }

  atKey(path: Path): SourcePosition {
    return this.at(path);
  }

  /** The cell's text as written. */
  text(path: Path): string | undefined {
    return this.#cell(path)?.text;
  }
}

/** Lines of `text` that hold something (a last line without a line end counts). */
function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') || text === '' ? n : n + 1;
}

/**
 * A measurement entity with every field present in one order, so that all of them share one
 * shape: a handbook holds hundreds of thousands, and the rules and the scoring read them in hot
 * loops (objects of one shape are read fast; a mix of shapes, as the optional count fields would
 * give, is read several times slower).
 */
function measurementEntity(data: z.infer<typeof Measurement>, origin: Origin): MeasurementEntity {
  return {
    kpi: data.kpi,
    unit: data.unit,
    period: data.period,
    value: data.value ?? null,
    valueWritten: data.value,
    n: data.n,
    k: data.k,
    promoters: data.promoters,
    passives: data.passives,
    detractors: data.detractors,
    responses: data.responses,
    sd: data.sd,
    median: data.median,
    p90: data.p90,
    note: data.note,
    provisional: data.provisional,
    counts: undefined,
    origin,
    periodInfo: undefined,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** CSV columns read as numbers (the value is read apart: an empty value cell means no data). */
const NUMBER_COLUMNS = new Set(['n', 'k', 'promoters', 'passives', 'detractors', 'sd', 'median', 'p90']);

/** A CSV cell as a number when it is written as one; otherwise the text (so the schema reports it). */
function toNumber(text: string): number | string {
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : text;
}

/** A CSV cell of counts separated by spaces or semicolons (`3 5 20 180 272`) as a list; otherwise the text. */
function toNumberList(text: string): (number | string)[] | string {
  const parts = text.split(/[\s;]+/).filter((p) => p !== '');
  const numbers = parts.map(toNumber);
  return numbers.every((x) => typeof x === 'number') ? numbers : text;
}

export type { PersonEntity, ProcessAreaEntity, RoleEntity, StandardEntity, KpiEntity, ImprovementActionEntity, MeasurementEntity, UnitEntity };

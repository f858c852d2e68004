/**
 * What every source module of the loader shares: the handbook being filled, the diagnostics, the
 * kinds of record, and the steps each kind of file goes through (where a field is, the date
 * window, unique ids, the file named by its id, the collection an item goes into).
 */
import type { DiagnosticBag } from '../../diagnostics/diagnostic.ts';
import type { Path, YamlSource } from '../../source/yaml-source.ts';
import { LIMITS } from '../../source/limits.ts';
import type { Locale } from '../../schema/common.ts';
import { describeWindow, outsideWindow } from '../../time/window.ts';
import { dataLocationHint, type KindDefinition } from '../kinds/registry.ts';
import type { EntityKind, Handbook, Origin } from '../handbook.ts';

export class LoadContext {
  readonly handbook: Omit<Handbook, 'derived'>;
  readonly bag: DiagnosticBag;
  readonly kinds: readonly KindDefinition[];
  readonly defaultLang: Locale;
  /** Compile the bodies of SOPs and pages as the build does. */
  readonly bodies: boolean;

  constructor(handbook: Omit<Handbook, 'derived'>, bag: DiagnosticBag, kinds: readonly KindDefinition[], defaultLang: Locale, bodies: boolean) {
    this.handbook = handbook;
    this.bag = bag;
    this.kinds = kinds;
    this.defaultLang = defaultLang;
    this.bodies = bodies;
  }

  /** The collection a kind with ids fills (a kind added by a test gets one on first use). */
  itemsOf(kind: KindDefinition): Map<string, { origin: Origin }> {
    const h = this.handbook as unknown as Record<string, unknown>;
    return (h[collectionName(kind)] ??= new Map()) as Map<string, { origin: Origin }>;
  }

  /** The collection a kind without ids fills, in file order. */
  listOf(kind: KindDefinition): unknown[] {
    const h = this.handbook as unknown as Record<string, unknown>;
    return (h[collectionName(kind)] ??= []) as unknown[];
  }

  /** Remembers the id of an item that failed its schema, so references to it are not reported again. */
  reject(kind: KindDefinition, value: unknown): void {
    if (!kind.rejected) return;
    const id = isPlainObject(value) ? value['id'] : undefined;
    if (typeof id !== 'string') return;
    const rejected = this.handbook.rejected as Record<string, Set<string>>;
    (rejected[kind.rejected] ??= new Set()).add(id);
  }

  /** The model's item made from a valid one: its kind's `entity`, or the fields and origin as they are. */
  entity(kind: KindDefinition, item: Record<string, unknown> & { origin: Origin }): unknown {
    return kind.entity ? kind.entity(item) : item;
  }

  /**
   * Reports every date or period of `data` (at the `fields`, below `base` in `source`) whose year
   * lies outside the handbook's date window; true when there was one (the entity is then left out,
   * so that no page is made for July 205 and no date arithmetic meets the year 9999).
   */
  outsideDateWindow(source: Pick<YamlSource, 'locate'>, base: Path, data: object, fields: readonly Path[]): boolean {
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

  /** The dates of an item of `kind` that are checked against the date window. */
  dateFields(kind: KindDefinition, data: object): readonly Path[] {
    return kind.dateFields?.(data as Record<string, unknown>) ?? [];
  }

  /** Reports a file with more entries than the limit; true when it has. */
  tooManyRows(path: string, rows: number): boolean {
    if (rows <= LIMITS.rows) return false;
    this.bag.report('limit/rows', { file: path, line: 1, column: 1 }, `The file holds ${rows} entries; a file may hold at most ${LIMITS.rows}.`, 'Split it: one measurement file per reporting period.');
    return true;
  }

  /** A data file no kind's location holds. */
  unknownLocation(path: string): void {
    this.bag.report('file/unknown-location', { file: path, line: 1, column: 1 }, 'This data file is not in a folder the handbook reads, so it is ignored.', dataLocationHint(this.kinds));
  }

  origin(source: Pick<YamlSource, 'file' | 'locate' | 'locateKey'>, base: Path): Origin {
    return {
      file: source.file,
      at: (path) => source.locate([...base, ...path]),
      atKey: (path) => source.locateKey([...base, ...path]),
    };
  }

  /** Registers `entity` under its id, reporting a duplicate with the place of the first. */
  register<T extends { origin: Origin }>(registry: Map<string, T>, id: string, entity: T, what: string): boolean {
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

  /** Reports a file not named after the id of the item it holds. */
  checkFileName(path: string, id: string, origin: Origin, what: string): void {
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
}

/** The property of the handbook a kind's collection is. */
function collectionName(kind: KindDefinition): string {
  if (!kind.collection) throw new Error(`The kind "${kind.name}" fills no collection of the model.`);
  return kind.collection;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type { EntityKind };

/**
 * Builds the model of a handbook from its files: validates every source against the schemas,
 * registers the entities and builds the index. Every problem becomes a diagnostic; nothing is
 * thrown for bad input. `src/core/load.ts` reads the files, derives and runs the rules.
 *
 * Which kind of record a file holds is said by the registry of kinds (src/core/model/kinds/); each
 * shape of file has its module in ./load/ (documents, one-item files, list files, measurements).
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Locale } from '../schema/common.ts';
import type { DateWindow } from '../time/window.ts';
import { KINDS, kindOfPath, type KindDefinition } from './kinds/registry.ts';
import type { KindSource } from './kinds/kind.ts';
import type { SourceFile } from './sources.ts';
import { buildIndex } from './index.ts';
import { LoadContext } from './load/context.ts';
import { loadDocument } from './load/documents.ts';
import { loadItemFile } from './load/item-files.ts';
import { loadListFile } from './load/list-files.ts';
import { loadMeasurementFile } from './load/measurements.ts';
import type {
  Handbook,
  ImprovementActionEntity,
  KpiEntity,
  MeasurementEntity,
  PersonEntity,
  ProcessAreaEntity,
  RoleEntity,
  StandardEntity,
  UnitEntity,
} from './handbook.ts';

export interface ModelOptions {
  /** The date the model is evaluated against, `YYYY-MM-DD`. */
  today: string;
  /** The years in which dates and periods are plausible. */
  dateWindow: DateWindow;
  /** Language of pages that do not say. */
  defaultLang: Locale;
  /** Compile the bodies of SOPs and pages as the build does and report their problems. */
  bodies: boolean;
  /** The kinds of record to read (default: the handbook's, src/core/model/kinds/registry.ts); a test may add its own. */
  kinds?: readonly KindDefinition[] | undefined;
}

/** The model of the handbook under `root` from its files, indexed; its derived part is not computed yet (`src/core/derive`). */
export function buildModel(root: string, files: readonly SourceFile[], options: ModelOptions, bag: DiagnosticBag): Omit<Handbook, 'derived'> {
  const kinds = options.kinds ?? KINDS;
  const handbook = {
    root,
    today: options.today,
    dateWindow: options.dateWindow,
    translations: { sops: new Map(), pages: new Map() },
    compiledBodies: new Map(),
    assets: new Map(),
    ...emptyCollections(kinds),
    index: undefined as unknown as Handbook['index'],
  } as Omit<Handbook, 'derived'>;
  const context = new LoadContext(handbook, bag, kinds, options.defaultLang, options.bodies);
  for (const file of files) loadFile(file, context);
  handbook.index = buildIndex(handbook);
  return handbook;
}

/**
 * The model's empty collections, one per kind that fills one (a map by id, or a list for items
 * without ids), and the sets of rejected ids.
 */
function emptyCollections(kinds: readonly KindDefinition[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const rejected: Record<string, Set<string>> = {};
  for (const kind of kinds) {
    if (kind.collection && !kind.collection.includes('.')) out[kind.collection] = hasIds(kind.source) ? new Map() : [];
    if (kind.rejected) rejected[kind.rejected] = new Set();
  }
  return { ...out, rejected };
}

function hasIds(source: KindSource): boolean {
  return source.shape === 'document' || source.shape === 'item-file' || (source.shape === 'list-file' && source.ids);
}

/** The module that reads each shape of file; records kept outside the model (approvals) and kinds that share another's files are not read here. */
const SOURCE_LOADERS: Record<KindSource['shape'], (file: SourceFile, kind: KindDefinition, context: LoadContext) => void> = {
  document: loadDocument,
  'item-file': loadItemFile,
  'list-file': loadListFile,
  'measurement-file': loadMeasurementFile,
  'record-file': () => undefined,
  'same-files': () => undefined,
};

/** Reads one file as the kind whose location holds it; a data file no kind's location holds is reported. */
function loadFile(file: SourceFile, context: LoadContext): void {
  if (file.bytes !== undefined) {
    context.handbook.assets.set(file.path, { path: file.path, bytes: file.bytes, text: file.text === '' ? undefined : file.text });
    return;
  }
  const kind = kindOfPath(file.path, context.kinds);
  if (kind) SOURCE_LOADERS[kind.source.shape](file, kind, context);
  else if (!file.path.startsWith('content/') && /\.(ya?ml|csv)$/i.test(file.path)) context.unknownLocation(file.path);
}

export type { PersonEntity, ProcessAreaEntity, RoleEntity, StandardEntity, KpiEntity, ImprovementActionEntity, MeasurementEntity, UnitEntity };

/**
 * Loads a handbook: reads every source once, validates it against the schemas, resolves
 * references, computes review dates and runs the rules. Every problem becomes a diagnostic;
 * nothing is thrown for bad input.
 *
 * Which kind of record a file holds is said by the registry of kinds (src/core/kinds/); each
 * shape of file has its module in ./load/ (documents, one-item files, list files, measurements).
 */
import { resolve } from 'node:path';
import { DiagnosticBag, applyStrict, compareDiagnostics } from '../diagnostics/diagnostic.ts';
import type { Locale } from '../schema/common.ts';
import { today as currentDay } from '../time/dates.ts';
import { dateWindowFromEnv, type DateWindow } from '../time/window.ts';
import { KINDS, kindOfPath, type KindDefinition } from '../kinds/registry.ts';
import type { KindSource } from '../kinds/kind.ts';
import { readSources, type ReadProblem, type SourceFile } from './sources.ts';
import { buildIndex } from './index.ts';
import { runRules } from '../rules/index.ts';
import { LoadContext } from './load/context.ts';
import { loadDocument } from './load/documents.ts';
import { loadItemFile } from './load/item-files.ts';
import { loadListFile } from './load/list-files.ts';
import { loadMeasurementFile } from './load/measurements.ts';
import type {
  Handbook,
  ImprovementActionEntity,
  KpiEntity,
  LoadResult,
  MeasurementEntity,
  PersonEntity,
  ProcessAreaEntity,
  RoleEntity,
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
  /** The kinds of record to read (default: the handbook's, src/core/kinds/registry.ts); a test may add its own. */
  kinds?: readonly KindDefinition[];
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
  const kinds = options.kinds ?? KINDS;
  const handbook = {
    root,
    today: day,
    dateWindow: options.dateWindow ?? dateWindowFromEnv(day),
    translations: { sops: new Map(), pages: new Map() },
    ...emptyCollections(kinds),
    index: undefined as unknown as Handbook['index'],
  } as Handbook;
  const context = new LoadContext(handbook, bag, kinds, options.defaultLang ?? 'en', options.bodies ?? true);
  for (const file of files) loadFile(file, context);
  handbook.index = buildIndex(handbook);
  runRules(handbook, bag);
  const diagnostics = applyStrict(bag.items, options.strict ?? false).sort(compareDiagnostics);
  return { handbook, diagnostics };
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
  const kind = kindOfPath(file.path, context.kinds);
  if (kind) SOURCE_LOADERS[kind.source.shape](file, kind, context);
  else if (!file.path.startsWith('content/') && /\.(ya?ml|csv)$/i.test(file.path)) context.unknownLocation(file.path);
}

export type { PersonEntity, ProcessAreaEntity, RoleEntity, StandardEntity, KpiEntity, ImprovementActionEntity, MeasurementEntity, UnitEntity };

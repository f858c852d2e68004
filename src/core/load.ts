/**
 * Loads a handbook: reads every source once (`model/sources.ts`), builds the model from it
 * (`model/load.ts`: schemas, entities, index), derives what the rules and pages read
 * (`derive/`), then runs the rules (`rules/`), which only read the model and report. Every
 * problem becomes a diagnostic; nothing is thrown for bad input.
 */
import { resolve } from 'node:path';
import { DiagnosticBag, applyLinkSeverity, applyStrict, compareDiagnostics, type LinkSeverity } from './diagnostics/diagnostic.ts';
import type { Locale } from './schema/common.ts';
import type { DateWindow } from './time/window.ts';
import { dateWindow, today as currentDay } from './settings.ts';
import { readSources, type ReadProblem, type SourceFile } from './model/sources.ts';
import { buildModel } from './model/load.ts';
import type { KindDefinition } from './model/kinds/registry.ts';
import type { Handbook, LoadResult } from './model/handbook.ts';
import { derive } from './derive/index.ts';
import { runRules } from './rules/index.ts';
import { checkPersonalData } from './rules/personal-data.ts';
import { checkSettingsOf } from './schema/check-settings.ts';

export interface LoadOptions {
  /** The date to evaluate reviews and deadlines against, `YYYY-MM-DD`. Default: today (or `SQMS_TODAY`). */
  today?: string;
  /** Treat warnings as errors. */
  strict?: boolean;
  /** Broken links as errors (default) or warnings (`--links warn`, during a migration); strict still makes them errors. */
  links?: LinkSeverity;
  /** Language of pages that do not say. */
  defaultLang?: Locale;
  /** The years in which dates and periods are plausible. Default: `SQMS_DATE_WINDOW`, else 1900 to 50 years after today. */
  dateWindow?: DateWindow;
  /**
   * Compile the bodies of SOPs and pages as the build does and report their problems (default:
   * yes). Only a command that reports no diagnostics (`sqms new`) leaves it out.
   */
  bodies?: boolean;
  /** The kinds of record to read (default: the handbook's, src/core/model/kinds/registry.ts); a test may add its own. */
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

/** Builds the handbook from already-read files (used by `loadHandbook` and by tests): model, derive, check. */
export function buildHandbook(root: string, files: readonly SourceFile[], options: LoadOptions = {}, bag = new DiagnosticBag()): LoadResult {
  const today = options.today ?? currentDay();
  const model = buildModel(root, files, { today, dateWindow: options.dateWindow ?? dateWindow(today), defaultLang: options.defaultLang ?? 'en', bodies: options.bodies ?? true, kinds: options.kinds }, bag);
  const handbook: Handbook = { ...model, derived: derive(model) };
  runRules(handbook, bag);
  checkPersonalData(files, bag, options.kinds, {
    publicContacts: checkSettingsOf(handbook.checkSettings).personalData.publicContacts,
    people: [...handbook.people.values()].map((p) => ({ id: p.id, name: p.name })),
  }); // reads the files' text: comments and fields the model drops count too
  const diagnostics = applyStrict(applyLinkSeverity(bag.items, options.links ?? 'error'), options.strict ?? false).sort(compareDiagnostics);
  return { handbook, diagnostics };
}

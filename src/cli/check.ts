/**
 * `sqms check`: validate the handbook and print every diagnostic; exit 1 on errors. With
 * `--base REV` it also compares the handbook with that revision and applies the change rules
 * (versions raised, change log kept, documents retired rather than deleted, corrections noted),
 * and lists the findings of the change first (in the files it changes, then caused by it
 * elsewhere), apart from the handbook's standing findings, which the base revision has too.
 */
import { codeTable, formatJson, formatText, summarize } from '../core/diagnostics/format.ts';
import { isRealDate } from '../core/time/dates.ts';
import { today } from '../core/settings.ts';
import { parseDateWindow } from '../core/time/window.ts';
import { comparisonSummary, runControl, type Comparison } from './control.ts';
import { ATTRIBUTIONS, groupFindings, type Attribution } from '../core/change/attribution.ts';
import type { Diagnostic, LinkSeverity } from '../core/diagnostics/diagnostic.ts';
import { KINDS } from '../core/model/kinds/registry.ts';
import type { Handbook } from '../core/model/handbook.ts';

export interface CheckOptions {
  root: string;
  format: 'text' | 'json';
  strict: boolean;
  today: string | undefined;
  quiet: boolean;
  /** Revision to compare with, e.g. `origin/main`. */
  base?: string | undefined;
  /** The plausible years, `FROM..TO` (see src/core/time/window.ts). */
  dateWindow?: string | undefined;
  /** At most this many findings of a code in the text output (0: all). */
  maxPerCode?: number;
  /** Broken links as errors (default) or warnings. */
  links?: LinkSeverity;
}

export function check(options: CheckOptions): number {
  if (options.today !== undefined && !isRealDate(options.today)) {
    process.stderr.write(`--today must be a date YYYY-MM-DD, not "${options.today}".\n`);
    return 2;
  }
  const window = options.dateWindow !== undefined ? parseDateWindow(options.dateWindow, options.today ?? today()) : undefined;
  if (options.dateWindow !== undefined && !window) {
    process.stderr.write(`--date-window must be FROM..TO, each a year (1990) or years from today (-30, +50), not "${options.dateWindow}".\n`);
    return 2;
  }
  const started = performance.now();
  const run = runControl({ root: options.root, strict: options.strict, today: options.today, base: options.base, dateWindow: window, links: options.links ?? 'error' });
  if (!run.ok) {
    process.stderr.write(`${run.message}\n${run.hint}\n`);
    return 2;
  }
  const { handbook, diagnostics, comparison } = run;
  const shown = options.quiet ? diagnostics.filter((d) => d.severity !== 'info') : diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const color = process.stdout.isTTY === true;
  const maxPerCode = options.maxPerCode ?? 0;
  if (options.format === 'json') {
    process.stdout.write((comparison ? formatJson(inGroups(shown, comparison), comparison.attribution) : formatJson(shown)) + '\n');
  } else {
    const ms = Math.round(performance.now() - started);
    if (comparison) {
      const groups = groupFindings(shown, comparison.attribution);
      for (const group of ATTRIBUTIONS) {
        if (groups[group].length === 0) continue;
        process.stdout.write(`${GROUP_TITLES[group](groups[group].length, comparison.base.name)}\n\n${formatText(groups[group], { color, maxPerCode })}\n\n`);
      }
    } else if (shown.length > 0) process.stdout.write(formatText(shown, { color, maxPerCode }) + '\n\n');
    // A long report ends with its findings by code, so that the kinds of problem are seen at once.
    if (shown.length > SUMMARY_FROM) process.stdout.write(codeTable(shown) + '\n\n');
    if (comparison) process.stdout.write(comparisonSummary(comparison) + '\n');
    const counts = `${handbook.sops.size} SOPs, ${handbook.pages.size} pages, ${handbook.standards.size} standards, ${handbook.kpis.size} KPIs, ${handbook.measurements.length} measurements, ${handbook.actions.size} actions${recordCounts(handbook)}`;
    process.stdout.write(`Checked ${counts} in ${ms} ms (today is ${handbook.today}${options.strict ? ', strict' : ''}): ${summarize(diagnostics)}.\n`);
  }
  return errors > 0 ? 1 : 0;
}

/** The collections the summary line always names. */
const SUMMARISED = new Set(['units', 'roles', 'people', 'areas', 'sops', 'pages', 'standards', 'kpis', 'actions', 'measurements', 'phases', 'acknowledgements', 'searchSynonyms']);

/** The quality records the handbook holds (risks, audits…), each kind with its count, when it has any: `, 11 risks`. */
function recordCounts(h: Handbook): string {
  return KINDS.flatMap((k) => {
    if (!k.collection || SUMMARISED.has(k.collection)) return [];
    const items = (h as unknown as Record<string, unknown>)[k.collection];
    const n = items instanceof Map ? items.size : Array.isArray(items) ? items.length : 0;
    return n > 0 ? [`, ${n} ${n === 1 ? k.labels.en.one : k.labels.en.many}`] : [];
  }).join('');
}

/** From how many findings a report ends with the table of codes. */
const SUMMARY_FROM = 20;

/** The headings of the groups of findings, with a base revision. */
const GROUP_TITLES: Record<Attribution, (n: number, base: string) => string> = {
  touched: (n) => `== ${n} in the files this branch changes ==`,
  caused: (n) => `== ${n} caused by this branch in files it does not change ==`,
  standing: (n, base) => `== ${n} standing elsewhere in the handbook (also on ${base}) ==`,
};

/** The findings in the order of their groups: the change's own first. */
function inGroups(diagnostics: readonly Diagnostic[], comparison: Comparison): Diagnostic[] {
  const groups = groupFindings(diagnostics, comparison.attribution);
  return ATTRIBUTIONS.flatMap((g) => groups[g]);
}

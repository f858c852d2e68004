/**
 * `sqms check`: validate the handbook and print every diagnostic; exit 1 on errors. With
 * `--base REV` it also compares the handbook with that revision and applies the change rules
 * (versions raised, change log kept, documents retired rather than deleted, corrections noted).
 */
import { formatJson, formatText, summarize } from '../core/diagnostics/format.ts';
import { isRealDate, today } from '../core/time/dates.ts';
import { parseDateWindow } from '../core/time/window.ts';
import { comparisonSummary, runControl } from './control.ts';

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
  const run = runControl({ root: options.root, strict: options.strict, today: options.today, base: options.base, dateWindow: window });
  if (!run.ok) {
    process.stderr.write(`${run.message}\n${run.hint}\n`);
    return 2;
  }
  const { handbook, diagnostics, comparison } = run;
  const shown = options.quiet ? diagnostics.filter((d) => d.severity !== 'info') : diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (options.format === 'json') {
    process.stdout.write(formatJson(shown) + '\n');
  } else {
    const ms = Math.round(performance.now() - started);
    if (shown.length > 0) process.stdout.write(formatText(shown, { color: process.stdout.isTTY === true }) + '\n\n');
    if (comparison) process.stdout.write(comparisonSummary(comparison) + '\n');
    const counts = `${handbook.sops.size} SOPs, ${handbook.pages.size} pages, ${handbook.standards.size} standards, ${handbook.kpis.size} KPIs, ${handbook.measurements.length} measurements, ${handbook.actions.size} actions`;
    process.stdout.write(`Checked ${counts} in ${ms} ms (today is ${handbook.today}${options.strict ? ', strict' : ''}): ${summarize(diagnostics)}.\n`);
  }
  return errors > 0 ? 1 : 0;
}

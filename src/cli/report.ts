/**
 * `sqms report --base REV`: the pull-request report in Markdown (for a comment), on standard
 * output or into `--out FILE`. It reports what the check finds but does not fail on it: the
 * check step does that. Exit 2 only when the base revision cannot be read.
 */
import { writeFileSync } from 'node:fs';
import { renderReport } from '../core/change/report.ts';
import { runControl } from './control.ts';

export interface ReportOptions {
  root: string;
  base: string | undefined;
  today: string | undefined;
  strict: boolean;
  out: string | undefined;
}

export function report(options: ReportOptions): number {
  if (!options.base) {
    process.stderr.write('Say what to compare with: npm run report -- --base origin/main\n');
    return 2;
  }
  const run = runControl({ root: options.root, base: options.base, today: options.today, strict: options.strict });
  if (!run.ok) {
    process.stderr.write(`${run.message}\n${run.hint}\n`);
    return 2;
  }
  const { comparison } = run;
  if (!comparison) return 2;
  const text = renderReport(comparison.changes, run.handbook, {
    baseName: comparison.base.name,
    baseCommit: comparison.base.commit,
    mergeBase: comparison.base.mergeBase,
    diagnostics: run.diagnostics,
    attribution: comparison.attribution,
    approvalsAdded: comparison.approvalsAdded,
  });
  if (options.out) {
    writeFileSync(options.out, text);
    process.stderr.write(`Wrote the report to ${options.out}.\n`);
  } else process.stdout.write(text);
  return 0;
}

/**
 * `sqms import <folder> [--into SUBFOLDER] [--dry-run]`: copies a Markdown tree (a GitHub
 * repository's docs, a GitHub wiki's clone, a Hugo site's content/ and static/) into the
 * handbook's content/, rewriting only what is safe (src/core/import/), and writes
 * `import-report.md` in the handbook folder. It never overwrites a file: when any file it would
 * write exists already, it writes nothing and names them. Exit 0 when the import was done (or
 * planned, with --dry-run), 1 when it was refused, 2 for wrong arguments.
 */
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readSourceTree } from '../core/import/source-tree.ts';
import { planImport } from '../core/import/plan.ts';
import { importReport, importSummary } from '../core/import/report.ts';

export interface ImportOptions {
  root: string;
  source: string | undefined;
  into: string | undefined;
  dryRun: boolean;
}

export const REPORT_FILE = 'import-report.md';

export function importTree(options: ImportOptions): number {
  if (options.source === undefined) {
    process.stderr.write('Name the folder to import: npm run import -- ../old-wiki [--into wiki] [--dry-run]\n');
    return 2;
  }
  const source = resolve(options.source);
  if (!existsSync(source) || !statSync(source).isDirectory()) {
    process.stderr.write(`"${options.source}" is not a folder.\n`);
    return 2;
  }
  const into = (options.into ?? '').replace(/^\/+|\/+$/g, '');
  if (into.split('/').some((s) => s === '..' || s === '.') || /[\s#?%"<>|*:\\]/.test(into)) {
    process.stderr.write(`--into must be a folder below content/ without spaces or "..", not "${options.into}".\n`);
    return 2;
  }
  const content = join(options.root, 'content');
  if (!relative(source, content).startsWith('..') || !relative(content, source).startsWith('..')) {
    process.stderr.write('The folder to import and the handbook\'s content/ must not contain each other.\n');
    return 2;
  }
  const tree = readSourceTree(source);
  const plan = planImport(tree, { into, exists: (path) => existsSync(join(content, ...path.split('/'))) });
  const report = importReport(plan, options.source, options.dryRun);
  if (options.dryRun) {
    process.stdout.write(report);
    return 0;
  }
  if (plan.conflicts.length > 0) {
    const shown = plan.conflicts.slice(0, 20).map((c) => `  content/${c}\n`).join('');
    const more = plan.conflicts.length > 20 ? `  … and ${plan.conflicts.length - 20} more\n` : '';
    process.stderr.write(`Nothing was imported: ${plan.conflicts.length} file(s) exist already and are never overwritten:\n${shown}${more}Import into another folder (--into NAME), or move these first.\n`);
    return 1;
  }
  for (const f of plan.files) {
    const to = join(content, ...f.target.split('/'));
    mkdirSync(dirname(to), { recursive: true });
    // `wx` and COPYFILE_EXCL: a file that appeared since the plan is not overwritten either.
    if (f.copyFrom !== undefined) copyFileSync(f.copyFrom, to, 1 /* COPYFILE_EXCL */);
    else writeFileSync(to, f.text ?? f.bytes ?? '', { flag: 'wx' });
  }
  writeFileSync(join(options.root, REPORT_FILE), report);
  process.stdout.write(`Imported ${options.source}:\n${importSummary(plan).map((l) => `  ${l}\n`).join('')}The report, with every file and line: ${REPORT_FILE}\nNext: npm run check -- --links warn\n`);
  return 0;
}

/**
 * The commands of `sqms` (src/cli/sqms.ts) other than `build`, and its usage text:
 *
 *   npm run check [-- --strict] [-- --format json] [-- --root DIR] [-- --today YYYY-MM-DD]
 *   npm run new -- sop --area customer-service --title "Refund processing" --owner li-wei --approvers chen-jing
 *   npm run new -- standard | kpi | action --title "…"
 *   npm run schema [-- --check]
 *   npm run check -- --base origin/main        (change rules against a base revision)
 *   npm run report -- --base origin/main       (pull-request report in Markdown)
 *   npm run approve -- --sop SOP-CS-001 --by chen-jing --meaning approved
 *   npm run codeowners [-- --check]
 *   npm run reviews [-- --within 60]
 *   npm run import -- ../old-wiki [--into wiki] [--dry-run]
 *   npm run build [-- astro build options]      (src/cli/build.ts, which sqms.ts runs itself)
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parse, rootFrom } from './args.ts';
import { check } from './check.ts';
import { scaffold } from './new.ts';
import { terminalAsker } from './prompt.ts';
import { writeJsonSchemas } from './json-schema.ts';
import { approve } from './approve.ts';
import { codeowners } from './codeowners.ts';
import { report } from './report.ts';
import { reviews } from './reviews.ts';
import { importTree } from './import.ts';
import { formatSettingProblem, settingProblems } from '../core/settings.ts';

const USAGE = `Usage: sqms <command> [options]

Commands:
  check                 Validate the handbook; exit 1 on errors (and on warnings with --strict).
    --strict            Treat warnings (overdue reviews and actions…) as errors.
    --format text|json  Output format (default text).
    --today YYYY-MM-DD  Evaluate due dates as of this day (default today, or SQMS_TODAY).
    --quiet             Leave out notes (info diagnostics).
    --date-window A..B  The years in which dates and periods are plausible (default 1900..+50, or
                        SQMS_DATE_WINDOW): each end a year or years from today (-30, +10).
    --base REV          Also compare with REV (for a pull request: its target branch, e.g. origin/main)
                        and apply the change rules: versions raised, change log kept, nothing deleted.
    --max-per-code N    Show at most N findings of each code, then a count of the rest (default 20;
                        0 shows all). JSON output always has all.
    --links warn        Report broken links as warnings, while a large handbook is migrated in
                        (default error; the build takes SQMS_LINKS=warn).
  report --base REV     The pull-request report in Markdown: documents, versions, steps and time limits,
                        standards, KPI targets and measurements changed, approvals needed, diagnostics.
    --out FILE          Write it to FILE instead of standard output.
  approve               Append a signature to data/approvals/<ID>.yaml with the content's fingerprint.
    --sop ID            The SOP signed (or --base REV: every controlled document changed since REV).
    --document ID       Any controlled document: KPI-CSAT, STD-RESP-001, quality-manual, policies/quality-policy.
    --by PERSON         Person id, or git handle with @.
    --meaning M         authored, reviewed or approved.
    --at DATETIME       When, ISO 8601 with time zone (default now).
    --commit REV        Fingerprint the content at REV (the reviewed commit) instead of the working tree.
    --source TEXT       Where it was signed, e.g. the review's URL.
  codeowners [--check]  Write .github/CODEOWNERS from owners and approvers (or check it is current).
  reviews               List periodic reviews overdue and due soon, with days remaining.
    --within DAYS       Horizon for "due soon" (default 90).
    --format text|json  Output format.
  new <kind>            Create a new sop, standard, kpi or action from a template with the next free id.
    --title "…"         Title of the new document.
    --area AREA         Process area id (for an SOP).
    --prefix CODE       Id prefix for a standard, e.g. RESP for STD-RESP-004.
    --owner PERSON      The owner (person id, or git handle with @); asked on a terminal, else required.
    --approvers A,B     An SOP's approvers, not the owner; asked on a terminal, else required.
  import FOLDER         Copy a Markdown tree (a GitHub repository's docs, a GitHub wiki, a Hugo site) into
                        content/, renaming files the check refuses and rewriting links to them, wiki links
                        [[Page]] and Hugo static images; never overwrites a file; writes import-report.md.
    --into SUBFOLDER    Import below content/SUBFOLDER (default content/ itself).
    --dry-run           Print the report and write nothing.
  schema [--check]      Regenerate the JSON Schemas in schemas/ (or check they are current).
  build [ASTRO OPTIONS] Build the site: \`astro build\` (options passed on, e.g. --outDir DIR), then the
                        search index and export files once Astro has exited (less memory at once).

Options:
  --root DIR            The handbook folder holding content/ and data/ (default SQMS_ROOT, or the current folder).
`;

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  for (const problem of settingProblems()) process.stderr.write(`${formatSettingProblem(problem)}\n`);
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  const root = resolve(rootFrom(values.root));
  switch (command) {
    case 'check': {
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json') {
        process.stderr.write(`--format must be text or json, not "${format}".\n`);
        return 2;
      }
      const maxPerCode = values['max-per-code'] ?? '20';
      if (!/^\d+$/.test(maxPerCode)) {
        process.stderr.write(`--max-per-code must be a whole number (0 shows all), not "${maxPerCode}".\n`);
        return 2;
      }
      const links = values.links ?? 'error';
      if (links !== 'error' && links !== 'warn') {
        process.stderr.write(`--links must be error or warn, not "${links}".\n`);
        return 2;
      }
      return check({
        root,
        format,
        strict: values.strict ?? false,
        today: values.today,
        quiet: values.quiet ?? false,
        base: values.base,
        dateWindow: values['date-window'],
        maxPerCode: Number(maxPerCode),
        links,
      });
    }
    case 'report':
      return report({ root, base: values.base, today: values.today, strict: values.strict ?? false, out: values.out });
    case 'approve':
      return approve({
        root,
        sop: values.sop ?? values.document,
        base: values.base,
        by: values.by,
        meaning: values.meaning,
        at: values.at,
        commit: values.commit,
        source: values.source,
        today: values.today,
      });
    case 'codeowners':
      return codeowners({ root, check: values.check ?? false, out: values.out });
    case 'reviews': {
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json') {
        process.stderr.write(`--format must be text or json, not "${format}".\n`);
        return 2;
      }
      return reviews({ root, today: values.today, within: values.within, format });
    }
    case 'new':
      return scaffold(root, rest[0], { title: values.title, area: values.area, prefix: values.prefix, today: values.today, owner: values.owner, approvers: values.approvers, ask: terminalAsker() });
    case 'import':
      return importTree({ root, source: rest[0], into: values.into, dryRun: values['dry-run'] ?? false });
    case 'schema':
      return writeJsonSchemas(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), values.check ?? false);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

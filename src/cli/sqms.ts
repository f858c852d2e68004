/**
 * The `sqms` command (run through npm scripts, which use the pinned Node 22):
 *
 *   npm run check [-- --strict] [-- --format json] [-- --root DIR] [-- --today YYYY-MM-DD]
 *   npm run new -- sop --area customer-service --title "Refund processing"
 *   npm run new -- standard | kpi | action --title "…"
 *   npm run schema [-- --check]
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parse, rootFrom } from './args.ts';
import { check } from './check.ts';
import { scaffold } from './new.ts';
import { writeJsonSchemas } from './json-schema.ts';

const USAGE = `Usage: sqms <command> [options]

Commands:
  check                 Validate the handbook; exit 1 on errors (and on warnings with --strict).
    --strict            Treat warnings (overdue reviews and actions…) as errors.
    --format text|json  Output format (default text).
    --today YYYY-MM-DD  Evaluate due dates as of this day (default today, or SQMS_TODAY).
    --quiet             Leave out notes (info diagnostics).
  new <kind>            Create a new sop, standard, kpi or action from a template with the next free id.
    --title "…"         Title of the new document.
    --area AREA         Process area id (for an SOP).
    --prefix CODE       Id prefix for a standard, e.g. RESP for STD-RESP-004.
  schema [--check]      Regenerate the JSON Schemas in schemas/ (or check they are current).

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
      return check({ root, format, strict: values.strict ?? false, today: values.today, quiet: values.quiet ?? false });
    }
    case 'new':
      return scaffold(root, rest[0], { title: values.title, area: values.area, prefix: values.prefix, today: values.today });
    case 'schema':
      return writeJsonSchemas(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), values.check ?? false);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

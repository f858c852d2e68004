/**
 * `sqms codeowners [--check] [--out FILE]`: writes `.github/CODEOWNERS` (at the top of the
 * repository; the handbook may be a folder inside it) from the owners and approvers named in the
 * handbook, so that the Git host requests their review. `--check` fails when the committed file
 * is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadHandbook } from '../core/load.ts';
import { renderCodeowners } from '../core/codeowners/generate.ts';
import { findRepository } from '../core/git/repository.ts';

export interface CodeownersOptions {
  root: string;
  check: boolean;
  out: string | undefined;
}

export function codeowners(options: CodeownersOptions): number {
  const { handbook, diagnostics } = loadHandbook(options.root);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    process.stderr.write(`The handbook has ${errors} error(s); CODEOWNERS is generated from a valid handbook. Run npm run check.\n`);
    return 1;
  }
  const lookup = findRepository(options.root);
  const top = lookup.found ? lookup.repository.top : options.root;
  const prefix = lookup.found ? lookup.repository.prefix : '';
  const target = options.out ?? join(top, '.github', 'CODEOWNERS');
  const { text, withoutHandle } = renderCodeowners(handbook, { prefix });
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  const rel = relative(process.cwd(), target);
  const shown = rel && !rel.startsWith('..') ? rel : target;
  if (withoutHandle.length > 0) {
    process.stderr.write(`Note: ${withoutHandle.join(', ')} ${withoutHandle.length === 1 ? 'has' : 'have'} no git handle in data/people.yaml, so the Git host cannot request ${withoutHandle.length === 1 ? 'their' : 'their'} review.\n`);
  }
  if (options.check) {
    if (current === text) {
      process.stdout.write(`${shown} is up to date.\n`);
      return 0;
    }
    process.stderr.write(`${shown} is ${current === undefined ? 'missing' : 'out of date'}: owners or approvers changed.\nRun \`npm run codeowners\` and commit the result.\n`);
    return 1;
  }
  if (current === text) {
    process.stdout.write(`${shown} is up to date.\n`);
    return 0;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`Wrote ${shown}.\n`);
  return 0;
}

/**
 * Whether `.github/CODEOWNERS` still names the owners and approvers the documents name: after an
 * owner or approver list changes, the Git host would otherwise ask the wrong people to review.
 * `npm run check` reports it (`codeowners/out-of-date`), as `npm run codeowners -- --check` does.
 * Only a handbook that keeps the file is checked.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { LIMITS } from '../source/limits.ts';
import { renderCodeowners } from './generate.ts';

export interface CodeownersFile {
  /** Path relative to the handbook root. */
  path: string;
  text: string;
  /** The handbook root relative to the repository top, with a trailing slash (`''` at the top). */
  prefix: string;
}

/**
 * The file at the handbook root, where a handbook that is a repository of its own keeps it;
 * undefined when there is none (or it is not a file of a sensible size). A handbook kept in a
 * folder of a larger repository is not checked here: `npm run codeowners -- --check` finds the
 * repository's top with Git.
 */
export function findCodeowners(root: string): CodeownersFile | undefined {
  const file = join(root, '.github', 'CODEOWNERS');
  try {
    if (!existsSync(file) || !statSync(file).isFile() || statSync(file).size > LIMITS.fileBytes) return undefined;
    return { path: '.github/CODEOWNERS', text: readFileSync(file, 'utf8'), prefix: '' };
  } catch {
    return undefined;
  }
}

/** Pattern → owners of the lines that assign owners. */
function entries(text: string): Map<string, { owners: string; line: number }> {
  const out = new Map<string, { owners: string; line: number }>();
  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^((?:\\.|\S)+)\s*(.*)$/.exec(line);
    if (m) out.set(m[1]!, { owners: m[2]!.split(/\s+/).filter(Boolean).join(' '), line: i + 1 });
  });
  return out;
}

/** Reports `codeowners/out-of-date` when `file` differs from what the handbook's owners and approvers give. */
export function checkCodeowners(h: Handbook, file: CodeownersFile, bag: DiagnosticBag): void {
  const expected = renderCodeowners(h, { prefix: file.prefix }).text;
  if (file.text.replace(/\r\n?/g, '\n') === expected) return;
  const want = entries(expected);
  const have = entries(file.text);
  const differences: { line: number; text: string }[] = [];
  for (const [pattern, { owners }] of want) {
    const now = have.get(pattern);
    if (!now) differences.push({ line: Number.MAX_SAFE_INTEGER, text: `${pattern} is missing (should be ${owners})` });
    else if (now.owners !== owners) differences.push({ line: now.line, text: `${pattern}: ${now.owners || '(nobody)'} → ${owners}` });
  }
  for (const [pattern, { owners, line }] of have) if (!want.has(pattern)) differences.push({ line, text: `${pattern}: ${owners} → (no line)` });
  differences.sort((a, b) => a.line - b.line);
  const first = differences.find((d) => d.line !== Number.MAX_SAFE_INTEGER)?.line ?? 1;
  const listed = differences.slice(0, 5).map((d) => d.text).join('; ');
  bag.report(
    'codeowners/out-of-date',
    { file: file.path, line: first, column: 1 },
    differences.length === 0
      ? `${file.path} is not the file the handbook's owners and approvers give (its comments or order differ).`
      : `${file.path} does not name the owners and approvers the documents name now: ${listed}${differences.length > 5 ? `; and ${differences.length - 5} more` : ''}.`,
    'Run `npm run codeowners` and commit the file, so that the Git host asks the right people to review.',
  );
}

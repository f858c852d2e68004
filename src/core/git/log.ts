/**
 * Reads the history of every document of the handbook with ONE `git log` over `content/` and
 * `data/` (never a process per file): the cost is one process whatever the number of documents.
 */
import { runGit } from './exec.ts';
import { buildHistories, type History } from './history.ts';
import { LOG_FORMAT, parseLog } from './log-format.ts';
import { findRepository, handbookPath, type Repository } from './repository.ts';

/** The folders whose history is read, relative to the handbook root. */
export const HISTORY_FOLDERS = ['content', 'data'] as const;

/** The handbook's history, or why it is unavailable (not a checkout, a shallow clone, no git). */
export function readHistory(root: string): History & { repository?: Repository } {
  const lookup = findRepository(root);
  if (!lookup.found) return { available: false, reason: lookup.reason };
  return readHistoryIn(lookup.repository);
}

export function readHistoryIn(repository: Repository): History & { repository?: Repository } {
  if (repository.shallow) {
    return { available: false, reason: 'this is a shallow clone, which lacks the earlier commits (clone with full history, e.g. `fetch-depth: 0`)', repository };
  }
  const out = runGit(repository.root, [
    '-c',
    'log.showSignature=false',
    'log',
    '-M',
    '--name-status',
    '-z',
    '--no-color',
    '--no-ext-diff',
    `--format=${LOG_FORMAT}`,
    '--',
    ...HISTORY_FOLDERS,
  ]);
  if (!out.ok) {
    // A repository without any commit yet has no history: every document is simply uncommitted.
    if (/does not have any commits|bad default revision/i.test(out.failure ?? '')) return { available: true, documents: new Map(), repository };
    return { available: false, reason: `git log failed: ${out.failure}`, repository };
  }
  const commits = parseLog(out.stdout.toString('utf8'));
  return { available: true, documents: buildHistories(commits, (p) => handbookPath(repository, p)), repository };
}

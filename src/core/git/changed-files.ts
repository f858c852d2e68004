/**
 * The files a branch changes: every file under the handbook's folders (and `.github/CODEOWNERS`)
 * that differs between the base commit and the working tree (committed or not), and files not yet
 * committed. Two git processes.
 */
import { runGit } from './exec.ts';
import { HISTORY_FOLDERS } from './log.ts';
import { handbookPath, repositoryPath, type Repository } from './repository.ts';

/** Paths relative to the handbook root; undefined when Git cannot say (the caller falls back to the model's comparison). */
export function changedPaths(repository: Repository, baseCommit: string): Set<string> | undefined {
  const folders = [...HISTORY_FOLDERS, '.github/CODEOWNERS'].map((f) => repositoryPath(repository, f));
  const diff = runGit(repository.top, ['diff', '--name-only', '--no-renames', '-z', baseCommit, '--', ...folders]);
  const untracked = runGit(repository.top, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...folders]);
  if (!diff.ok || !untracked.ok) return undefined;
  const paths = new Set<string>();
  for (const out of [diff.stdout, untracked.stdout]) {
    for (const gitPath of out.toString('utf8').split('\0')) {
      if (gitPath === '') continue;
      const path = handbookPath(repository, gitPath);
      if (path !== undefined) paths.add(path);
    }
  }
  return paths;
}

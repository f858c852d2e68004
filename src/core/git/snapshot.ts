/**
 * The handbook's source files as they were at a revision (for a pull request: its target branch),
 * read in three processes whatever their number: `git rev-parse` and `git merge-base` to find the
 * commit, `git ls-tree` to list the files, and one `git cat-file --batch` to read them all.
 */
import type { SourceFile } from '../model/sources.ts';
import { classifySourcePath, isModelSource } from '../model/sources.ts';
import { textOfBytes } from '../source/read-file.ts';
import { readObjects } from './cat-file.ts';
import { runGit } from './exec.ts';
import { HISTORY_FOLDERS } from './log.ts';
import { handbookPath, repositoryPath, type Repository } from './repository.ts';
import { compareText } from '../order.ts';

export interface BaseRevision {
  /** The revision as given, e.g. `origin/main`. */
  name: string;
  /** The commit compared with: the merge base of the revision and HEAD, so that changes made on the target branch since are not attributed to this branch. */
  commit: string;
  /** True when `commit` is the merge base rather than the revision itself. */
  mergeBase: boolean;
}

export interface SnapshotOptions {
  /** Compare with the merge base of the revision and HEAD (default), or with the revision itself. */
  mergeBase?: boolean;
}

export type SnapshotResult = { ok: true; base: BaseRevision; files: SourceFile[]; extra: SourceFile[] } | { ok: false; message: string; hint: string };

/**
 * Resolves `revision` to the commit to compare with: by default its merge base with HEAD (what a
 * pull request is compared with), or exactly that commit.
 */
export function resolveBase(repository: Repository, revision: string, options: SnapshotOptions = {}): { ok: true; base: BaseRevision } | { ok: false; message: string; hint: string } {
  if (revision.startsWith('-') || /\s/.test(revision)) {
    return { ok: false, message: `"${revision}" is not a revision name.`, hint: 'Give a branch, tag or commit, e.g. --base origin/main.' };
  }
  const commit = runGit(repository.root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if (!commit.ok) {
    return {
      ok: false,
      message: `The base revision "${revision}" is not in this clone${repository.shallow ? ' (it is a shallow clone)' : ''}.`,
      hint: `Fetch it first (git fetch origin), or in CI check out with full history (actions/checkout with fetch-depth: 0).`,
    };
  }
  const sha = commit.stdout.toString('utf8').trim();
  if (options.mergeBase === false) return { ok: true, base: { name: revision, commit: sha, mergeBase: false } };
  const mergeBase = runGit(repository.root, ['merge-base', 'HEAD', sha]);
  const base = mergeBase.ok ? mergeBase.stdout.toString('utf8').trim() : sha;
  return { ok: true, base: { name: revision, commit: base, mergeBase: base !== sha } };
}

/**
 * The files of the handbook at `revision`. `files` are the model's sources (as `readSources`
 * returns them from disk); `extra` are the other files under `data/` that have their own loaders
 * (approval records).
 */
export function readSnapshot(repository: Repository, revision: string, options: SnapshotOptions = {}): SnapshotResult {
  const resolved = resolveBase(repository, revision, options);
  if (!resolved.ok) return resolved;
  const { base } = resolved;
  const list = runGit(repository.top, ['ls-tree', '-r', '-z', base.commit, '--', ...HISTORY_FOLDERS.map((f) => repositoryPath(repository, f))]);
  if (!list.ok) return { ok: false, message: `The files at ${revision} cannot be listed: ${list.failure}.`, hint: 'Check that the revision exists: git log -1 ' + revision };
  const entries: { path: string; oid: string }[] = [];
  for (const line of list.stdout.toString('utf8').split('\0')) {
    // Symbolic links (mode 120000) are blobs holding the link's target, not content.
    const m = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (!m || m[1] === '120000') continue;
    const path = handbookPath(repository, m[3]!);
    // The files the check reads in the working tree (src/core/model/sources.ts), named the same way.
    if (path !== undefined && /\.(ya?ml|csv|mdx?)$/i.test(path) && classifySourcePath(path) === 'read') entries.push({ path, oid: m[2]! });
  }
  const objects = readObjects(repository.top, entries.map((e) => e.oid));
  if ('failure' in objects) return { ok: false, message: `The files at ${revision} cannot be read: ${objects.failure}.`, hint: 'Run the command again; if it persists, check the clone with git fsck.' };
  const files: SourceFile[] = [];
  const extra: SourceFile[] = [];
  entries.forEach((entry, i) => {
    const object = objects[i]!;
    const read = object.found ? textOfBytes(entry.path, object.content) : undefined;
    if (!read?.ok) return;
    const text = read.text;
    (isModelSource(entry.path) ? files : extra).push({ path: entry.path, text });
  });
  files.sort((a, b) => compareText(a.path, b.path));
  return { ok: true, base, files, extra };
}

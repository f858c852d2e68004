/**
 * Where the handbook sits in Git. The handbook root (the folder holding `content/` and `data/`)
 * may be the top of a repository, a folder inside one, or not in a repository at all (a
 * downloaded archive, a build container without `.git`).
 */
import { resolve } from 'node:path';
import { runGit } from './exec.ts';

export interface Repository {
  /** Absolute path of the handbook root. */
  root: string;
  /** Absolute path of the repository's top folder. */
  top: string;
  /** The handbook root relative to the top, with a trailing slash, or `''` at the top itself. */
  prefix: string;
  /** A shallow clone holds only the latest commits, so histories in it are incomplete. */
  shallow: boolean;
}

export type RepositoryLookup = { found: true; repository: Repository } | { found: false; reason: string };

/** One `git rev-parse` in the handbook root. */
export function findRepository(root: string): RepositoryLookup {
  const abs = resolve(root);
  const out = runGit(abs, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']);
  if (!out.ok) {
    const reason = /not a git repository/i.test(out.failure ?? '') ? 'the handbook is not in a Git checkout' : (out.failure ?? 'git failed');
    return { found: false, reason };
  }
  const [top = abs, prefix = '', shallow = 'false'] = out.stdout.toString('utf8').split('\n');
  return { found: true, repository: { root: abs, top, prefix, shallow: shallow.trim() === 'true' } };
}

/** A path relative to the handbook root as Git names it (relative to the repository top). */
export function repositoryPath(repository: Repository, path: string): string {
  return repository.prefix + path;
}

/** A path as Git names it, relative to the handbook root; undefined when it lies outside the handbook. */
export function handbookPath(repository: Repository, gitPath: string): string | undefined {
  return gitPath.startsWith(repository.prefix) ? gitPath.slice(repository.prefix.length) : undefined;
}

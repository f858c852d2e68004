/**
 * The history of every document from one list of commits: for each file of the handbook, the
 * commits that touched it (newest first), its last change and its authors. Renames are followed:
 * a commit that renamed `old.mdx` to `new.mdx` and every commit before it that touched `old.mdx`
 * belong to the history of `new.mdx`.
 */
import type { Commit, FileStatus, GitPerson } from './log-format.ts';

export interface DocumentCommit {
  hash: string;
  date: string;
  author: GitPerson;
  coAuthors: GitPerson[];
  subject: string;
  status: FileStatus;
  /** The document's path at that commit, relative to the repository top (differs from today's after a rename). */
  gitPath: string;
}

export interface DocumentAuthor extends GitPerson {
  /** Commits by this person (as author or co-author). */
  commits: number;
  /** Date of their latest commit. */
  last: string;
}

export interface DocumentHistory {
  /** Path relative to the handbook root, as it is today. */
  path: string;
  /** Newest first. */
  commits: DocumentCommit[];
  /** Everyone who wrote a commit of the document, most commits first. */
  authors: DocumentAuthor[];
}

export type History =
  | {
      available: true;
      /** History per path relative to the handbook root. A file without commits (not committed yet) is absent. */
      documents: ReadonlyMap<string, DocumentHistory>;
    }
  | {
      available: false;
      /** Why, in a phrase: `the handbook is not in a Git checkout`, `this is a shallow clone`. */
      reason: string;
    };

/**
 * Builds the histories from commits listed newest first. `toHandbookPath` maps a repository path
 * to a path below the handbook root, or undefined for files outside it.
 */
export function buildHistories(commits: readonly Commit[], toHandbookPath: (gitPath: string) => string | undefined): Map<string, DocumentHistory> {
  const histories = new Map<string, DocumentHistory>();
  // Older name → today's name, learnt from renames as the walk goes back in time.
  const renamedTo = new Map<string, string>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const current = renamedTo.get(file.path) ?? file.path;
      const path = toHandbookPath(current);
      if (file.status === 'renamed' && file.from !== undefined) renamedTo.set(file.from, current);
      if (path === undefined) continue;
      let history = histories.get(path);
      if (!history) histories.set(path, (history = { path, commits: [], authors: [] }));
      history.commits.push({
        hash: commit.hash,
        date: commit.date,
        author: commit.author,
        coAuthors: commit.coAuthors,
        subject: commit.subject,
        status: file.status,
        gitPath: file.path,
      });
    }
  }
  for (const history of histories.values()) history.authors = authorsOf(history.commits);
  return histories;
}

/** Authors and co-authors, one entry per email (or name when there is no email), most commits first. */
export function authorsOf(commits: readonly DocumentCommit[]): DocumentAuthor[] {
  const byKey = new Map<string, DocumentAuthor>();
  for (const c of commits) {
    for (const person of [c.author, ...c.coAuthors]) {
      const key = (person.email || person.name).toLowerCase();
      const entry = byKey.get(key);
      if (entry) {
        entry.commits++;
        if (c.date > entry.last) entry.last = c.date;
      } else byKey.set(key, { ...person, commits: 1, last: c.date });
    }
  }
  return [...byKey.values()].sort((a, b) => b.commits - a.commits || (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
}

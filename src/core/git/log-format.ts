/**
 * The format of the one `git log` the handbook runs, and its parser. Kept apart from the process
 * so that parsing is tested on plain text.
 *
 * With `-z`, git separates the fields of the name-status list by NUL and never quotes paths, so
 * paths with spaces or Chinese characters arrive as written. Each commit starts with an ASCII
 * record separator (0x1E) and its header fields are joined by a unit separator (0x1F); neither can
 * appear in a path or a one-line subject.
 */

/** `%x1e` hash, committer date, author name and email, subject, co-authors (joined by 0x1D). */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%an%x1f%ae%x1f%s%x1f%(trailers:key=Co-authored-by,valueonly,separator=%x1d)';

export interface GitPerson {
  name: string;
  email: string;
}

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface FileChange {
  status: FileStatus;
  /** Path after the commit, relative to the repository top. */
  path: string;
  /** For a rename or copy: the path before. */
  from?: string;
}

export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with the committer's offset, e.g. `2026-03-12T09:41:00+08:00`: when the change entered the branch. */
  date: string;
  author: GitPerson;
  /** People named in `Co-authored-by:` trailers. */
  coAuthors: GitPerson[];
  /** The first line of the commit message. */
  subject: string;
  files: FileChange[];
}

const STATUS: Record<string, FileStatus> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'type-changed' };

/** Parses the output of `git log -z --name-status --format=LOG_FORMAT`, newest commit first. */
export function parseLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split('\x1e')) {
    if (record === '') continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
    const [hash = '', date = '', name = '', email = '', subject = '', trailers = ''] = header.split('\x1f');
    if (!/^[0-9a-f]{7,64}$/.test(hash)) continue;
    const tokens = headerEnd < 0 ? [] : record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    const files: FileChange[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const code = tokens[i]!.trim();
      if (code === '') continue;
      const status = STATUS[code[0]!];
      if (!status) continue;
      if (status === 'renamed' || status === 'copied') {
        const from = tokens[++i];
        const path = tokens[++i];
        if (from !== undefined && path !== undefined) files.push({ status, path, from });
      } else {
        const path = tokens[++i];
        if (path !== undefined) files.push({ status, path });
      }
    }
    commits.push({ hash, date, author: { name, email }, coAuthors: parseCoAuthors(trailers), subject, files });
  }
  return commits;
}

/** `Chen Jing <chen.jing@example.com>` trailers, separated by 0x1D. */
function parseCoAuthors(trailers: string): GitPerson[] {
  return trailers
    .split('\x1d')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => {
      const m = /^(.*?)\s*<([^>]*)>$/.exec(t);
      return m ? { name: m[1]!, email: m[2]! } : { name: t, email: '' };
    });
}

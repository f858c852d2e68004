/**
 * Temporary Git repositories with dated commits by named authors, for the document-control tests.
 * Git runs isolated from the machine's own configuration.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Author {
  name: string;
  email: string;
}

export const ANN: Author = { name: 'Ann Lee', email: 'ann.lee@example.com' };
export const BO: Author = { name: 'Bo Chen', email: 'bo.chen@example.com' };

/** Environment that keeps git away from the user's and system's configuration. */
export const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
// The code under test starts git with this process's environment: isolate it too.
Object.assign(process.env, GIT_ENV);

export class TempRepo {
  /** The repository's top folder. */
  readonly top: string;
  /** The handbook root: the top, or a folder inside it. */
  readonly root: string;

  constructor(handbookFolder = '') {
    this.top = mkdtempSync(join(tmpdir(), 'sqms-git-'));
    this.root = handbookFolder ? join(this.top, handbookFolder) : this.top;
    mkdirSync(this.root, { recursive: true });
    this.git(['init', '-q', '-b', 'main']);
  }

  git(args: string[], env: Record<string, string> = {}): string {
    return execFileSync('git', args, { cwd: this.top, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...env } });
  }

  /** Writes files relative to the handbook root. */
  write(files: Map<string, string> | Record<string, string>): this {
    for (const [path, text] of files instanceof Map ? files : Object.entries(files)) {
      const target = join(this.root, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.root, path));
    return this;
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(join(this.root, to)), { recursive: true });
    renameSync(join(this.root, from), join(this.root, to));
    return this;
  }

  /** Commits everything as `author` at `date` (ISO with offset); returns the commit's hash. */
  commit(message: string, author: Author, date: string): string {
    this.git(['add', '-A']);
    this.git(['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  cleanup(): void {
    rmSync(this.top, { recursive: true, force: true });
  }
}

/**
 * The one place that starts `git`. Every caller passes a whole argument list (no shell) and asks
 * for everything it needs in one process: one `git log` for the history of every document, one
 * `git cat-file --batch` for any number of file versions. The number of processes per build or
 * check is constant, whatever the number of documents.
 */
import { spawnSync } from 'node:child_process';

/**
 * The default `maxBuffer` of `spawnSync` is 1 MiB. Starlight raised its own after a site of about
 * 4,800 pages and 17,000 commits overflowed it with `git log --name-status`
 * (withastro/starlight, packages/starlight/utils/git.ts). A handbook of 5,000 SOPs with years of
 * history is the same order of size; 512 MiB leaves room for far larger repositories and costs
 * nothing until it is used. When even that overflows, callers report history as unavailable.
 */
export const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

export interface GitOutput {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
  /** Why the command failed, in words, when `ok` is false. */
  failure?: string;
}

/** How many git processes were started (tests use it to prove work is done in one pass). */
export const gitProcesses = { count: 0 };

/** Runs `git args…` in `cwd`. Never throws: a missing git or a failing command is `ok: false`. */
export function runGit(cwd: string, args: readonly string[], input?: string): GitOutput {
  gitProcesses.count++;
  const result = spawnSync('git', args, {
    cwd,
    input,
    maxBuffer: MAX_OUTPUT_BYTES,
    windowsHide: true,
    env: {
      ...process.env,
      // Never wait for credentials or an editor; keep messages in English for the reasons shown.
      GIT_TERMINAL_PROMPT: '0',
      GIT_OPTIONAL_LOCKS: '0',
      LC_ALL: 'C',
      LANGUAGE: 'C',
    },
  });
  const stdout = result.stdout ?? Buffer.alloc(0);
  const stderr = result.stderr ? result.stderr.toString('utf8') : '';
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    const failure =
      code === 'ENOENT'
        ? 'git is not installed (or not on the PATH)'
        : code === 'ENOBUFS'
          ? `git printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`
          : result.error.message;
    return { ok: false, stdout, stderr, failure };
  }
  if (result.status !== 0) {
    return { ok: false, stdout, stderr, failure: firstLine(stderr) || `git ${args[0]} exited with status ${result.status}` };
  }
  return { ok: true, stdout, stderr };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.replace(/^(fatal|error): /, '') ?? '';
}

/**
 * Reads many objects from Git with ONE `git cat-file --batch`: the names go in on standard input,
 * one per line (`<commit>:<path>` or an object id), and the contents come back in order. The
 * parsing works on bytes, because sizes are byte counts and documents are UTF-8.
 */
import { runGit } from './exec.ts';

export type ObjectResult = { found: true; type: string; content: Buffer } | { found: false };

/** Reads `names` (in the repository at `cwd`); returns one result per name, in the same order. */
export function readObjects(cwd: string, names: readonly string[]): ObjectResult[] | { failure: string } {
  if (names.length === 0) return [];
  if (names.some((n) => /[\n\r]/.test(n))) return { failure: 'an object name contains a line break' };
  const out = runGit(cwd, ['cat-file', '--batch'], names.join('\n') + '\n');
  if (!out.ok) return { failure: out.failure ?? 'git cat-file failed' };
  return parseBatch(out.stdout, names.length);
}

/** Parses `git cat-file --batch` output holding `count` answers. */
export function parseBatch(buffer: Buffer, count: number): ObjectResult[] {
  const results: ObjectResult[] = [];
  let pos = 0;
  while (results.length < count && pos < buffer.length) {
    const eol = buffer.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = buffer.toString('utf8', pos, eol);
    pos = eol + 1;
    // `<name> missing` or `<name> ambiguous`
    if (/ (missing|ambiguous)$/.test(header)) {
      results.push({ found: false });
      continue;
    }
    const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
    if (!m) {
      results.push({ found: false });
      continue;
    }
    const size = Number(m[2]);
    results.push({ found: true, type: m[1]!, content: buffer.subarray(pos, pos + size) });
    pos += size + 1; // the content is followed by a newline
  }
  while (results.length < count) results.push({ found: false });
  return results;
}

/** Decodes UTF-8 strictly; undefined for text that is not valid UTF-8. */
export function decodeUtf8(content: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return undefined;
  }
}

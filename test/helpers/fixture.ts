/**
 * Test helpers: the valid fixture handbook as in-memory files, small patches applied to it, and
 * the handbook built from them with today fixed (through the shared builder, `handbook.ts`).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadOptions } from '../../src/core/load.ts';
import { readSources } from '../../src/core/model/sources.ts';
import type { LoadResult } from '../../src/core/model/handbook.ts';
import { loadFiles, writeHandbook, TODAY } from './handbook.ts';

export { TODAY };
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VALID_ROOT = fileURLToPath(new URL('../fixtures/valid', import.meta.url));

/** Path → text of every source file of the valid fixture (read once, copied per call). */
let cache: Map<string, string> | undefined;
export function validFiles(): Map<string, string> {
  if (!cache) {
    const { files, problems } = readSources(VALID_ROOT);
    if (problems.length > 0) throw new Error(`unreadable fixture files: ${problems.map((u) => u.path).join(', ')}`);
    cache = new Map(files.map((f) => [f.path, f.text]));
  }
  return new Map(cache);
}

/** A change to the valid fixture. */
export interface Patch {
  /** Whole files to write (`string`) or delete (`null`). */
  files?: Record<string, string | null>;
  /** Replace exactly one occurrence of `from` by `to` in `file` (the test fails if `from` is not there once). */
  replace?: readonly { file: string; from: string; to: string }[];
  /** Text added at the end of a file. */
  append?: readonly { file: string; text: string }[];
  /** Any other change, applied last. */
  edit?: (files: Map<string, string>) => void;
}

export function applyPatch(base: Map<string, string>, patch: Patch): Map<string, string> {
  const files = new Map(base);
  for (const [path, text] of Object.entries(patch.files ?? {})) {
    if (text === null) {
      if (!files.delete(path)) throw new Error(`patch deletes ${path}, which the fixture does not have`);
    } else files.set(path, text);
  }
  for (const { file, from, to } of patch.replace ?? []) {
    const text = files.get(file);
    if (text === undefined) throw new Error(`patch edits ${file}, which the fixture does not have`);
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`patch expects ${JSON.stringify(from)} once in ${file}, found it ${count} times`);
    files.set(file, text.replace(from, () => to));
  }
  for (const { file, text } of patch.append ?? []) {
    const current = files.get(file);
    if (current === undefined) throw new Error(`patch appends to ${file}, which the fixture does not have`);
    files.set(file, current + text);
  }
  patch.edit?.(files);
  return files;
}

/** Builds the handbook from in-memory files, in path order as `readSources` would give them. */
export function build(files: Map<string, string>, options: LoadOptions = {}): LoadResult {
  return loadFiles(files, options);
}

/** Builds the valid fixture with `patch` applied. */
export function buildPatched(patch: Patch, options: LoadOptions = {}): LoadResult {
  return build(applyPatch(validFiles(), patch), options);
}

/** Writes `files` into a new temporary folder; returns its path. */
export function writeTempHandbook(files: Map<string, string>): string {
  return writeHandbook(files);
}

/** A temporary copy of the valid fixture on disk. */
export function copyValidFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqms-test-'));
  cpSync(VALID_ROOT, dir, { recursive: true });
  return dir;
}

export function removeTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

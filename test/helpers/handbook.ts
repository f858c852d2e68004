/**
 * The one way tests make a handbook: write its files (text, or objects written as YAML) and load
 * them through the real loader (`buildHandbook`: model, derive, rules), in memory or in a
 * temporary folder. A test that needs a handbook never builds the model's objects by hand, so
 * what it sees is what the check and the build see.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { buildHandbook, type LoadOptions } from '../../src/core/load.ts';
import type { LoadResult } from '../../src/core/model/handbook.ts';
import { classifySourcePath, type SourceFile } from '../../src/core/model/sources.ts';
import { compareText } from '../../src/core/order.ts';

/** The day tests evaluate handbooks on, unless they say otherwise. */
export const TODAY = '2026-11-22';

/** A handbook's files by path below its root: the text, or a value written as YAML. */
export type HandbookFiles = ReadonlyMap<string, string | object> | Readonly<Record<string, string | object>>;

/** A value as a YAML file holds it: an entity's `origin` (where it was read from) and undefined fields left out. */
export function yamlText(value: object): string {
  return stringify(value, (key, v: unknown) => (key === 'origin' || typeof v === 'function' ? undefined : v), { lineWidth: 0 });
}

export interface FileOrder {
  /** `path` (default): as the reader gives them from a folder; `given`: in the order listed (entities are then in that order, as a test lists them). */
  order?: 'path' | 'given';
}

/** The files as texts, in path order as the reader gives them (or in the order given). */
export function sourceFiles(files: HandbookFiles, { order = 'path' }: FileOrder = {}): SourceFile[] {
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  const list = entries.map(([path, content]): SourceFile => {
    const text = typeof content === 'string' ? content : yamlText(content);
    // An image or attachment is read as the reader reads it: its size, and the text of an SVG only.
    if (classifySourcePath(path) === 'asset') return { path, text: /\.svg$/i.test(path) ? text : '', bytes: Buffer.byteLength(text) };
    return { path, text };
  });
  return order === 'path' ? list.sort((a, b) => compareText(a.path, b.path)) : list;
}

/** Loads a handbook from files held in memory (`today` is `TODAY` unless given). */
export function loadFiles(files: HandbookFiles, options: LoadOptions & FileOrder = {}, root = '/fixture'): LoadResult {
  const { order, ...load } = options;
  return buildHandbook(root, sourceFiles(files, { order }), { today: TODAY, ...load });
}

/** Writes the files into a new temporary folder (for what reads a folder: the command line, Git, the build); returns its path. */
export function writeHandbook(files: HandbookFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqms-test-'));
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [path, content] of entries) {
    const text = typeof content === 'string' ? content : yamlText(content);
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

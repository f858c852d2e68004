/**
 * YAML parsing that remembers where every value came from, so that a schema error in
 * `steps[2].timeLimit` can be reported at its own line and column.
 *
 * YAML 1.2 core schema: `yes`, `on` and `no` stay strings (a boolean field given `yes` is an error,
 * not a silent `true`), and dates stay strings to be checked against the calendar.
 */
import { LineCounter, isMap, isSeq, isScalar, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.ts';

export type Path = readonly (string | number)[];

export interface YamlSource {
  file: string;
  /** The plain JavaScript value of the document (undefined when it could not be parsed). */
  value: unknown;
  /** Where the value at `path` starts; falls back to the nearest ancestor that exists. */
  locate(path: Path): SourcePosition;
  /** Where the key of the value at `path` starts (for "unknown field" and "missing field"). */
  locateKey(path: Path): SourcePosition;
  /** Whether the value at `path` was written in the source as a plain scalar of that text. */
  sourceText(path: Path): string | undefined;
}

/**
 * Parses `text` as YAML. Syntax errors and duplicate keys go to `bag`; when there are any, `value`
 * is undefined so that nothing half-parsed is used.
 * @param lineOffset lines before the YAML in its file (frontmatter starts after the `---` line).
 */
export function parseYamlSource(file: string, text: string, bag: DiagnosticBag, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  let ok = true;
  for (const error of doc.errors) {
    ok = false;
    const duplicate = error.code === 'DUPLICATE_KEY';
    bag.report(
      duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
      at(error.pos[0]),
      duplicate ? 'This key appears twice in the same mapping.' : firstLine(error.message),
      duplicate
        ? 'Keep one of the two entries; YAML would otherwise silently keep only the last value.'
        : 'Check indentation (spaces, not tabs), the colon after each key, and quotes around text containing ": " or "#".',
    );
  }
  const value = ok ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return {
    file,
    value,
    locate: (path) => at(nodeAt(doc, path, false)?.range?.[0] ?? 0),
    locateKey: (path) => at(nodeAt(doc, path, true)?.range?.[0] ?? 0),
    sourceText: (path) => {
      const node = nodeAt(doc, path, false);
      return node && isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** The node at `path`, or its nearest existing ancestor. With `key`, the key node of the last step. */
function nodeAt(doc: Document, path: Path, key: boolean): Node | undefined {
  let node: Node | null | undefined = doc.contents;
  let parent: Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (!node) break;
    if (isMap(node)) {
      const pair: Pair | undefined = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      if (!pair) return node;
      parent = node;
      if (key && i === path.length - 1) return (pair.key as Node) ?? node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return node;
      parent = node;
      node = item;
    } else {
      return node;
    }
  }
  return node ?? parent ?? undefined;
}

/**
 * YAML parsing that remembers where every value came from, so that a schema error in
 * `steps[2].timeLimit` can be reported at its own line and column.
 *
 * YAML 1.2 core schema: `yes`, `on` and `no` stay strings (a boolean field given `yes` is an error,
 * not a silent `true`), and dates stay strings to be checked against the calendar.
 */
import { LineCounter, isMap, isSeq, isScalar, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import jsyaml from 'js-yaml';
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.ts';
import { LIMITS } from './limits.ts';
import { checkAliasExpansion } from './yaml-aliases.ts';
import { outlinePosition, yamlOutline, type YamlOutline } from './yaml-outline.ts';

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
 *
 * Two parsers, one meaning: js-yaml reads the value (about ten times faster, which matters for
 * thousands of SOPs and large measurement files), and the `yaml` library builds the full syntax
 * tree with positions only when something must be located or reported. Both use the YAML 1.2
 * core schema and reject duplicate keys.
 * @param lineOffset lines before the YAML in its file (frontmatter starts after the `---` line).
 */
export function parseYamlSource(file: string, text: string, bag: DiagnosticBag, lineOffset = 0): YamlSource {
  let tree: { doc: Document; at: (offset: number) => SourcePosition } | undefined;
  const parseTree = () => {
    if (tree) return tree;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
    const at = (offset: number): SourcePosition => {
      const { line, col } = lineCounter.linePos(offset);
      return { file, line: line + lineOffset, column: col };
    };
    return (tree = { doc, at });
  };

  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false }) ?? null; // an empty document is null, as in `yaml`
    if (text.includes('*')) {
      const aliases = checkAliasExpansion(value, LIMITS.yamlAliasExpansion);
      if (!aliases.ok) {
        value = undefined;
        const { doc, at } = parseTree();
        let first: number | undefined;
        visit(doc, {
          Alias(_, node) {
            first = node.range?.[0];
            return visit.BREAK;
          },
        });
        bag.report(
          'limit/yaml-aliases',
          at(first ?? 0),
          aliases.reason === 'cyclic'
            ? 'An alias (`*name`) here is used inside its own anchor (`&name`): the value would never end.'
            : `The aliases (\`*name\`) of this document expand to ${aliases.values > 1e15 ? 'more than a million billion' : aliases.values.toLocaleString('en')} values, far more than it holds; it is not read.`,
          'Write the values out instead of repeating them with anchors and aliases; the handbook needs no aliases.',
        );
      }
    }
  } catch (error) {
    value = undefined;
    const { doc, at } = parseTree();
    const opening = unclosedOpenings(doc);
    // A quote never closed swallows the ] or } after it: the bracket's error is its consequence.
    const openQuotes = new Set(doc.errors.filter((e) => /Missing closing .quote/.test(e.message)).map((e) => e.pos[0]));
    for (const e of doc.errors) {
      const duplicate = e.code === 'DUPLICATE_KEY';
      const unclosed = duplicate ? undefined : opening(e.pos[0], firstLine(e.message));
      if (unclosed && unclosed.close !== '"' && unclosed.close !== "'" && openQuotes.has(e.pos[0])) continue;
      if (unclosed) {
        const end = at(e.pos[0]);
        bag.report('yaml/syntax', at(unclosed.start), `${unclosed.what} opened here is never closed (the parser looked for its closing ${unclosed.close} up to line ${end.line}).`, `Add the closing ${unclosed.close} at the end of the value, or remove the opening one.`);
        continue;
      }
      bag.report(
        duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
        at(e.pos[0]),
        duplicate ? 'This key appears twice in the same mapping.' : firstLine(e.message),
        duplicate ? DUPLICATE_HINT : SYNTAX_HINT,
      );
    }
    if (doc.errors.length === 0) {
      // The two parsers disagree; report what js-yaml saw rather than let the file pass.
      const mark = (error as { mark?: { line: number; column: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? (error as Error).message;
      const duplicate = /duplicate/i.test(reason);
      bag.report(
        duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
        { file, line: (mark?.line ?? 0) + 1 + lineOffset, column: (mark?.column ?? 0) + 1 },
        duplicate ? 'This key appears twice in the same mapping.' : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,
        duplicate ? DUPLICATE_HINT : SYNTAX_HINT,
      );
    }
  }
  // Positions come from the lines of the text, without the syntax tree, where its shape allows
  // (only for a document that parsed): a top-level key written as `key: value` on one line by
  // reading lines up to it (the review rules locate `lastReviewed` of every SOP due for review,
  // hundreds in a large handbook), anything else through the document's outline, built at most once
  // and only when something is located (yaml-outline.ts: a hundredth of the tree's cost). The
  // syntax tree is built, once, only for what the outline cannot place.
  let outline: YamlOutline | null | undefined;
  const quick = (path: Path, key: boolean): SourcePosition | undefined => {
    if (tree || value === undefined) return undefined;
    if (path.length === 1 && typeof path[0] === 'string') {
      const found = topLevelScalar(text, path[0]);
      if (found) return { file, line: found.line + lineOffset, column: key ? 1 : found.valueColumn };
    }
    if (outline === undefined) outline = yamlOutline(text) ?? null;
    const place = outline ? outlinePosition(outline, path, key) : undefined;
    return place && { file, line: place.line + 1 + lineOffset, column: place.column + 1 };
  };
  return {
    file,
    value,
    locate: (path) => {
      const fast = quick(path, false);
      if (fast) return fast;
      const { doc, at } = parseTree();
      return at(nodeAt(doc, path, false)?.range?.[0] ?? 0);
    },
    locateKey: (path) => {
      const fast = quick(path, true);
      if (fast) return fast;
      const { doc, at } = parseTree();
      return at(nodeAt(doc, path, true)?.range?.[0] ?? 0);
    },
    sourceText: (path) => {
      const node = nodeAt(parseTree().doc, path, false);
      return node && isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    },
  };
}

/** Plain keys of a block mapping: letters, digits, `_` and `-` (the handbook's field names). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Where the top-level key `key` and its value start, when the document is a block mapping whose
 * line for that key reads `key: value` with a plain or quoted scalar on the same line (1-based
 * line and column); undefined for anything else (the caller uses the syntax tree). Lines at column
 * 0 of a block mapping are its keys: values running over several lines are indented.
 */
export function topLevelScalar(text: string, key: string): { line: number; valueColumn: number } | undefined {
  if (!PLAIN_KEY.test(key)) return undefined;
  let line = 0;
  let start = 0;
  let first = true;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const row = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    line++;
    if (first && row.trim() !== '' && !row.startsWith('#')) {
      // The document must start as a block mapping: a plain key at column 0.
      if (!/^[A-Za-z_][A-Za-z0-9_-]*\s*:(\s|$)/.test(row)) return undefined;
      first = false;
    }
    if (row.startsWith(key)) {
      const rest = row.slice(key.length);
      const m = /^( *): +(?=\S)/.exec(rest);
      if (m && m[1] === '') {
        const column = key.length + m[0].length + 1;
        const c = row.charAt(column - 1);
        // Plain or quoted scalars only: not a comment, block scalar, anchor, alias, tag or flow collection.
        return '#|>&*![{%@`'.includes(c) ? undefined : { line, valueColumn: column };
      }
      if (rest.startsWith(':')) return undefined; // `key:` with its value on the next lines
    }
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}

/**
 * Where the value at `path` (with `key`, the key of its last step) starts according to the `yaml`
 * library's full syntax tree, 1-based, for a parsed document: what `locate` and `locateKey` answer
 * (for tests that compare cheaper ways of finding positions with it).
 */
export function treeLocator(text: string): (path: Path, key: boolean) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
  return (path, key) => {
    const { line, col } = lineCounter.linePos(nodeAt(doc, path, key)?.range?.[0] ?? 0);
    return { line, column: col };
  };
}

const DUPLICATE_HINT = 'Keep one of the two entries; YAML would otherwise silently keep only the last value.';
const SYNTAX_HINT = 'Check indentation (spaces, not tabs), the colon after each key, and quotes around text containing ": " or "#".';

/**
 * For an error about a quote, `[` or `{` that is never closed (which the parser notices only where
 * it gives up, often lines later), where that quote or bracket opens: the node of that kind that
 * ends where the error is. Each node is used once, innermost first.
 */
function unclosedOpenings(doc: Document): (offset: number, message: string) => { start: number; what: string; close: string } | undefined {
  const nodes: { start: number; end: number; kind: string }[] = [];
  visit(doc, (_, node) => {
    if (!node || typeof node !== 'object' || !('range' in node) || !node.range) return;
    const n = node as Node & { type?: string; flow?: boolean };
    const kind = isScalar(n) ? n.type : isSeq(n) && n.flow ? 'FLOW_SEQ' : isMap(n) && n.flow ? 'FLOW_MAP' : undefined;
    if (kind === 'QUOTE_DOUBLE' || kind === 'QUOTE_SINGLE' || kind === 'FLOW_SEQ' || kind === 'FLOW_MAP') nodes.push({ start: n.range![0], end: n.range![1], kind });
  });
  nodes.sort((a, b) => b.start - a.start);
  const used = new Set<number>();
  return (offset, message) => {
    const kind = /Missing closing "quote/.test(message)
      ? 'QUOTE_DOUBLE'
      : /Missing closing 'quote/.test(message)
        ? 'QUOTE_SINGLE'
        : /end with a \]/.test(message)
          ? 'FLOW_SEQ'
          : /end with a \}/.test(message)
            ? 'FLOW_MAP'
            : undefined;
    if (!kind) return undefined;
    const found = nodes.find((n, i) => !used.has(i) && n.kind === kind && n.end === offset && (used.add(i), true));
    if (!found) return undefined;
    const words = { QUOTE_DOUBLE: ['The quote "', '"'], QUOTE_SINGLE: ["The quote '", "'"], FLOW_SEQ: ['The [', ']'], FLOW_MAP: ['The {', '}'] }[kind];
    return { start: found.start, what: words[0]!, close: words[1]! };
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

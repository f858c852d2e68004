/**
 * Where each key and value of a YAML document starts, read from its lines in one pass, for the
 * usual shape of the handbook's files: block mappings and sequences, with flow mappings and
 * sequences (`{ kept: 26, of: 28 }`) and plain or quoted scalars each on one line, and comments.
 *
 * The `yaml` library's full syntax tree gives the same positions, but building it for a register of
 * 2,000 lines takes a tenth of a second, and one warning in each of 36 monthly files made the check
 * of a large handbook spend four seconds on them. The outline is about a hundred times cheaper.
 * It answers only where it is sure to agree with the syntax tree: for anything else (block scalars,
 * anchors, aliases and tags, multi-line flow collections or quoted scalars, keys that are not plain
 * words, a value left empty, tabs, a byte-order mark, several documents) `yamlOutline` returns
 * undefined, or `outlinePosition` does for that path, and the caller builds the syntax tree.
 * (test/core/source/yaml-outline.test.ts compares the two on every path of every YAML file of the
 * sample and the test fixtures.)
 */

/** A 0-based line and column of the text. */
export interface OutlinePlace {
  line: number;
  column: number;
}

type OutlineNode =
  | { kind: 'map'; at: OutlinePlace; pairs: Map<string, { key: OutlinePlace; value: OutlineNode }> }
  | { kind: 'seq'; at: OutlinePlace; items: OutlineNode[] }
  | { kind: 'scalar'; at: OutlinePlace }
  /** A value the outline does not place (an empty value): the syntax tree must. */
  | { kind: 'unplaced' }
  /** A mapping that is an item of a sequence, read when a path goes into it (then `read` is replaced by its node, or by undefined when the outline cannot read it). */
  | { kind: 'item'; read: (() => OutlineNode | undefined) | undefined; node?: Placed | undefined };
type Placed = Exclude<OutlineNode, { kind: 'item' }>;

export interface YamlOutline {
  root: OutlineNode;
}

/** The shape is not one the outline reads: use the syntax tree. */
class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

/** A plain key: a word (letters, digits, `_`, `-`, `.`, `/`), not one YAML reads as null or a boolean. */
const PLAIN_KEY = /^([A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\/\u4e00-\u9fff-]*)( *):(?= |$)/;
const QUOTED_KEY = /^("([^"\\]*)"|'([^']*)')( *):(?= |$)/;
const NOT_A_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** Characters that start something the outline does not read: anchors, aliases, tags, block scalars, complex keys, directives, reserved. */
const UNSUPPORTED_START = '&*!|>?%@`';

interface Line {
  /** Index of the line in the text. */
  n: number;
  indent: number;
  /** The line without its line break. */
  text: string;
}

/** The outline of `text`, or undefined when its shape is not one the outline reads. */
export function yamlOutline(text: string): YamlOutline | undefined {
  if (text.includes('\t') || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines: Line[] = [];
  let n = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const content = line.trimStart();
    if (content !== '' && !content.startsWith('#')) {
      if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%')) return undefined;
      if (line.includes('\r')) return undefined;
      lines.push({ n, indent: line.length - content.length, text: line });
    }
    n++;
  }
  if (lines.length === 0) return undefined;
  try {
    const reader = new Reader(lines);
    const first = lines[0]!;
    const root = startsItem(first.text, first.indent) ? reader.seq(0, first.indent) : reader.map(0, first.indent);
    if (reader.next !== lines.length) return undefined; // something after the root at a smaller indent
    return { root: root.node };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * Where the value at `path` (or, with `key`, the key of its last step) starts, as the syntax tree
 * places it: the nearest ancestor that exists when the path goes further than the document.
 * Undefined when the outline cannot tell.
 */
export function outlinePosition(outline: YamlOutline, path: readonly (string | number)[], key: boolean): OutlinePlace | undefined {
  let next: OutlineNode = outline.root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const node = readItem(next);
    if (!node || node.kind === 'unplaced') return undefined;
    if (node.kind === 'map') {
      const pair = typeof step === 'string' ? node.pairs.get(step) : undefined;
      if (!pair) return node.at;
      if (key && i === path.length - 1) return pair.key;
      next = pair.value;
    } else if (node.kind === 'seq' && typeof step === 'number') {
      const item = node.items[step];
      if (!item) return node.at;
      next = item;
    } else {
      return node.at;
    }
  }
  const node = readItem(next);
  return !node || node.kind === 'unplaced' ? undefined : node.at;
}

/** The node of an item read only now, or the node itself. */
function readItem(node: OutlineNode): Placed | undefined {
  if (node.kind !== 'item') return node;
  if (node.read) {
    const read = node.read;
    node.read = undefined;
    try {
      const item = read();
      node.node = item && item.kind !== 'item' ? item : undefined;
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  return node.node;
}

const startsItem = (line: string, column: number) => line[column] === '-' && (column + 1 === line.length || line[column + 1] === ' ');

/** The key that starts at `column` of `line`, with the column after its colon; undefined when none. */
function keyAt(line: string, column: number): { key: string; after: number } | undefined {
  const rest = line.slice(column);
  const plain = PLAIN_KEY.exec(rest);
  if (plain) {
    if (NOT_A_STRING_KEY.test(plain[1]!)) unsupported();
    return { key: plain[1]!, after: column + plain[0].length };
  }
  const quoted = QUOTED_KEY.exec(rest);
  if (quoted) return { key: quoted[2] ?? quoted[3]!, after: column + quoted[0].length };
  return undefined;
}

class Reader {
  /** The index in `lines` of the next line to read. */
  next = 0;
  private readonly lines: readonly Line[];
  constructor(lines: readonly Line[]) {
    this.lines = lines;
  }

  /** A block mapping whose first key starts at `column` of line `index` (its other keys start their lines at that column). */
  map(index: number, column: number): { node: OutlineNode } {
    const pairs = new Map<string, { key: OutlinePlace; value: OutlineNode }>();
    const first = this.lines[index]!;
    const node: OutlineNode = { kind: 'map', at: { line: first.n, column }, pairs };
    let i = index;
    for (;;) {
      const line = this.lines[i]!;
      const found = keyAt(line.text, column) ?? unsupported();
      const keyPlace = { line: line.n, column };
      let value: OutlineNode;
      const valueColumn = skipSpaces(line.text, found.after);
      if (valueColumn < line.text.length && !isComment(line.text, valueColumn)) {
        value = inlineValue(line, valueColumn);
        this.next = i + 1;
        const after = this.lines[this.next];
        if (after && after.indent > column) unsupported(); // a plain scalar going on over lines
      } else {
        const after = this.lines[i + 1];
        if (after && after.indent > column) {
          value = startsItem(after.text, after.indent) ? this.seq(i + 1, after.indent).node : this.map(i + 1, after.indent).node;
        } else if (after && after.indent === column && startsItem(after.text, after.indent)) {
          value = this.seq(i + 1, after.indent).node; // a sequence at the key's own indent
        } else {
          value = { kind: 'unplaced' };
          this.next = i + 1;
        }
      }
      if (!pairs.has(found.key)) pairs.set(found.key, { key: keyPlace, value });
      const following = this.lines[this.next];
      // The mapping goes on with a line starting at its column, unless that line is an item of an outer sequence.
      if (!following || following.indent < column) return { node };
      if (following.indent > column) unsupported();
      if (startsItem(following.text, column)) return { node };
      i = this.next;
    }
  }

  /** A block sequence whose items start with `-` at `column`. */
  seq(index: number, column: number): { node: OutlineNode } {
    const items: OutlineNode[] = [];
    const node: OutlineNode = { kind: 'seq', at: { line: this.lines[index]!.n, column }, items };
    let i = index;
    for (;;) {
      const line = this.lines[i]!;
      if (!startsItem(line.text, column)) unsupported();
      const start = skipSpaces(line.text, column + 1);
      if (start >= line.text.length || isComment(line.text, start)) unsupported(); // `-` alone: the item on the next lines
      if (startsItem(line.text, start)) unsupported(); // `- - a`
      if (keyAt(line.text, start)) {
        // A mapping: its lines are those indented deeper than the `-`; it is read when a path goes into it
        // (a register has thousands of entries, and a warning is about one of them).
        let end = i + 1;
        while (end < this.lines.length && this.lines[end]!.indent > column) end++;
        const lines = this.lines;
        const first = i;
        items.push({
          kind: 'item',
          read: () => {
            const reader = new Reader(lines);
            const item = reader.map(first, start).node;
            return reader.next === end ? item : unsupported();
          },
        });
        this.next = end;
      } else {
        if (/^[^"'{[]*:(?: |$)/.test(line.text.slice(start))) unsupported(); // a key the outline does not read
        items.push(inlineValue(line, start));
        this.next = i + 1;
        const after = this.lines[this.next];
        if (after && after.indent > column) unsupported();
      }
      const following = this.lines[this.next];
      if (!following || following.indent < column || !startsItem(following.text, column)) {
        if (following && following.indent > column) unsupported();
        return { node };
      }
      i = this.next;
    }
  }
}

const skipSpaces = (text: string, i: number) => {
  while (text[i] === ' ') i++;
  return i;
};
/** A `#` starts a comment at the start of the content or after a space. */
const isComment = (text: string, i: number) => text[i] === '#' && (i === 0 || text[i - 1] === ' ');

/** A scalar or flow collection that starts at `column` and ends on its line (then only a comment may follow). */
function inlineValue(line: Line, column: number): OutlineNode {
  const text = line.text;
  const c = text[column]!;
  if (UNSUPPORTED_START.includes(c)) unsupported();
  const at = { line: line.n, column };
  if (c === '{' || c === '[') {
    const flow = new FlowReader(text, line.n);
    const node = flow.node(column);
    restIsEmpty(text, flow.i);
    return node;
  }
  if (c === '"' || c === "'") {
    restIsEmpty(text, endOfQuoted(text, column));
    return { kind: 'scalar', at };
  }
  if (c === '-' && text[column + 1] === ' ') unsupported();
  if (/(?:^|[^ ]): |:$/.test(text.slice(column).replace(/ #.*$/, ''))) unsupported(); // `a: b: c`
  return { kind: 'scalar', at };
}

function restIsEmpty(text: string, from: number): void {
  const i = skipSpaces(text, from);
  if (i < text.length && !isComment(text, i)) unsupported();
}

/** The index after the closing quote of the quoted scalar at `start`; unsupported when it does not close on the line. */
function endOfQuoted(text: string, start: number): number {
  const quote = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return unsupported();
}

/** Flow collections on one line: `{ kept: 26, of: 28 }`, `[a, b]`, nested. */
class FlowReader {
  i = 0;
  private readonly text: string;
  private readonly line: number;
  constructor(text: string, line: number) {
    this.text = text;
    this.line = line;
  }

  node(start: number): OutlineNode {
    const c = this.text[start];
    const at = { line: this.line, column: start };
    if (c === '{') return this.map(start);
    if (c === '[') return this.seq(start);
    if (c === undefined || UNSUPPORTED_START.includes(c) || c === ',' || c === '}' || c === ']' || c === '#') unsupported();
    if (c === '"' || c === "'") {
      this.i = endOfQuoted(this.text, start);
      return { kind: 'scalar', at };
    }
    if (c === '-' && this.text[start + 1] === ' ') unsupported();
    // A plain scalar ends at `,`, `]`, `}` or a comment; `: ` inside it would make it a key.
    let i = start;
    while (i < this.text.length && !',]}'.includes(this.text[i]!) && !(this.text[i] === ' ' && this.text[i + 1] === '#')) {
      if (this.text[i] === ':' && (this.text[i + 1] === ' ' || ',]}'.includes(this.text[i + 1] ?? ','))) unsupported();
      if ('[{'.includes(this.text[i]!)) unsupported();
      i++;
    }
    this.i = i;
    return { kind: 'scalar', at };
  }

  private map(start: number): OutlineNode {
    const pairs = new Map<string, { key: OutlinePlace; value: OutlineNode }>();
    let i = skipSpaces(this.text, start + 1);
    while (this.text[i] !== '}') {
      const found = keyAt(this.text, i) ?? unsupported();
      const keyPlace = { line: this.line, column: i };
      const v = skipSpaces(this.text, found.after);
      if (v >= this.text.length || ',}'.includes(this.text[v]!)) unsupported(); // an empty value
      const value = this.node(v);
      if (!pairs.has(found.key)) pairs.set(found.key, { key: keyPlace, value });
      i = this.separator(skipSpaces(this.text, this.i), '}');
    }
    this.i = i + 1;
    return { kind: 'map', at: { line: this.line, column: start }, pairs };
  }

  private seq(start: number): OutlineNode {
    const items: OutlineNode[] = [];
    let i = skipSpaces(this.text, start + 1);
    while (this.text[i] !== ']') {
      if (keyAt(this.text, i)) unsupported(); // a single-pair mapping inside a sequence
      items.push(this.node(i));
      i = this.separator(skipSpaces(this.text, this.i), ']');
    }
    this.i = i + 1;
    return { kind: 'seq', at: { line: this.line, column: start }, items };
  }

  /** After an entry: a comma (then the next entry or the end) or the closing bracket. */
  private separator(i: number, close: string): number {
    if (this.text[i] === close) return i;
    if (this.text[i] !== ',') unsupported();
    return skipSpaces(this.text, i + 1);
  }
}

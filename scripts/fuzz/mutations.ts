/**
 * Seeded random mutations of a handbook file, the kinds of damage a careless edit, a tool or a
 * malicious pull request does: a flipped byte, a line deleted, duplicated or swapped, a file cut
 * short, indentation changed, odd Unicode, huge numbers, implausible dates, YAML punctuation.
 */

/** A small fast seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);

const UNICODE = [
  '\u200b', '\u200e', '\u202e', '\ufeff', '\u00a0', '\u3000', '\u0301', '\ud83d\ude00', '\u{10ffff}', '\u0085', '\u2028', '\u2029',
  '\u0007', '\u001b', '\r', '\t', '\u000b', '\u000c', '质量', 'Ω', '\ufffd', 'ﬁ', 'İ', 'ß', '\ud800',
];
const HUGE_NUMBERS = ['1e308', '1e309', '-1e308', '99999999999999999999999', '0.0000000000000000000001', '-0', '.inf', '-.inf', '.nan', 'NaN', '0x1F', '1_000', '0o17', '+12', '1e-400', '9007199254740993'];
const DATES = ['9999-12-31', '0000-01-01', '0205-07-01', '2026-02-29', '2024-02-29', '2026-13-01', '2026-00-10', '1899-12-31', '2100-01-01', '275760-09-13', '10000-01-01', '2026-1-1', '2026-12-31T25:00:00Z'];
const PERIODS = ['9999-12', '9999-Q4', '9999-W52', '0205-07', '0000', '2026-W53', '2020-W53', '2026-Q5', '2026-13', '1900-01', '2076', '2077-01', '99999'];
const YAML_BITS = ['&a ', '*a', '*undefined', ': ', '- ', '{', '}', '[', ']', '"', "'", '|', '>', '!!binary ', '!!js/function ', '? ', '#', '%YAML 1.1\n', '---\n', '...\n', '<<: *a\n', '\\', '`', '@', '~', 'null', 'true', '[]', '{}', '""', 'end', '<script>', '{x}', '<br>', '<!-- ', '[a](javascript:alert(1))'];
const TOKENS = /\b\d{4}-(?:\d{2}(?:-\d{2})?|Q\d|W\d{2})\b|\b\d+(?:\.\d+)?\b/g;

export interface Mutation {
  /** What was done, to reproduce it by reading. */
  description: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

type Operator = (text: string, bytes: Uint8Array, rng: Rng) => { description: string; text?: string; bytes?: Uint8Array };

const lineOp = (name: string, f: (lines: string[], i: number, rng: Rng) => void): Operator => (text, _bytes, rng) => {
  const lines = text.split('\n');
  const i = int(rng, lines.length);
  f(lines, i, rng);
  return { description: `${name} line ${i + 1}`, text: lines.join('\n') };
};

const OPERATORS: readonly Operator[] = [
  (_text, bytes, rng) => {
    const copy = bytes.slice();
    const i = int(rng, Math.max(1, copy.length));
    const bit = 1 << int(rng, 8);
    if (copy.length > 0) copy[i] = copy[i]! ^ bit;
    return { description: `flip bit ${bit} of byte ${i}`, bytes: copy };
  },
  (_text, bytes, rng) => {
    const copy = bytes.slice();
    const i = int(rng, Math.max(1, copy.length));
    const value = int(rng, 256);
    if (copy.length > 0) copy[i] = value;
    return { description: `set byte ${i} to ${value}`, bytes: copy };
  },
  lineOp('delete', (lines, i) => void lines.splice(i, 1)),
  lineOp('duplicate', (lines, i) => void lines.splice(i, 0, lines[i]!)),
  lineOp('swap with the next', (lines, i) => {
    if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
  }),
  lineOp('re-indent', (lines, i, rng) => {
    const body = lines[i]!.trimStart();
    lines[i] = pick(rng, ['', ' ', '  ', '   ', '    ', '\t', '      ', ' \t']) + body;
  }),
  lineOp('blank', (lines, i) => void (lines[i] = '')),
  (text, _bytes, rng) => {
    const at = int(rng, text.length + 1);
    return { description: `truncate at character ${at}`, text: text.slice(0, at) };
  },
  (text, _bytes, rng) => {
    const at = int(rng, text.length + 1);
    const piece = pick(rng, UNICODE);
    return { description: `insert ${JSON.stringify(piece)} at ${at}`, text: text.slice(0, at) + piece + text.slice(at) };
  },
  (text, _bytes, rng) => {
    const at = int(rng, text.length + 1);
    const piece = pick(rng, YAML_BITS);
    return { description: `insert ${JSON.stringify(piece)} at ${at}`, text: text.slice(0, at) + piece + text.slice(at) };
  },
  (text, _bytes, rng) => {
    const at = int(rng, text.length + 1);
    const length = 1 + int(rng, 40);
    return { description: `delete ${length} characters at ${at}`, text: text.slice(0, at) + text.slice(at + length) };
  },
  (text, _bytes, rng) => replaceToken(text, rng, (token) => (/^\d{4}-\d{2}-\d{2}$/.test(token) ? pick(rng, DATES) : /^\d{4}-/.test(token) ? pick(rng, PERIODS) : pick(rng, HUGE_NUMBERS))),
  (text, _bytes, rng) => replaceToken(text, rng, () => pick(rng, [...DATES, ...PERIODS])),
  (text, _bytes, rng) => {
    // Move a value to another key: `key: value` becomes `key: <a value from elsewhere in the file>`.
    const values = [...text.matchAll(/: (.+)$/gm)].map((m) => m[1]!);
    if (values.length < 2) return { description: 'no values to exchange' };
    const target = pick(rng, [...text.matchAll(/: (.+)$/gm)]);
    const value = pick(rng, values);
    const at = target.index! + 2;
    return { description: `value at ${at} replaced by ${JSON.stringify(value)}`, text: text.slice(0, at) + value + text.slice(at + target[1]!.length) };
  },
];

function replaceToken(text: string, rng: Rng, by: (token: string) => string): { description: string; text?: string } {
  const tokens = [...text.matchAll(TOKENS)];
  if (tokens.length === 0) return { description: 'no number or date to replace' };
  const m = pick(rng, tokens);
  const to = by(m[0]);
  return { description: `${m[0]} at ${m.index} replaced by ${to}`, text: text.slice(0, m.index) + to + text.slice(m.index! + m[0].length) };
}

/** One to three operators applied to `text`, chosen by `rng`. */
export function mutate(text: string, rng: Rng): Mutation {
  let bytes: Uint8Array = encoder.encode(text);
  const steps: string[] = [];
  const count = 1 + int(rng, 3);
  for (let k = 0; k < count; k++) {
    const current = decoder.decode(bytes);
    const result = pick(rng, OPERATORS)(current, bytes, rng);
    steps.push(result.description);
    if (result.bytes) bytes = result.bytes;
    else if (result.text !== undefined) bytes = encoder.encode(result.text);
  }
  return { description: steps.join('; '), bytes };
}

/**
 * A fast, minimal YAML writer for the generator's plain data (objects, arrays, strings, numbers,
 * booleans). It writes what a person would: plain scalars where they are unambiguous under the
 * YAML 1.2 core schema (ids, dates, `30 min`), double quotes otherwise (versions, periods, `@handles`),
 * flow sequences for short lists of plain scalars and block style for everything else.
 */
type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

const PLAIN_TEXT = /^[A-Za-z\u3400-\u9fff\u3000-\u303f\uff00-\uffef][A-Za-z0-9 .,;?%+()'/\u00b7\u2013\u2014\u2019\u201c\u201d\u3400-\u9fff\u3000-\u303f\uff00-\uffef-]*$/;
/** Plain scalars inside a flow sequence `[a, b]` must not contain flow indicators. */
const FLOW_UNSAFE = /[,[\]{}]/;
const PLAIN_SPECIAL = /^(?:\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)? (?:min|h|d))$/;
const RESERVED = /^(?:true|false|null|~|yes|no|on|off|y|n)$/i;

export function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} to YAML`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (PLAIN_SPECIAL.test(value)) return value;
  if (PLAIN_TEXT.test(value) && !RESERVED.test(value) && !value.endsWith(' ')) return value;
  return JSON.stringify(value);
}

function isPlainScalarList(value: Value[]): boolean {
  if (value.length > 8) return false;
  for (const v of value) {
    if (v !== null && typeof v === 'object') return false;
    if (typeof v === 'string' && (scalar(v).startsWith('"') || FLOW_UNSAFE.test(v))) return false;
  }
  return true;
}

/** Writes `value` (an object) as a block mapping at `indent` spaces. */
export function toYaml(value: { [key: string]: Value }, indent = 0): string {
  const out: string[] = [];
  writeMapping(value, indent, out, false);
  return out.join('');
}

function writeMapping(obj: { [key: string]: Value }, indent: number, out: string[], firstInline: boolean): void {
  const pad = ' '.repeat(indent);
  let first = true;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v === undefined) continue;
    const prefix = first && firstInline ? '' : pad;
    first = false;
    writeEntry(`${prefix}${key}:`, v, indent, out);
  }
}

function writeEntry(head: string, v: Value, indent: number, out: string[]): void {
  if (Array.isArray(v)) {
    if (v.length === 0) out.push(`${head} []\n`);
    else if (isPlainScalarList(v)) out.push(`${head} [${v.map((x) => scalar(x as string | number | boolean | null)).join(', ')}]\n`);
    else {
      out.push(`${head}\n`);
      writeSequence(v, indent + 2, out);
    }
  } else if (v !== null && typeof v === 'object') {
    out.push(`${head}\n`);
    writeMapping(v, indent + 2, out, false);
  } else {
    out.push(`${head} ${scalar(v as string | number | boolean | null)}\n`);
  }
}

function writeSequence(items: Value[], indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of items) {
    if (Array.isArray(item)) throw new Error('Nested sequences are not needed by the generator');
    if (item !== null && typeof item === 'object') {
      out.push(`${pad}- `);
      writeMapping(item, indent + 2, out, true);
    } else {
      out.push(`${pad}- ${scalar(item as string | number | boolean | null)}\n`);
    }
  }
}

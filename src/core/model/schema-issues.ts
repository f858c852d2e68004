/**
 * Turns zod validation issues into diagnostics at the exact line and column of the offending value,
 * with a hint that says how to fix it.
 */
import type { z } from 'zod';
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import type { Path, YamlSource } from '../source/yaml-source.ts';
import { closest } from '../suggest.ts';

type Issue = z.core.$ZodIssue;

/** Validates `value` against `schema`; reports every issue; returns the parsed data when valid. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: Pick<YamlSource, 'locate' | 'locateKey' | 'sourceText'>,
  bag: DiagnosticBag,
  basePath: Path = [],
): z.infer<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) reportIssue(narrowUnion(issue), schema, source, bag, basePath);
  return undefined;
}

/** For a union, report the issues of the alternative that came closest to matching. */
function narrowUnion(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  let best: Issue[] | undefined;
  let bestScore = -Infinity;
  for (const branch of issue.errors) {
    // Prefer branches that got further (deeper paths) and complain less; a type mismatch at the
    // root means the branch did not apply at all.
    const rootTypeMismatch = branch.some((i) => i.code === 'invalid_type' && i.path.length === 0);
    const depth = Math.max(0, ...branch.map((i) => i.path.length));
    const score = (rootTypeMismatch ? -100 : 0) + depth * 10 - branch.length;
    if (score > bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  const chosen = best?.[0];
  if (!chosen) return issue;
  const narrowed = narrowUnion(chosen);
  return { ...narrowed, path: [...issue.path, ...narrowed.path] } as Issue;
}

function reportIssue(issue: Issue, schema: z.ZodType, source: Pick<YamlSource, 'locate' | 'locateKey' | 'sourceText'>, bag: DiagnosticBag, basePath: Path): void {
  const path = [...basePath, ...(issue.path as (string | number)[])];
  const field = fieldName(path);
  const described = descriptionAt(schema, issue.path as (string | number)[]);
  const about = described ? ` ${described}` : '';
  const report = (code: DiagnosticCode, at: Path, message: string, hint: string, useKey = false) =>
    bag.report(code, useKey ? source.locateKey(at) : source.locate(at), message, hint);

  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const parent = path.slice(0, -1);
        report('schema/missing-field', parent, `Required field \`${field}\` is missing${where(parent)}.`, `Add \`${field}:\`.${about}`, parent.length > 0);
        return;
      }
      const got = describeValue(issue.input);
      const text = source.sourceText(path);
      let hint = `Write ${article(issue.expected)} here.${about}`;
      if (issue.expected === 'boolean') hint = `Write \`true\` or \`false\` without quotes; \`${text ?? String(issue.input)}\` is text in YAML.${about}`;
      else if (issue.expected === 'string' && typeof issue.input === 'number')
        hint = `Put the value in quotes so it is kept exactly as written, e.g. \`"${text ?? issue.input}"\` (unquoted, 1.10 would be read as the number 1.1).${about}`;
      else if (issue.expected === 'number' && typeof issue.input === 'string')
        hint = `Write a plain number without quotes, units or % sign, e.g. \`87.5\`.${about}`;
      else if (issue.expected === 'array') hint = `Write a list, e.g. \`[a, b]\` or one \`- item\` per line.${about}`;
      report('schema/wrong-type', path, `\`${field}\` must be ${article(issue.expected)}, but it is ${got}.`, hint);
      return;
    }
    case 'unrecognized_keys': {
      const known = knownKeys(schema, issue.path as (string | number)[]);
      for (const key of issue.keys) {
        const others = known.filter((k) => k !== key);
        const suggestion = closest(key, others);
        report(
          'schema/unknown-field',
          [...path, key],
          `Unknown field \`${key}\`${where(path)}.`,
          suggestion
            ? `Did you mean \`${suggestion}\`? Fields allowed here: ${known.join(', ')}.`
            : known.includes(key)
              ? `\`${key}\` belongs to another form of this field; use the fields of one form only: ${known.join(', ')}.`
              : `Remove it, or use one of: ${known.join(', ')}.`,
          true,
        );
      }
      return;
    }
    case 'invalid_value': {
      if (issue.input === undefined) {
        const parent = path.slice(0, -1);
        const allowed = issue.values.map((v) => String(v)).join(', ');
        report('schema/missing-field', parent, `Required field \`${field}\` is missing${where(parent)}.`, `Add \`${field}:\` with one of: ${allowed}.${about}`, parent.length > 0);
        return;
      }
      const allowed = issue.values.map((v) => String(v));
      const input = String(issue.input);
      const suggestion = closest(input, allowed);
      report(
        'schema/invalid-value',
        path,
        `\`${field}\` is "${input}", which is not an allowed value.`,
        `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Allowed: ${allowed.join(', ')}.${about}`,
      );
      return;
    }
    case 'invalid_format':
      report('schema/invalid-format', path, `\`${field}\` is "${String(issue.input)}": ${issue.message}`, `Correct the value.${about}`);
      return;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const limit = issue.code === 'too_small' ? 'at least' : 'at most';
      const message =
        issue.origin === 'array'
          ? `\`${field}\` needs ${limit} ${bound} item(s).`
          : issue.origin === 'string'
            ? `\`${field}\` must not be empty.`
            : `\`${field}\` is ${String(issue.input)}, but must be ${limit} ${bound}.`;
      // A schema's own message (e.g. "An SOP needs at least one procedure step.") is the better hint.
      const custom = issue.message && !issue.message.startsWith('Too') ? issue.message : 'Correct the value.';
      report('schema/out-of-range', path, message, `${custom}${about}`);
      return;
    }
    case 'custom': {
      const params = issue.params as { code?: DiagnosticCode; hint?: string } | undefined;
      report(params?.code ?? 'schema/invalid-value', path, `\`${field}\`: ${issue.message}`, params?.hint ?? `Correct the value.${about}`);
      return;
    }
    default:
      report('schema/invalid-value', path, `\`${field}\`: ${issue.message}`, `Correct the value.${about}`);
  }
}

function fieldName(path: Path): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
  return out || '(document)';
}

function where(parent: Path): string {
  return parent.length ? ` in \`${fieldName(parent)}\`` : '';
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of fields',
    null: 'null',
  };
  return names[expected] ?? expected;
}

function describeValue(input: unknown): string {
  if (input === null) return 'empty (null)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `the text "${input}"`;
  // YAML's `.nan` and `.inf`.
  if (typeof input === 'number' && Number.isNaN(input)) return '`.nan`, which YAML reads as "not a number"';
  if (typeof input === 'number' && !Number.isFinite(input)) return `\`${input > 0 ? '' : '-'}.inf\`, which YAML reads as infinity`;
  return `${typeof input} ${String(input)}`;
}

/** Walks a schema along `path`, through optionals, defaults, arrays, unions and objects. */
function schemaAt(schema: z.ZodType, path: (string | number)[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    current = unwrap(current);
    if (!current) return undefined;
    const def = (current as unknown as { def: Record<string, unknown> }).def;
    if (def['type'] === 'object' && typeof step === 'string') current = (def['shape'] as Record<string, z.ZodType>)[step];
    else if (def['type'] === 'array' && typeof step === 'number') current = def['element'] as z.ZodType;
    else if (def['type'] === 'union') {
      const options = def['options'] as z.ZodType[];
      current = options.map((o) => schemaAt(o, [step])).find(Boolean);
    } else return undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; s && i < 10; i++) {
    const def = (s as unknown as { def: Record<string, unknown> }).def;
    if (def['type'] === 'optional' || def['type'] === 'default' || def['type'] === 'nullable' || def['type'] === 'pipe') {
      s = (def['innerType'] ?? def['in']) as z.ZodType;
    } else break;
  }
  return s;
}

function descriptionAt(schema: z.ZodType, path: (string | number)[]): string | undefined {
  const s = schemaAt(schema, path);
  return s?.description ?? unwrap(s)?.description;
}

function knownKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  const s = unwrap(schemaAt(schema, path));
  if (!s) return [];
  const def = (s as unknown as { def: Record<string, unknown> }).def;
  if (def['type'] === 'object') return Object.keys(def['shape'] as object);
  if (def['type'] === 'union') {
    return [...new Set((def['options'] as z.ZodType[]).flatMap((o) => knownKeys(o, [])))];
  }
  return [];
}

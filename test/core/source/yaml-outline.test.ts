/**
 * The YAML outline (src/core/source/yaml-outline.ts) places every value and key where the `yaml`
 * library's syntax tree does, or says it cannot: compared on every path (and on paths that go past
 * the document) of every YAML file and SOP front matter of the sample and the test fixtures, and of
 * documents written to be awkward.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { outlinePosition, yamlOutline } from '../../../src/core/source/yaml-outline.ts';
import { parseYamlSource, treeLocator, type Path } from '../../../src/core/source/yaml-source.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function files(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, pattern));
    else if (pattern.test(name)) out.push(full);
  }
  return out;
}

/** Every path into `value`, and paths that leave it: a missing key, an index past the end, a step below a scalar. */
function paths(value: unknown, base: Path = []): Path[] {
  const out: Path[] = [base, [...base, 'no-such-key'], [...base, 9999]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...base, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...base, k]));
  return out;
}

/** Compares the outline with the tree on every path; returns how many positions the outline gave, or undefined when it declined the document. */
function compare(text: string, name: string): number | undefined {
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined; // not a document that parsed: the outline is never asked
  }
  const outline = yamlOutline(text);
  if (!outline) return undefined;
  const tree = treeLocator(text);
  let placed = 0;
  for (const path of paths(value)) {
    for (const key of [false, true]) {
      const place = outlinePosition(outline, path, key);
      if (!place) continue;
      placed++;
      expect({ line: place.line + 1, column: place.column + 1 }, `${name} ${JSON.stringify(path)}${key ? ' (key)' : ''}`).toEqual(tree(path, key));
    }
  }
  return placed;
}

const AWKWARD: Record<string, string> = {
  'comments everywhere': '# head\nid: A # after\n\n# between\nsteps: # a list\n  # before the first\n  - id: S1 # x\n    # inside\n    owner: ann\n  - { id: S2, owner: bo } # flow\nend: "quoted # not a comment"\n',
  'a sequence at its key’s indent': 'steps:\n- id: S1\n  options:\n  - a\n  - b\n- id: S2\nnext: 1\n',
  'empty values': 'a:\nb: 1\nc:\n  d:\n  e: 2\nlist:\n  - x:\n    y: 3\n',
  'quoted keys and values': '"quoted key": 1\n\'single\': \'it\'\'s\'\nplain: "a \\" b"\nk : spaced\n',
  'nested flow': 'x: { a: [1, 2, { b: c }], d: "}", e: [] , f: {} }\ny: [ [a], [b, c] ]\n',
  'quoted keys in flow': 'x: { "a b": 1, \'c\': [2, "3"], d: { "e": f } }\n',
  'keys the core schema reads otherwise': 'true: 1\nnull: 2\n1: 3\n2026-10: 4\n',
  'block scalars': 'text: |\n  line one\n  key: not a key\nafter: 1\nfolded: >-\n  a\n',
  'anchors and aliases': 'base: &b { a: 1 }\ncopy: *b\ntagged: !!str 5\n',
  'multi-line flow and quoted scalars': 'a: { x: 1,\n  y: 2 }\nb: "one\n  two"\nc: 3\n',
  'multi-line plain scalar': 'a: one\n  two\nb: 3\n',
  'windows line endings': 'a: 1\r\nb:\r\n  - c: 2\r\n    d: 3\r\n',
  'indented root': '  a: 1\n  b:\n    c: 2\n',
  'root sequence': '- a: 1\n  b: 2\n- [x, y]\n- plain\n',
  'item alone on its line': 'list:\n  -\n    a: 1\n  - - nested\n',
  'keys with dots, slashes and Chinese': 'a.b: 1\nc/d: 2\n名称: 3\nSTD-RESP-001: { kept: 26, of: 28 }\n',
  'a colon inside plain values': 'url: https://example.com/a\ntime: 10:30\nbad: {a: b:c}\n',
  'a second document': 'a: 1\n---\nb: 2\n',
  'duplicate-looking nesting': 'a:\n  a:\n    a: 1\n  b: 2\nb: 3\n',
  'a tab': 'a:\t1\n',
};

describe('yamlOutline', () => {
  it('places every value and key as the syntax tree does, in every YAML file of the sample and the fixtures', () => {
    const yamlFiles = [...files(join(ROOT, 'data'), /\.ya?ml$/), ...files(join(ROOT, 'test/fixtures'), /\.ya?ml$/)];
    let placed = 0;
    const declined: string[] = [];
    for (const file of yamlFiles) {
      const name = relative(ROOT, file);
      const n = compare(readFileSync(file, 'utf8'), name);
      if (n === undefined) declined.push(name);
      else placed += n;
    }
    expect(placed).toBeGreaterThan(20_000);
    // The long files the check locates most in are read by the outline: the registers and measurements
    // (files with block scalars, such as KPI definitions with folded descriptions, are small: the tree is cheap).
    expect(declined.filter((f) => /^data\/(complaints|measurements|inspections|mystery-shop|training\/coverage)\//.test(f))).toEqual([]);
    expect(declined.length / yamlFiles.length).toBeLessThan(0.25);
  });

  it('places the front matter of every SOP and page as the syntax tree does', () => {
    let placed = 0;
    for (const file of [...files(join(ROOT, 'content'), /\.mdx?$/), ...files(join(ROOT, 'test/fixtures'), /\.mdx?$/)]) {
      const m = /^---\r?\n([\s\S]*?\r?\n)---/.exec(readFileSync(file, 'utf8'));
      if (m) placed += compare(m[1]!, relative(ROOT, file)) ?? 0;
    }
    expect(placed).toBeGreaterThan(2_000);
  });

  for (const [name, text] of Object.entries(AWKWARD)) {
    it(`agrees with the syntax tree or declines: ${name}`, () => {
      compare(text, name);
    });
  }

  it('declines what it does not read, and reads the usual shapes', () => {
    for (const name of ['block scalars', 'anchors and aliases', 'multi-line flow and quoted scalars', 'multi-line plain scalar', 'a second document', 'a tab', 'keys the core schema reads otherwise']) {
      expect(yamlOutline(AWKWARD[name]!), name).toBeUndefined();
    }
    for (const name of ['comments everywhere', 'a sequence at its key’s indent', 'quoted keys and values', 'nested flow', 'quoted keys in flow', 'windows line endings', 'root sequence', 'keys with dots, slashes and Chinese']) {
      expect(yamlOutline(AWKWARD[name]!), name).toBeDefined();
    }
    // An empty value is not placed: the tree is asked for it.
    expect(outlinePosition(yamlOutline(AWKWARD['empty values']!)!, ['a'], false)).toBeUndefined();
    expect(outlinePosition(yamlOutline(AWKWARD['empty values']!)!, ['a'], true)).toEqual({ line: 0, column: 0 });
  });

  it('agrees with the syntax tree or declines on 1,500 seeded mutations of the sample\'s YAML', () => {
    // Inserted indicators, quotes, brackets, comments, tabs, indents and deleted lines: whatever the
    // outline accepts, it must place as the tree does.
    const texts = [...files(join(ROOT, 'data'), /\.ya?ml$/), ...files(join(ROOT, 'test/fixtures'), /\.ya?ml$/)].map((f) => readFileSync(f, 'utf8')).filter((t) => t.length < 20_000);
    const snippets = [' ', '  ', '- ', ': ', '#', ' #x', '"', "'", '{', '}', '[', ']', ',', '|', '>', '&a', '*a', '\n', 'k: v', '\t', '? '];
    let seed = 42;
    const next = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
    let accepted = 0;
    let placed = 0;
    for (let i = 0; i < 1500; i++) {
      const lines = texts[next(texts.length)]!.split('\n');
      for (let m = 0; m <= next(3); m++) {
        const l = next(lines.length);
        const line = lines[l]!;
        const op = next(4);
        if (op === 0) lines[l] = line.slice(0, next(line.length + 1)) + snippets[next(snippets.length)] + line.slice(next(line.length + 1));
        else if (op === 1) lines[l] = ' '.repeat(next(3)) + line;
        else if (op === 2) lines[l] = line.replace(/^ {1,2}/, '');
        else lines.splice(l, 1);
      }
      const n = compare(lines.join('\n'), `mutation ${i}`);
      if (n !== undefined) {
        accepted++;
        placed += n;
      }
    }
    expect(accepted).toBeGreaterThan(200);
    expect(placed).toBeGreaterThan(50_000);
  });

  it('lets parseYamlSource locate without the syntax tree, and with it where the outline cannot', () => {
    const text = readFileSync(join(ROOT, 'data/complaints/2026-10.yaml'), 'utf8');
    const source = parseYamlSource('data/complaints/2026-10.yaml', text, new DiagnosticBag());
    const tree = treeLocator(text);
    const path = ['complaints', 3, 'promises', 'STD-RESP-001', 'kept'];
    expect(source.locate(path)).toEqual({ file: 'data/complaints/2026-10.yaml', ...tree(path, false) });
    const empty = parseYamlSource('f.yaml', 'a:\nb: 1\n', new DiagnosticBag(), 4);
    expect(empty.locate(['a'])).toEqual({ file: 'f.yaml', line: 5, column: 3 }); // from the tree
    expect(empty.locate(['b'])).toEqual({ file: 'f.yaml', line: 6, column: 4 });
  });
});

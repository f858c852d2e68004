import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { parseYamlSource, topLevelScalar } from '../../../src/core/source/yaml-source.ts';

const TEXT = [
  'id: SOP-CS-001', //               1
  'approvers: [ann-lee, bo-chen]', // 2
  'empty:', //                       3
  'steps:', //                       4
  '  - id: S1', //                   5
  '    timeLimit: 30 min', //        6
  '  - id: S2', //                   7
  '    decision:', //                8
  '      options:', //               9
  '        - { label: "Yes", next: S3 }', // 10
  'version: 1.10', //                11
  'flag: yes', //                    12
  'date: 2025-02-30', //             13
].join('\n');

function parse(text = TEXT, offset = 0) {
  const bag = new DiagnosticBag();
  const source = parseYamlSource('f.yaml', text, bag, offset);
  return { source, bag };
}

describe('parseYamlSource', () => {
  it('parses with the YAML 1.2 core schema: yes stays text, dates stay text, 1.10 is a number', () => {
    const { source, bag } = parse();
    expect(bag.items).toEqual([]);
    const v = source.value as Record<string, unknown>;
    expect(v['flag']).toBe('yes');
    expect(v['date']).toBe('2025-02-30');
    expect(v['version']).toBe(1.1);
    expect(v['empty']).toBeNull();
    expect(v['approvers']).toEqual(['ann-lee', 'bo-chen']);
  });

  it('locates values by path at their own line and column', () => {
    const { source } = parse();
    expect(source.locate(['id'])).toEqual({ file: 'f.yaml', line: 1, column: 5 });
    expect(source.locate(['approvers', 1])).toEqual({ file: 'f.yaml', line: 2, column: 22 });
    expect(source.locate(['steps', 0, 'timeLimit'])).toEqual({ file: 'f.yaml', line: 6, column: 16 });
    expect(source.locate(['steps', 1, 'decision', 'options', 0, 'next'])).toEqual({ file: 'f.yaml', line: 10, column: 33 });
    expect(source.locate([])).toEqual({ file: 'f.yaml', line: 1, column: 1 });
  });

  it('locates keys for missing and unknown fields', () => {
    const { source } = parse();
    expect(source.locateKey(['steps', 0, 'timeLimit'])).toEqual({ file: 'f.yaml', line: 6, column: 5 });
    expect(source.locateKey(['approvers'])).toEqual({ file: 'f.yaml', line: 2, column: 1 });
  });

  it('falls back to the nearest ancestor that exists', () => {
    const { source } = parse();
    expect(source.locate(['steps', 1, 'owner'])).toEqual({ file: 'f.yaml', line: 7, column: 5 }); // the step's mapping
    expect(source.locate(['steps', 9, 'id'])).toEqual({ file: 'f.yaml', line: 5, column: 3 }); // the steps list
    expect(source.locate(['approvers', 5])).toEqual({ file: 'f.yaml', line: 2, column: 12 });
    expect(source.locate(['id', 'deeper'])).toEqual({ file: 'f.yaml', line: 1, column: 5 });
    expect(source.locate(['nothing-here'])).toEqual({ file: 'f.yaml', line: 1, column: 1 });
  });

  it('locates an empty value on its key\'s line, just after the colon', () => {
    expect(parse().source.locate(['empty'])).toEqual({ file: 'f.yaml', line: 3, column: 7 });
  });

  it('gives the source text of a scalar as written', () => {
    const { source } = parse();
    expect(source.sourceText(['version'])).toBe('1.10');
    expect(source.sourceText(['flag'])).toBe('yes');
    expect(source.sourceText(['approvers', 0])).toBe('ann-lee');
    expect(source.sourceText(['steps'])).toBeUndefined();
  });

  it('adds the line offset of frontmatter to every position', () => {
    const { source } = parse(TEXT, 1);
    expect(source.locate(['steps', 0, 'timeLimit'])).toEqual({ file: 'f.yaml', line: 7, column: 16 });
    expect(source.locateKey(['id'])).toEqual({ file: 'f.yaml', line: 2, column: 1 });
  });

  it('reports a duplicate key at the second occurrence and keeps no value', () => {
    const { source, bag } = parse('a: 1\nb: 2\na: 3\n');
    expect(source.value).toBeUndefined();
    expect(bag.items.map((d) => [d.code, d.line, d.column])).toEqual([['yaml/duplicate-key', 3, 1]]);
    expect(bag.items[0]!.severity).toBe('error');
    expect(bag.items[0]!.hint).toMatch(/Keep one/);
  });

  it('reports a duplicate key in a nested mapping', () => {
    const { bag } = parse('steps:\n  - id: S1\n    action: x\n    id: S2\n');
    expect(bag.items.map((d) => [d.code, d.line, d.column])).toEqual([['yaml/duplicate-key', 4, 5]]);
  });

  it('reports syntax errors at their place, shifted by the offset, and keeps no value', () => {
    const { source, bag } = parse('a: 1\nb: @x\n', 10);
    expect(source.value).toBeUndefined();
    expect(bag.items.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['yaml/syntax', 'f.yaml', 12, 4]]);
    expect(bag.items[0]!.message).toBe('Plain value cannot start with reserved character @');
  });

  it('treats an empty document as null, located at 1:1', () => {
    const { source, bag } = parse('');
    expect(bag.items).toEqual([]);
    expect(source.value).toBeNull();
    expect(source.locate(['id'])).toEqual({ file: 'f.yaml', line: 1, column: 1 });
  });
});

describe('locating a top-level key without the syntax tree', () => {
  /** Positions from the line reader (a fresh source) and from the syntax tree (a source whose tree is built first). */
  function both(text: string, path: (string | number)[]) {
    const fast = parseYamlSource('f.yaml', text, new DiagnosticBag(), 3);
    const slow = parseYamlSource('f.yaml', text, new DiagnosticBag(), 3);
    slow.sourceText(['__build_the_tree__']); // any use of the tree builds it; from then on it answers
    return { fast: [fast.locate(path), fast.locateKey(path)], slow: [slow.locate(path), slow.locateKey(path)] };
  }

  const documents = [
    'id: SOP-1\nlastReviewed: 2025-03-01\nowner: li-wei\n',
    '# a comment\nid: SOP-1\r\nlastReviewed:   "2025-03-01"   # quoted, with a comment\r\n',
    "title: |\n  lastReviewed: not a key\n  more\nlastReviewed: '2025-03-01'\n",
    'steps:\n  - lastReviewed: 2024-01-01\nlastReviewed: 2025-03-01\n',
    'lastReviewedBy: x\nlastReviewed: 2025-03-01\n',
    'lastReviewed:\n  2025-03-01\n', // value on the next line: the tree
    'lastReviewed: &a 2025-03-01\nother: *a\n', // an anchor: the tree
    '{ id: SOP-1, lastReviewed: 2025-03-01 }\n', // a flow mapping: the tree
    'id: SOP-1\n', // no such key: the tree (falls back to the document)
  ];

  for (const text of documents) {
    it(`finds what the syntax tree finds in ${JSON.stringify(text.slice(0, 40))}`, () => {
      for (const path of [['lastReviewed'], ['id'], ['steps', 0, 'lastReviewed']]) {
        const { fast, slow } = both(text, path);
        expect(fast, path.join('.')).toEqual(slow);
      }
    });
  }

  it('reads lines only for a plain or quoted scalar on the key\'s own line', () => {
    expect(topLevelScalar('id: a\nlastReviewed: 2025-03-01\n', 'lastReviewed')).toEqual({ line: 2, valueColumn: 15 });
    expect(topLevelScalar('lastReviewed: |\n  x\n', 'lastReviewed')).toBeUndefined();
    expect(topLevelScalar('- lastReviewed: x\n', 'lastReviewed')).toBeUndefined();
    expect(topLevelScalar('id: a\n', 'lastReviewed')).toBeUndefined();
  });
});

/** The line difference shown on an upcoming version's page. */
import { describe, expect, it } from 'vitest';
import { diffHunks, diffLines } from '../../../src/core/change/line-diff.ts';

describe('diffLines', () => {
  it('keeps common lines and marks the ones removed and added, in reading order', () => {
    expect(diffLines('a\nb\nc\nd', 'a\nc\nx\nd\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'd' },
    ]);
  });

  it('finds no change in line endings or trailing spaces', () => {
    expect(diffLines('a \r\nb\n', 'a\nb').every((c) => c.kind === 'same')).toBe(true);
  });
});

describe('diffHunks', () => {
  it('keeps the changes with their context and counts the unchanged lines left out', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    const hunks = diffHunks(diffLines(before, after), 2);
    expect(hunks).toHaveLength(1);
    expect(hunks[0]!.skipped).toBe(8);
    expect(hunks[0]!.lines.map((l) => `${l.kind[0]} ${l.text}`)).toEqual(['s line 8', 's line 9', 'r line 10', 'a line ten', 's line 11', 's line 12']);
    expect(diffHunks(diffLines(before, before))).toEqual([]);
  });
});

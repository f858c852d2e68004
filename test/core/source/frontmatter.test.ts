import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/core/source/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits the YAML from the body and says where each starts', () => {
    const split = splitFrontmatter('---\nid: SOP-CS-001\ntitle: X\n---\n\n## Purpose\n');
    expect(split).toEqual({ yaml: 'id: SOP-CS-001\ntitle: X\n', yamlLineOffset: 1, body: '\n## Purpose\n', bodyLine: 5 });
  });

  it('counts the body line so that line N of the body is file line bodyLine + N - 1', () => {
    const text = '---\na: 1\nb: 2\nc: 3\n---\nfirst body line\nsecond\n';
    const split = splitFrontmatter(text);
    const fileLines = text.split('\n');
    expect(fileLines[split.bodyLine - 1]).toBe('first body line');
    expect(split.body.split('\n')[0]).toBe('first body line');
  });

  it('handles an empty frontmatter block', () => {
    expect(splitFrontmatter('---\n---\nBody\n')).toEqual({ yaml: '', yamlLineOffset: 1, body: 'Body\n', bodyLine: 3 });
  });

  it('handles CRLF line ends and a closing line at the end of the file', () => {
    const split = splitFrontmatter('---\r\na: 1\r\n---\r\nBody');
    expect(split.yaml).toBe('a: 1\r\n');
    expect(split.body).toBe('Body');
    expect(split.bodyLine).toBe(4);
    expect(splitFrontmatter('---\na: 1\n---')).toMatchObject({ yaml: 'a: 1\n', body: '' });
  });

  it('allows trailing spaces on the --- lines', () => {
    expect(splitFrontmatter('---  \na: 1\n--- \nB').yaml).toBe('a: 1\n');
  });

  it('skips a byte order mark', () => {
    expect(splitFrontmatter('\uFEFF---\na: 1\n---\nB')).toMatchObject({ yaml: 'a: 1\n', yamlLineOffset: 1, body: 'B' });
  });

  it('finds no frontmatter when the file does not start with ---', () => {
    expect(splitFrontmatter('# Title\n---\na: 1\n---\n')).toEqual({ yaml: undefined, yamlLineOffset: 0, body: '# Title\n---\na: 1\n---\n', bodyLine: 1 });
    expect(splitFrontmatter('\n---\na: 1\n---\n').yaml).toBeUndefined();
  });

  it('finds no frontmatter when the block is never closed', () => {
    expect(splitFrontmatter('---\na: 1\nbody\n')).toMatchObject({ yaml: undefined, bodyLine: 1 });
  });

  it('does not take ---- or a --- inside a line as the closing line', () => {
    const split = splitFrontmatter('---\na: x --- y\n----\nb: 2\n---\nBody');
    expect(split.yaml).toBe('a: x --- y\n----\nb: 2\n');
    expect(split.bodyLine).toBe(6);
  });
});

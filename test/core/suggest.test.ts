import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/core/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('hgher', 'higher')).toBe(1);
    expect(editDistance('ownr', 'owner')).toBe(1);
    expect(editDistance('STD-RSP-001', 'STD-RESP-001')).toBe(1);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });

  it('gives up above the maximum with max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});

describe('closest', () => {
  it('suggests the likely typo fix', () => {
    expect(closest('hgher', ['higher', 'lower', 'band'])).toBe('higher');
    expect(closest('ownr', ['id', 'owner', 'title'])).toBe('owner');
    expect(closest('STD-RSP-001', ['STD-RESP-001', 'STD-REL-001'])).toBe('STD-RESP-001');
    expect(closest('KPI-CSTA', ['KPI-CSAT', 'KPI-NPS'])).toBe('KPI-CSAT');
    expect(closest('br-nrth', ['br-north', 'br-south'])).toBe('br-north');
  });

  it('returns an exact match at once', () => {
    expect(closest('band', ['higher', 'band'])).toBe('band');
  });

  it('prefers a case-only difference over any real edit', () => {
    expect(closest('kpi-csat', ['KPI-CSAX', 'KPI-CSAT'])).toBe('KPI-CSAT');
    expect(closest('Higher', ['higher', 'highe'])).toBe('higher');
  });

  it('suggests nothing when no candidate is close enough', () => {
    expect(closest('banana', ['higher', 'lower', 'band'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
    // short inputs allow one edit only
    expect(closest('ab', ['xy'])).toBeUndefined();
    expect(closest('ab', ['ac'])).toBe('ac');
  });

  it('allows at most a third of the length, and never more than 4 edits', () => {
    expect(closest('abcdef', ['abcxyz'])).toBeUndefined(); // 3 edits > 6/3
    expect(closest('abcdef', ['abcdxy'])).toBe('abcdxy'); // 2 edits
    expect(closest('abcdefghijklmnopqrst', ['abcdefghijklmnopVWXY'])).toBe('abcdefghijklmnopVWXY'); // 4 edits
    expect(closest('abcdefghijklmnopqrst', ['abcdefghijklmnoUVWXY'])).toBeUndefined(); // 5 edits
  });

  it('picks the nearest of several, the first on a tie', () => {
    expect(closest('lowr', ['lower', 'low'])).toBe('lower');
    expect(closest('abcd', ['abce', 'abcf'])).toBe('abce');
  });
});

describe('didYouMean', () => {
  it('prefixes the fallback with a suggestion when there is one', () => {
    expect(didYouMean('hgher', ['higher'], 'Allowed: higher.')).toBe('Did you mean "higher"? Allowed: higher.');
    expect(didYouMean('zzz', ['higher'], 'Allowed: higher.')).toBe('Allowed: higher.');
  });
});

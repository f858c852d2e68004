import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/site/views/sparkline.ts';

describe('sparkline', () => {
  it('draws consecutive values as one line inside the box', () => {
    const s = sparkline({ values: [1, 2, 3], width: 100, height: 20 });
    expect(s.lines).toHaveLength(1);
    const points = s.lines[0]!.split(' ').map((p) => p.split(',').map(Number));
    expect(points.map(([x]) => x)).toEqual([3, 50, 97]);
    expect(points[0]![1]).toBe(17); // lowest value at the bottom (inside the padding)
    expect(points[2]![1]).toBe(3); // highest at the top
    expect(s.last).toEqual({ x: 97, y: 3 });
  });

  it('breaks the line at a missing value instead of dropping to zero', () => {
    const s = sparkline({ values: [5, 6, null, 7, 8, null, 9] });
    expect(s.lines).toHaveLength(2);
    expect(s.dots).toHaveLength(1); // the lone 9
    expect(s.valueCount).toBe(5);
    expect(s.range).toEqual({ min: 5, max: 9 });
  });

  it('includes the target in the range so the line shows which side it is on', () => {
    const s = sparkline({ values: [80, 81], targets: [85], height: 20 });
    expect(s.range).toEqual({ min: 80, max: 85 });
    expect(s.targets).toEqual([3]);
  });

  it('has no last point when the latest period has no value, and nothing at all without values', () => {
    expect(sparkline({ values: [1, 2, null] }).last).toBeNull();
    const empty = sparkline({ values: [null, null] });
    expect(empty).toMatchObject({ lines: [], dots: [], last: null, range: null, valueCount: 0 });
  });

  it('handles a flat series', () => {
    const s = sparkline({ values: [4, 4, 4], height: 20 });
    expect(s.lines[0]).toBe('3,10 60,10 117,10');
  });
});

import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/integration/in-order.ts';

describe('InOrder (pages handed to the search index in the order they started)', () => {
  it('passes values on in the order their places were taken, whatever order they arrive in', () => {
    const line = new InOrder<string>();
    const [a, b, c, d] = [line.reserve(), line.reserve(), line.reserve(), line.reserve()];
    expect(line.put(c!, 'c')).toEqual([]);
    expect(line.put(b!, null)).toEqual([]); // a page that is not indexed
    expect(line.outstanding).toBe(4);
    expect(line.put(a!, 'a')).toEqual(['a', 'c']);
    expect(line.outstanding).toBe(1);
    expect(line.put(d!, 'd')).toEqual(['d']);
    expect(line.outstanding).toBe(0);
  });

  it('refuses a place that was not taken or is filled twice', () => {
    const line = new InOrder<string>();
    const a = line.reserve();
    const b = line.reserve();
    expect(() => line.put(5, 'x')).toThrow(/not reserved/);
    line.put(b, 'b');
    expect(() => line.put(b, 'b again')).toThrow(/already filled/);
    line.put(a, 'a');
    expect(() => line.put(a, 'a again')).toThrow(/already filled/);
  });

  it('counts a place taken and never filled as outstanding', () => {
    const line = new InOrder<number>();
    line.reserve();
    line.put(line.reserve(), 2);
    expect(line.outstanding).toBe(2);
  });
});

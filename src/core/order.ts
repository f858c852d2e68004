/** Code-point order for ids and paths: the same on every machine, so generated text is stable. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareText(a.id, b.id);
}

const ranks = new WeakMap<Map<string, unknown>, Map<string, number>>();

/** Position of each key of a map in insertion (source) order; computed once per map. */
export function sourceOrder(map: Map<string, unknown>): Map<string, number> {
  let rank = ranks.get(map);
  if (!rank) {
    rank = new Map();
    let i = 0;
    for (const key of map.keys()) rank.set(key, i++);
    ranks.set(map, rank);
  }
  return rank;
}

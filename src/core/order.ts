/** Code-point order for ids and paths: the same on every machine, so generated text is stable. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareText(a.id, b.id);
}

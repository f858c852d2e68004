/**
 * A loaded handbook with one SOP changed, for tests of page keys: a new handbook object (its maps
 * copied, the others shared) with its index rebuilt, as a load of the changed file would give.
 */
import type { Handbook, SopEntity } from '../../src/core/model/handbook.ts';
import { buildIndex } from '../../src/core/model/index.ts';

export function withSop(handbook: Handbook, id: string, change: (s: SopEntity) => SopEntity): Handbook {
  const sops = new Map(handbook.sops);
  sops.set(id, change(sops.get(id)!));
  const h: Handbook = { ...handbook, sops };
  h.index = buildIndex(h);
  return h;
}

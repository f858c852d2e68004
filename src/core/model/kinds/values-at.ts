/**
 * Every value at a dotted field path of an item (`decisions.owner`), with its path: a list on the
 * way is walked entry by entry, and a list at the end gives one value per entry; with `keys`, a
 * mapping at the end gives its keys (`causes: { CC-WAIT: 12 }` names CC-WAIT). The kinds'
 * `references` name their fields this way; the reference check and the people pages read them.
 */
import type { Path } from '../../source/yaml-source.ts';

export function valuesAt(item: Record<string, unknown>, field: string, options: { keys?: boolean } = {}): Array<[Path, string]> {
  const walk = (value: unknown, keys: readonly string[], at: Path): Array<[Path, string]> => {
    if (keys.length === 0) {
      if (typeof value === 'string') return [[at, value]];
      if (Array.isArray(value)) return value.flatMap((v, i) => (typeof v === 'string' ? [[[...at, i], v] as [Path, string]] : []));
      if (options.keys && value && typeof value === 'object') return Object.keys(value).map((key) => [[...at, key], key] as [Path, string]);
      return [];
    }
    if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, keys, [...at, i]));
    if (!value || typeof value !== 'object') return [];
    return walk((value as Record<string, unknown>)[keys[0]!], keys.slice(1), [...at, keys[0]!]);
  };
  return walk(item, field.split('.'), []);
}

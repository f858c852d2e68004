/**
 * The check that the ids a record names exist, driven by its kind's `references` in the registry
 * (the field paths and the kind each names): every value at such a path must be the id of an item
 * of that kind, or of one whose file failed its schema (reported there, not again). A unit scope
 * `all` names no unit; the keys of a mapping (a complaint register's `causes: { CC-WAIT: 12 }`)
 * are the ids it names. Unknown ids get a "did you mean", computed once per id and kind, since a
 * long measurement file can repeat one unknown id thousands of times.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook, Origin } from '../model/handbook.ts';
import type { KindDefinition } from '../model/kinds/kind.ts';
import { folderOf, kind, kindGlobs } from '../model/kinds/registry.ts';
import { valuesAt } from '../model/kinds/values-at.ts';
import { didYouMean } from '../suggest.ts';

type Item = Record<string, unknown> & { origin: Origin };

interface Target {
  k: KindDefinition;
  ids: ReadonlyMap<string, unknown>;
  rejected: ReadonlySet<string>;
  /** Where such ids are defined, for the hint: `data/units.yaml`, `data/kpis/`. */
  where: string;
}

/** The items of a kind in the model (a map's values, or a list), undefined when it keeps none. */
export function itemsOfKind(h: Handbook, k: KindDefinition): Iterable<Item> | undefined {
  if (!k.collection) return undefined;
  let value: unknown = h;
  for (const key of k.collection.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (value instanceof Map) return value.values() as Iterable<Item>;
  return Array.isArray(value) ? (value as Item[]) : undefined;
}

function targetOf(h: Handbook, name: string): Target | undefined {
  const k = kind(name);
  const ids = k.collection ? (h as unknown as Record<string, unknown>)[k.collection] : undefined;
  if (!(ids instanceof Map)) return undefined;
  const glob = kindGlobs(k)[0];
  const where = glob === undefined ? 'data/' : k.source.shape === 'list-file' ? glob.replace(/\{([^,}]*)[^}]*\}/, '$1') : folderOf(glob);
  return { k, ids, rejected: (k.rejected ? h.rejected[k.rejected] : undefined) ?? new Set(), where };
}

/** A checker for one handbook: `check(kindName, items)` reports each unknown id the items name. */
export function referenceChecker(h: Handbook, bag: DiagnosticBag): (kindName: string, items: Iterable<Item>) => void {
  const targets = new Map<string, Target | undefined>();
  const hints = new Map<string, string>();
  const target = (name: string) => {
    if (!targets.has(name)) targets.set(name, targetOf(h, name));
    return targets.get(name);
  };
  const hint = (id: string, t: Target) => {
    const key = `${t.k.name}\u0000${id}`;
    let text = hints.get(key);
    if (text === undefined) hints.set(key, (text = didYouMean(id, t.ids.keys(), `Use the id of a ${t.k.noun} defined in ${t.where}, or add it there first.`)));
    return text;
  };
  return (kindName, items) => {
    const fields = Object.entries(kind(kindName).references).flatMap(([field, name]) => {
      const t = typeof name === 'string' ? target(name) : undefined;
      return t ? [[field, t] as const] : [];
    });
    if (fields.length === 0) return;
    for (const item of items) {
      for (const [field, t] of fields) {
        for (const [path, id] of valuesAt(item, field, { keys: true })) {
          if (t.ids.has(id) || t.rejected.has(id) || (id === 'all' && t.k.name === 'unit')) continue;
          bag.report('ref/unknown', item.origin.at(path), `\`${path.filter((p) => typeof p === 'string').join('.')}\` names the ${t.k.noun} "${id}", which does not exist.`, hint(id, t));
        }
      }
    }
  };
}

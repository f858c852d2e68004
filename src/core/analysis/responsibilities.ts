/**
 * What each person is named for across the handbook: every item of every kind whose `references`
 * name a person in some field (an SOP's `owner` and `approvers`, an action's `owner`, an audit's
 * `lead` and `auditors`, a review's `chair`…), found through the registry of kinds, so that a new
 * kind of record that names people shows on their page without code of its own. Computed once per
 * handbook; the people pages read it.
 */
import type { Handbook } from '../model/handbook.ts';
import { KINDS } from '../model/kinds/registry.ts';
import type { KindDefinition } from '../model/kinds/kind.ts';
import { valuesAt } from '../model/kinds/values-at.ts';

export interface Responsibility {
  /** The kind's name: `sop`, `improvement-action`. */
  kind: string;
  /** The field that names the person: `owner`, `approvers`, `decisions.owner`. */
  field: string;
  /** The item's id. */
  id: string;
  item: Record<string, unknown>;
}

const cache = new WeakMap<object, Map<string, Responsibility[]>>();

/** The items of a kind's collection keyed by id (a dotted collection such as `translations.sops` is read through). */
function itemsOf(h: Handbook, k: KindDefinition): ReadonlyMap<string, Record<string, unknown>> | undefined {
  if (!k.collection) return undefined;
  let value: unknown = h;
  for (const key of k.collection.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value instanceof Map ? (value as ReadonlyMap<string, Record<string, unknown>>) : undefined;
}

export function responsibilities(h: Handbook, kinds: readonly KindDefinition[] = KINDS): ReadonlyMap<string, readonly Responsibility[]> {
  const known = kinds === KINDS ? cache.get(h) : undefined;
  if (known) return known;
  const byPerson = new Map<string, Responsibility[]>();
  for (const k of kinds) {
    const fields = Object.entries(k.references).filter(([, target]) => target === 'person' || (Array.isArray(target) && target.includes('person')));
    if (fields.length === 0 || k.name === 'person') continue;
    const items = itemsOf(h, k);
    if (!items) continue;
    for (const [id, item] of items) {
      for (const [field] of fields) {
        const seen = new Set<string>();
        for (const [, person] of valuesAt(item, field)) {
          if (seen.has(person)) continue;
          seen.add(person);
          let list = byPerson.get(person);
          if (!list) byPerson.set(person, (list = []));
          list.push({ kind: k.name, field, id, item });
        }
      }
    }
  }
  if (kinds === KINDS) cache.set(h, byPerson);
  return byPerson;
}

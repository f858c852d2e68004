/**
 * What the site search (Pagefind) knows about each document page: its id and type (shown in
 * results), its filters (type, process area, units in scope, status, lifecycle) and terms in the
 * other language of the handbook (so that 投诉 finds an English complaint SOP through the Chinese
 * titles of the standards it implements and of its process area). Each kind with pages says which
 * of its fields give them (its `search` facets in src/core/model/kinds/).
 */
import type { Handbook } from '../../core/model/handbook.ts';
import type { Locale, LocalizedText } from '../../core/schema/common.ts';
import { KINDS, kind as kindCalled, kindNamed, registerPages, type ItemOf, type RegisterPage, type SearchType, type SearchedKindName } from '../../core/model/kinds/registry.ts';
import type { KindDefinition } from '../../core/model/kinds/kind.ts';
import { ARCHIVED_STATUSES } from './query.ts';
import { localized } from '../words/text.ts';

/**
 * A page the search indexes: an item of a kind with search facets (`{ kind: 'finding', item }`,
 * typed by the kind's collection), or a register page.
 */
export type SearchDocument = { [N in SearchedKindName]: { kind: N; item: ItemOf<N> } }[SearchedKindName] | { kind: 'register'; register: RegisterPage };

/** The `type` of a register page (the complaint register, inspections, training), which lists the items of kinds without pages of their own. */
export const REGISTER_TYPE = 'Register';

/** The `type` filter's value of each kind the search indexes, in the order the search page offers them. */
export const TYPE_LABELS = {
  ...(Object.fromEntries(KINDS.flatMap((k) => (k.search ? [[k.name, k.search.type]] : []))) as Record<SearchedKindName, SearchType>),
  register: REGISTER_TYPE,
} as Record<SearchedKindName, SearchType> & { register: typeof REGISTER_TYPE };

/**
 * The label of each value of the `type` filter in one language, by the value the index holds: a
 * kind's own name for one item (`labels` in src/core/model/kinds/, capitalised in English: `Audit
 * finding`, `审核发现`), and `register` for the register pages. A new kind in the search needs no words of its own here.
 */
export function searchTypeLabels(locale: Locale, register: string, kinds: readonly KindDefinition[] = KINDS): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const k of kinds) {
    if (!k.search) continue;
    const one = k.labels[locale].one;
    labels[k.search.type] = locale === 'en' ? one.charAt(0).toUpperCase() + one.slice(1) : one;
  }
  labels[REGISTER_TYPE] = register;
  return labels;
}
export const ALL_UNITS = 'All units';

export interface SearchData {
  id: string;
  type: string;
  filters: Array<[key: string, value: string]>;
  /** Names and titles in the other language, indexed with the page. */
  otherTerms: string[];
  otherLang: 'en' | 'zh-CN';
}

/** `effective` → `Effective`, `in-review` → `In review`. */
export function statusLabel(status: string): string {
  const s = status.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Filter values may not contain the separators of Pagefind's attribute syntax. */
export function filterValue(text: string): string {
  return text.replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function unitLabels(h: Pick<Handbook, 'units'>, scope: 'all' | readonly string[]): string[] {
  if (scope === 'all') return [ALL_UNITS];
  return scope.map((id) => {
    const unit = h.units.get(id);
    return unit ? localized(unit.name, 'en') : id;
  });
}

function other(text: LocalizedText | undefined, lang: 'en' | 'zh-CN'): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const value = (text as Record<string, string | undefined>)[lang];
  return value && value.trim() ? value : undefined;
}

/** The search data of a document of a kind the search indexes, or of a register page. */
export function searchData(h: Partial<Handbook>, doc: SearchDocument): SearchData {
  if (doc.kind === 'register') return registerRecord(h, doc.register);
  return searchRecord(h, kindCalled(doc.kind), doc.item as unknown as Record<string, unknown>);
}

/** The search data of `item`, an item of `kind`, read through the kind's search facets. */
export function searchRecord(h: Partial<Handbook>, kind: KindDefinition, item: Record<string, unknown>, kinds: readonly KindDefinition[] = KINDS): SearchData {
  const facets = kind.search;
  if (!facets) throw new Error(`The kind "${kind.name}" has no pages in the search.`);
  const lang = facets.lang === undefined ? undefined : item[facets.lang];
  const otherLang: 'en' | 'zh-CN' = lang === undefined || lang === 'en' ? 'zh-CN' : 'en';
  /** The items of the kind a field names, and that kind. */
  const referenced = (field: string) => {
    const target = kind.references[field];
    const name = typeof target === 'string' ? target : undefined;
    const other = name === undefined ? undefined : kindNamed(name, kinds);
    const items = other?.collection ? ((h as Record<string, unknown>)[other.collection] as ReadonlyMap<string, Record<string, unknown>> | undefined) : undefined;
    return { other, items };
  };
  const idsIn = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

  const filters: Array<[string, string]> = [['type', facets.type]];
  for (const filter of facets.filters) {
    const value = item[filter.field];
    if (value === 'all') {
      filters.push([filter.key, filterValue(ALL_UNITS)]);
      continue;
    }
    const { other, items } = referenced(filter.field);
    for (const id of idsIn(value)) {
      const named = other?.nameField === undefined ? undefined : items?.get(id)?.[other.nameField];
      filters.push([filter.key, filterValue(named === undefined ? id : localized(named as LocalizedText, 'en'))]);
    }
  }
  const otherTerms: Array<string | undefined> = [];
  for (const field of facets.otherTerms) {
    const { other: target, items } = referenced(field);
    if (!target) otherTerms.push(other(item[field] as LocalizedText | undefined, otherLang));
    else for (const id of idsIn(item[field])) otherTerms.push(other(items?.get(id)?.[target.nameField ?? 'name'] as LocalizedText | undefined, otherLang));
  }
  const label = statusLabel(facets.status === undefined ? 'effective' : String(item[facets.status]));
  filters.push(['status', label], ['lifecycle', ARCHIVED_STATUSES.includes(label) ? 'archived' : 'current']);
  return { id: String(item['id']), type: facets.type, filters, otherTerms: [...new Set(otherTerms.filter((t): t is string => t !== undefined))], otherLang };
}

/** The values at a path of an item (`rows.unit` reads `unit` in each of `rows`). */
function valuesAt(item: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return Array.isArray(item) ? item : [item];
  if (Array.isArray(item)) return item.flatMap((x) => valuesAt(x, path));
  if (item === null || typeof item !== 'object') return [];
  return valuesAt((item as Record<string, unknown>)[path[0]!], path.slice(1));
}

/**
 * The search data of a register page: id and type `Register`, the filters gathered from the items
 * of every kind the register lists (the units with complaints, the process areas of the causes),
 * in English as the index holds them; a register is always current.
 */
export function registerRecord(h: Partial<Handbook>, page: RegisterPage, kinds: readonly KindDefinition[] = KINDS): SearchData {
  const register = registerPages(kinds).find((r) => r.page === page);
  if (!register) throw new Error(`No kind is listed on the register "${page}".`);
  const values = new Map<string, Set<string>>();
  for (const k of register.kinds) {
    const items = k.collection ? ((h as Record<string, unknown>)[k.collection] as ReadonlyMap<string, unknown> | readonly unknown[] | undefined) : undefined;
    if (!items) continue;
    const list = items instanceof Map ? [...items.values()] : [...(items as readonly unknown[])];
    for (const filter of k.register!.filters) {
      const target = k.references[filter.field];
      const other = typeof target === 'string' ? kindNamed(target, kinds) : undefined;
      const named = other?.collection ? ((h as Record<string, unknown>)[other.collection] as ReadonlyMap<string, Record<string, unknown>> | undefined) : undefined;
      const seen = values.get(filter.key) ?? new Set<string>();
      values.set(filter.key, seen);
      for (const item of list) {
        for (const value of valuesAt(item, filter.field.split('.'))) {
          if (value === 'all') seen.add(filterValue(ALL_UNITS));
          else if (typeof value === 'string') {
            const name = other?.nameField === undefined ? undefined : named?.get(value)?.[other.nameField];
            seen.add(filterValue(name === undefined ? value : localized(name as LocalizedText, 'en')));
          }
        }
      }
    }
  }
  const filters: Array<[string, string]> = [['type', REGISTER_TYPE]];
  for (const [key, set] of values) for (const v of [...set].sort()) filters.push([key, v]);
  filters.push(['status', statusLabel('effective')], ['lifecycle', 'current']);
  return { id: page, type: REGISTER_TYPE, filters, otherTerms: [], otherLang: 'zh-CN' };
}

/**
 * What the site search (Pagefind) knows about each document page: its id and type (shown in
 * results), its filters (type, process area, units in scope, status, lifecycle) and terms in the
 * other language of the handbook (so that 投诉 finds an English complaint SOP through the Chinese
 * titles of the standards it implements and of its process area).
 */
import type { Handbook, KpiEntity, PageEntity, SopEntity, StandardEntity } from '../../core/model/handbook.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { ARCHIVED_STATUSES } from './query.ts';
import { localized } from '../words/text.ts';

export type SearchDocument =
  | { kind: 'sop'; sop: SopEntity }
  | { kind: 'standard'; standard: StandardEntity }
  | { kind: 'kpi'; kpi: KpiEntity }
  | { kind: 'page'; page: PageEntity };

export const TYPE_LABELS = { sop: 'SOP', standard: 'Standard', kpi: 'KPI', page: 'Handbook page' } as const;
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

export function areaLabel(h: Pick<Handbook, 'areas'>, id: string): string {
  const area = h.areas.get(id);
  return area ? localized(area.name, 'en') : id;
}

function other(text: LocalizedText | undefined, lang: 'en' | 'zh-CN'): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const value = (text as Record<string, string | undefined>)[lang];
  return value && value.trim() ? value : undefined;
}

export function searchData(h: Pick<Handbook, 'units' | 'areas' | 'standards' | 'kpis'>, doc: SearchDocument): SearchData {
  const filters: Array<[string, string]> = [];
  const add = (key: string, value: string) => filters.push([key, filterValue(value)]);
  let id: string;
  let status = 'effective';
  let otherLang: 'en' | 'zh-CN' = 'zh-CN';
  const otherTerms: Array<string | undefined> = [];
  switch (doc.kind) {
    case 'sop': {
      const { sop } = doc;
      id = sop.id;
      status = sop.status;
      otherLang = sop.lang === 'en' ? 'zh-CN' : 'en';
      add('area', areaLabel(h, sop.area));
      for (const u of unitLabels(h, sop.scope)) add('unit', u);
      otherTerms.push(other(h.areas.get(sop.area)?.name, otherLang));
      for (const s of sop.implements) otherTerms.push(other(h.standards.get(s)?.title, otherLang));
      for (const k of sop.measuredBy) otherTerms.push(other(h.kpis.get(k)?.name, otherLang));
      break;
    }
    case 'standard': {
      const s = doc.standard;
      id = s.id;
      status = s.status;
      for (const u of unitLabels(h, s.units)) add('unit', u);
      otherTerms.push(other(s.title, otherLang), other(s.requirement, otherLang));
      break;
    }
    case 'kpi': {
      const k = doc.kpi;
      id = k.id;
      for (const u of unitLabels(h, k.units)) add('unit', u);
      otherTerms.push(other(k.name, otherLang));
      break;
    }
    case 'page':
      id = doc.page.id;
      otherLang = doc.page.lang === 'en' ? 'zh-CN' : 'en';
      break;
  }
  const type = TYPE_LABELS[doc.kind];
  const label = statusLabel(status);
  filters.unshift(['type', type]);
  filters.push(['status', label], ['lifecycle', ARCHIVED_STATUSES.includes(label) ? 'archived' : 'current']);
  return { id, type, filters, otherTerms: [...new Set(otherTerms.filter((t): t is string => t !== undefined))], otherLang };
}

/**
 * What a person's page (`/people/li-wei/`) shows, prepared: name, role, unit, Git handle, and what
 * the handbook names them for (core/analysis/responsibilities.ts), grouped by kind in the registry's
 * order, each item with its title in the page's language and a link to its page where it has one.
 * Also the list of everyone (`/people/`).
 */
import type { Handbook, PersonEntity } from '../../core/model/handbook.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { responsibilities, type Responsibility } from '../../core/analysis/responsibilities.ts';
import { KINDS } from '../../core/model/kinds/registry.ts';
import { actionUrl, auditUrl, kpiUrl, managementReviewUrl, pageUrl, riskUrl, sopUrl, standardUrl, trainingUrl, unitUrl } from '../routes/urls.ts';
import type { UiLocale } from '../words/locale.ts';
import { localized } from '../words/text.ts';
import { wordsFor } from '../words/words.ts';
import { PERSON_FIELDS, type PersonField } from '../words/en/people.ts';

/** Where an item of a kind is shown, for the kinds that have a page (or an anchor on a register). */
const ITEM_URL: Partial<Record<string, (id: string, locale: UiLocale) => string>> = {
  sop: sopUrl,
  page: pageUrl,
  standard: standardUrl,
  kpi: kpiUrl,
  action: actionUrl,
  audit: auditUrl,
  risk: riskUrl,
  'management-review': (id, locale) => managementReviewUrl(id.replace(/^MR-/, ''), locale),
  unit: unitUrl,
  campaign: (_id, locale) => trainingUrl(locale),
};

export interface PersonItem {
  id: string;
  title: string | undefined;
  /** The title's language when it is not the page's (an SOP written in Chinese, on the English page). */
  lang: string | undefined;
  href: string | undefined;
  /** What the person is named as, e.g. "Owner", "Approver". */
  as: string[];
}

export interface PersonGroup {
  kind: string;
  label: string;
  items: PersonItem[];
}

const fieldLabel = (field: string, locale: UiLocale) => (field in PERSON_FIELDS ? wordsFor(locale).people.fields[field as PersonField] : field);

export function personPage(h: Handbook, person: PersonEntity, locale: UiLocale) {
  const list = responsibilities(h).get(person.id) ?? [];
  const role = h.roles.get(person.role);
  const unit = h.units.get(person.unit);
  const groups: PersonGroup[] = [];
  for (const k of KINDS) {
    const mine = list.filter((r) => r.kind === k.name);
    if (mine.length === 0) continue;
    const byId = new Map<string, PersonItem>();
    for (const r of mine as Responsibility[]) {
      let entry = byId.get(r.id);
      if (!entry) {
        const name = k.nameField ? (r.item[k.nameField] as LocalizedText | undefined) : undefined;
        const url = ITEM_URL[k.name];
        const lang = typeof name === 'string' && typeof r.item['lang'] === 'string' && r.item['lang'] !== locale ? (r.item['lang'] as string) : undefined;
        byId.set(r.id, (entry = { id: r.id, title: name === undefined ? undefined : localized(name, locale), lang, href: url?.(r.id, locale), as: [] }));
      }
      const label = fieldLabel(r.field, locale);
      if (!entry.as.includes(label)) entry.as.push(label);
    }
    groups.push({ kind: k.name, label: k.labels[locale === 'zh-CN' ? 'zh-CN' : 'en'].many, items: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) });
  }
  return {
    person,
    roleName: role ? localized(role.name, locale) : person.role,
    unitName: unit ? localized(unit.name, locale) : person.unit,
    unitHref: unit ? unitUrl(unit.id, locale) : undefined,
    groups,
    count: groups.reduce((n, g) => n + g.items.length, 0),
  };
}

export type PersonPage = ReturnType<typeof personPage>;

/** Everyone, in the order of `data/people.yaml`, with role, unit and how many items name them. */
export function peoplePage(h: Handbook, locale: UiLocale) {
  const all = responsibilities(h);
  return [...h.people.values()].map((p) => ({
    id: p.id,
    name: p.name,
    role: localized(h.roles.get(p.role)?.name ?? p.role, locale),
    unit: localized(h.units.get(p.unit)?.name ?? p.unit, locale),
    count: new Set((all.get(p.id) ?? []).map((r) => `${r.kind}\u0000${r.id}`)).size,
  }));
}

/**
 * The keys of the pages of risks, standards, KPIs and people (src/site/views/record-page-keys.ts)
 * change with every ingredient of what each page shows, one at a time, on the sample: the
 * interface language, the build date, the record itself, what its view shows from other records
 * (the treatment action, the measurements, the person's items), and of each SOP the page shows:
 * its title in force, its step where the page shows it, its translation, its document-control
 * state; a person's page also with the title of a handbook page they own. And each key stays the
 * same when only an SOP the page does not show changes (else nothing could be restored).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Handbook, KpiEntity, PersonEntity, RiskEntity, SopEntity, StandardEntity } from '../../../src/core/model/handbook.ts';
import { SETTINGS } from '../../../src/core/settings.ts';
import { getDocumentControl } from '../../../src/site/stores/document-control.ts';
import { getHandbook } from '../../../src/site/stores/handbook.ts';
import { kpiPageKey, personPageKey, riskPageKey, standardPageKey } from '../../../src/site/views/record-page-keys.ts';

const TODAY = '2026-11-22';
/** The SOP the pages below show, and one none of them shows. */
const SHOWN = 'SOP-DL-001';
const NOT_SHOWN = 'SOP-QM-001';
let handbook: Handbook;

beforeAll(() => {
  for (const name of Object.keys(SETTINGS)) delete process.env[name];
  process.env['SQMS_TODAY'] = TODAY;
  handbook = getHandbook().handbook;
});
afterEach(() => {
  process.env['SQMS_TODAY'] = TODAY;
});

type Collection = 'sops' | 'people' | 'actions' | 'pages' | 'risks' | 'standards' | 'kpis';
/** The handbook with one map replaced by a copy in which `id` is changed by `change`. */
function withEntity(kind: Collection, id: string, change: (e: never) => object, h: Handbook = handbook): Handbook {
  const map = new Map(h[kind] as Map<string, unknown>);
  expect(map.has(id), `${kind} ${id}`).toBe(true);
  map.set(id, change(map.get(id) as never));
  return { ...h, [kind]: map };
}
const renamedSop = (id: string, h: Handbook = handbook) => withEntity('sops', id, (s: SopEntity) => ({ ...s, title: 'Renamed' }), h);
const stepChanged = (id: string, step: string) =>
  withEntity('sops', id, (s: SopEntity) => ({ ...s, steps: s.steps.map((x) => (x.id === step ? { ...x, action: `${x.action} at once` } : x)) }));
/** The handbook with the Chinese translation of `id` given another title. */
function translationRenamed(id: string): Handbook {
  const sops = new Map(handbook.translations.sops);
  const byLang = new Map(sops.get(id)!);
  const zh = byLang.get('zh-CN')!;
  byLang.set('zh-CN', { ...zh, title: '另一个标题' });
  sops.set(id, byLang);
  return { ...handbook, translations: { ...handbook.translations, sops } };
}
/** The key `key` gives while the approval state of `id` reads `changed-since-approval` (a fresh handbook object: keys of a handbook keep what they computed). */
function withStateChanged(id: string, key: (h: Handbook) => string): string {
  const states = getDocumentControl().states;
  const state = states.get(id)!;
  expect(state.status).not.toBe('changed-since-approval');
  const status = state.status;
  state.status = 'changed-since-approval';
  try {
    return key({ ...handbook });
  } finally {
    state.status = status;
  }
}

/** The ingredients every kind shares: the language, the build date, an SOP shown and one not shown. */
function sharedIngredients(key: (h: Handbook, locale?: 'en' | 'zh-CN') => string) {
  const before = key(handbook);
  expect(key(handbook, 'zh-CN'), 'the interface language').not.toBe(before);
  expect(key({ ...handbook, today: '2026-11-23' }), 'the build date').not.toBe(before);
  expect(key(renamedSop(SHOWN)), 'the title of an SOP it shows').not.toBe(before);
  expect(key(translationRenamed(SHOWN), 'zh-CN'), 'the Chinese title of an SOP it shows').not.toBe(key(handbook, 'zh-CN'));
  expect(withStateChanged(SHOWN, (h) => key(h)), 'the approval state of an SOP it shows').not.toBe(before);
  // Not shown: another SOP's title, steps and state.
  expect(key(renamedSop(NOT_SHOWN)), 'the title of an SOP it does not show').toBe(before);
  expect(key(withEntity('sops', NOT_SHOWN, (s: SopEntity) => ({ ...s, steps: [] }))), 'the steps of an SOP it does not show').toBe(before);
  expect(withStateChanged(NOT_SHOWN, (h) => key(h)), 'the approval state of an SOP it does not show').toBe(before);
  expect(key(handbook), 'computed again').toBe(before);
}

describe('the key of a risk page changes with', () => {
  const risk = () => handbook.risks.get('RISK-004')!;
  const key = (h: Handbook, locale: 'en' | 'zh-CN' = 'en', r: RiskEntity = h.risks.get('RISK-004')!) => riskPageKey(h, r, locale);

  it('the language, the build date, the SOPs it names (not others)', () => {
    expect(risk().controls.some((c) => c.sop === SHOWN)).toBe(true);
    expect(risk().process.sop).not.toBe(NOT_SHOWN);
    sharedIngredients(key);
  });

  it('the risk, the step words of a control and where it arises, and its treatment action', () => {
    const before = key(handbook);
    expect(key(withEntity('risks', 'RISK-004', (r: RiskEntity) => ({ ...r, cause: { en: 'Another cause' } }))), 'the risk').not.toBe(before);
    expect(key(stepChanged(SHOWN, 'S2')), 'the words of a control\'s step').not.toBe(before);
    expect(key(stepChanged(risk().process.sop, risk().process.step)), 'the words of the step where it arises').not.toBe(before);
    expect(key(withEntity('actions', risk().treatment!, (a: { stage: string }) => ({ ...a, stage: 'closed' }))), 'its treatment action').not.toBe(before);
    expect(key(withEntity('people', risk().owner, (p: object) => ({ ...p, name: 'Someone else' }))), 'its owner\'s name').not.toBe(before);
  });
});

describe('the key of a standard page changes with', () => {
  const ID = 'STD-RESP-005';
  const key = (h: Handbook, locale: 'en' | 'zh-CN' = 'en', s: StandardEntity = h.standards.get(ID)!) => standardPageKey(h, s, locale);

  it('the language, the build date, the SOPs that implement it (not others)', () => {
    expect(handbook.sops.get(SHOWN)!.implements).toContain(ID);
    expect(handbook.sops.get(NOT_SHOWN)!.implements).not.toContain(ID);
    sharedIngredients(key);
  });

  it('the standard, the status and KPIs of an SOP that implements it, and its own approval', () => {
    const before = key(handbook);
    expect(key(withEntity('standards', ID, (s: StandardEntity) => ({ ...s, title: 'Renamed' }))), 'the standard').not.toBe(before);
    expect(key(withEntity('sops', SHOWN, (s: SopEntity) => ({ ...s, status: 'retired' }))), 'an SOP\'s status').not.toBe(before);
    expect(key(withEntity('sops', SHOWN, (s: SopEntity) => ({ ...s, measuredBy: [] }))), 'an SOP\'s KPIs').not.toBe(before);
    const state = getDocumentControl().states.get(ID)!;
    const signatures = state.signatures;
    state.signatures = [];
    const unsigned = key(handbook);
    state.signatures = signatures;
    expect(unsigned, 'its signatures').not.toBe(before);
    expect(key(handbook)).toBe(before);
  });
});

describe('the key of a KPI page changes with', () => {
  const ID = 'KPI-OTD';
  const key = (h: Handbook, locale: 'en' | 'zh-CN' = 'en', k: KpiEntity = h.kpis.get(ID)!) => kpiPageKey(h, k, locale);

  it('the language, the build date, the SOPs it measures (not others)', () => {
    expect(handbook.sops.get(SHOWN)!.measuredBy).toContain(ID);
    expect(handbook.sops.get(NOT_SHOWN)!.measuredBy).not.toContain(ID);
    sharedIngredients(key);
  });

  it('the KPI and its measurements', () => {
    const before = key(handbook);
    expect(key(withEntity('kpis', ID, (k: KpiEntity) => ({ ...k, dataSource: 'Another system' }))), 'the KPI').not.toBe(before);
    const i = handbook.measurements.findLastIndex((m) => m.kpi === ID);
    const measurements = handbook.measurements.map((m, j) => (j === i ? { ...m, note: 'Counted again' } : m));
    expect(key({ ...handbook, measurements }), 'a measurement').not.toBe(before);
  });
});

describe('the key of a person page changes with', () => {
  const key = (h: Handbook, locale: 'en' | 'zh-CN' = 'en', id = 'qian-yun') => personPageKey(h, h.people.get(id)!, locale);

  it('the language, the build date, the SOPs they are named in (not others)', () => {
    expect(handbook.sops.get(SHOWN)!.owner).toBe('qian-yun');
    expect(handbook.sops.get(NOT_SHOWN)!.owner).not.toBe('qian-yun');
    expect(handbook.sops.get(NOT_SHOWN)!.approvers).not.toContain('qian-yun');
    sharedIngredients(key);
  });

  it('the person, and the title of a handbook page they own (not of one they do not)', () => {
    expect(key(withEntity('people', 'qian-yun', (p: PersonEntity) => ({ ...p, git: 'qy' })))).not.toBe(key(handbook));
    const page = handbook.pages.get('guides')!;
    expect(page.owner).toBe('david-lin');
    const renamed = withEntity('pages', 'guides', (p: object) => ({ ...p, title: 'Guides, renamed' }));
    expect(key(renamed, 'en', 'david-lin')).not.toBe(key(handbook, 'en', 'david-lin'));
    expect(key(renamed, 'en', 'qian-yun')).toBe(key(handbook, 'en', 'qian-yun'));
  });
});

/**
 * The key of an SOP's page (src/site/views/page-keys.ts) changes with every ingredient of what the
 * page shows, one at a time, on the sample: the interface language, the build date, the site's
 * identity, the "propose a change" guide, each setting a page shows, the SOP's title, steps and
 * body, its translation, the title of an SOP it links to, the data every page looks things up in
 * (people, units, standards), its approval records and its Git history. And it stays the same when
 * only an SOP it does not show changes (else nothing could be restored).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Handbook, SopEntity } from '../../../src/core/model/handbook.ts';
import { SETTINGS } from '../../../src/core/settings.ts';
import { getDocumentControl } from '../../../src/site/stores/document-control.ts';
import { getHandbook } from '../../../src/site/stores/handbook.ts';
import { PAGE_SETTINGS, SETTINGS_NOT_ON_PAGES, siteKeyParts, sopPageKey, sopVersionPageKey } from '../../../src/site/views/page-keys.ts';
import { canonicalText, stableDigest } from '../../../src/site/views/stable-digest.ts';

const TODAY = '2026-11-22';
let handbook: Handbook;
let sop: SopEntity;
const saved = { ...process.env };

beforeAll(() => {
  for (const name of Object.keys(SETTINGS)) delete process.env[name];
  process.env['SQMS_TODAY'] = TODAY;
  handbook = getHandbook().handbook;
  sop = handbook.sops.get('SOP-DL-002')!;
});
afterEach(() => {
  for (const name of PAGE_SETTINGS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  process.env['SQMS_TODAY'] = TODAY;
});

const key = (h: Handbook = handbook, s: SopEntity = sop, locale: 'en' | 'zh-CN' = 'en') => sopPageKey(h, s, locale);
/** The handbook with one map replaced by a copy in which `id` is changed by `change`. */
function withEntity<K extends 'sops' | 'people' | 'units' | 'standards' | 'pages'>(kind: K, id: string, change: (e: never) => object): Handbook {
  const map = new Map(handbook[kind] as Map<string, unknown>);
  map.set(id, change(map.get(id) as never));
  return { ...handbook, [kind]: map };
}

describe('stable digests', () => {
  it('write equal values alike and different values differently', () => {
    expect(stableDigest({ a: 1, b: [1, 2] })).toBe(stableDigest({ b: [1, 2], a: 1 }));
    expect(stableDigest({ a: 1 })).toBe(stableDigest({ a: 1, b: undefined, f: () => 1 }));
    const distinct = [1, '1', [1], { 0: 1 }, new Map([[1, 1]]), new Set([1]), null, undefined, true, 'T', NaN, -0, 0, new Date(0), '1970-01-01T00:00:00.000Z', [undefined], [null], new Map([['a', 1]]), { a: 1 }];
    expect(new Set(distinct.map((v) => canonicalText(v))).size).toBe(distinct.length);
  });

  it('write a shared or circular object once, as a reference', () => {
    const parent: { name: string; children: unknown[] } = { name: 'org', children: [] };
    parent.children.push({ name: 'branch', parent });
    expect(canonicalText(parent)).toBe('{"children":[{"name":"branch","parent":R0,},],"name":"org",}');
    const shared = { x: 1 };
    expect(canonicalText([shared, shared])).not.toBe(canonicalText([shared, { x: 1 }]));
  });
});

describe('the key of an SOP page changes with', () => {
  it('the interface language', () => {
    expect(key(handbook, sop, 'zh-CN')).not.toBe(key());
  });

  it('the build date', () => {
    expect(key({ ...handbook, today: '2026-11-23' })).not.toBe(key());
  });

  it('the site identity (data/site.yaml) and the "propose a change" guide', () => {
    const site = handbook.siteSettings[0]!;
    expect(key({ ...handbook, siteSettings: [{ ...site, colour: '#123456' }] })).not.toBe(key());
    const pages = new Map(handbook.pages);
    expect(pages.delete('guides/propose-a-change')).toBe(true);
    expect(key({ ...handbook, pages })).not.toBe(key());
  });

  it('each setting a page shows, and every setting is either shown or known not to be', () => {
    expect([...PAGE_SETTINGS, ...SETTINGS_NOT_ON_PAGES].sort()).toEqual(Object.keys(SETTINGS).sort());
    const values: Record<(typeof PAGE_SETTINGS)[number], string> = {
      SQMS_ROOT: '/elsewhere',
      SQMS_TODAY: '2026-11-23',
      SQMS_STRICT: '1',
      SQMS_LINKS: 'warn',
      SQMS_DATE_WINDOW: '1990..+10',
      SQMS_SITE: 'https://quality.example.org',
      SQMS_BASE: '/handbook',
      SQMS_REPO_URL: 'https://git.example.org/handbook/edit/main/',
    };
    const before = key();
    for (const name of PAGE_SETTINGS) {
      process.env[name] = values[name];
      expect(key(), name).not.toBe(before);
      delete process.env[name];
      process.env['SQMS_TODAY'] = TODAY;
    }
    expect(key()).toBe(before);
  });

  it('the package version', () => {
    expect(siteKeyParts(handbook, 'en').package).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('the SOP\'s title, a step, its body and its translation', () => {
    expect(key(handbook, { ...sop, title: 'Another title' })).not.toBe(key());
    expect(key(handbook, { ...sop, steps: sop.steps.map((s, i) => (i === 0 ? { ...s, action: `${s.action}!` } : s)) })).not.toBe(key());
    expect(key(handbook, { ...sop, body: `${sop.body}\nOne more line.\n` })).not.toBe(key());
    const translations = new Map(handbook.translations.sops);
    const byLang = new Map(translations.get(sop.id)!);
    const [lang, translation] = [...byLang][0]!;
    byLang.set(lang, { ...translation, title: 'Other words' });
    translations.set(sop.id, byLang);
    expect(key({ ...handbook, translations: { ...handbook.translations, sops: translations } })).not.toBe(key());
  });

  it('the title of an SOP it links to, but not that of an SOP it does not show', () => {
    expect(sop.related).toContain('SOP-DL-001');
    expect(key(withEntity('sops', 'SOP-DL-001', (s: SopEntity) => ({ ...s, title: 'Renamed' })))).not.toBe(key());
    expect(sop.related).not.toContain('SOP-QM-001');
    expect(key(withEntity('sops', 'SOP-QM-001', (s: SopEntity) => ({ ...s, title: 'Renamed' })))).toBe(key());
    expect(key(withEntity('sops', 'SOP-QM-001', (s: SopEntity) => ({ ...s, steps: [] })))).toBe(key());
  });

  it('the people, units and standards every page looks names up in', () => {
    expect(key(withEntity('people', sop.owner, (p: { name: string }) => ({ ...p, name: 'Someone else' })))).not.toBe(key());
    const unit = [...handbook.units.keys()].at(-1)!;
    expect(key(withEntity('units', unit, (u: object) => ({ ...u, name: 'Renamed' })))).not.toBe(key());
    const standard = sop.implements[0]!;
    expect(key(withEntity('standards', standard, (s: object) => ({ ...s, title: 'Renamed' })))).not.toBe(key());
  });

  it('the document a page translation translates (a body linking to the translation leads to that page)', () => {
    const pages = handbook.translations.pages;
    expect(pages.size).toBeGreaterThan(0);
    // The same files, in the same order, each translating another page: only the ids differ.
    const renamed = new Map([...pages].map(([id, byLang]) => [`${id}-other`, byLang]));
    expect(key({ ...handbook, translations: { ...handbook.translations, pages: renamed } })).not.toBe(key());
  });

  it('its approval records and its Git history', () => {
    const control = getDocumentControl();
    const before = key();
    const approvals = control.approvals.byDocument.get(sop.id);
    expect(approvals).toBeDefined();
    const records = approvals!.records;
    approvals!.records = records.slice(1);
    const withoutSignature = key();
    approvals!.records = records;
    expect(withoutSignature).not.toBe(before);

    expect(control.history.available).toBe(true);
    if (!control.history.available) return;
    const history = control.history.documents.get(sop.origin.file)!;
    const commits = history.commits;
    history.commits = commits.slice(1);
    const withoutCommit = key();
    history.commits = commits;
    expect(withoutCommit).not.toBe(before);
    expect(key()).toBe(before);
  });
});

describe('the key of the page of a superseded version changes with', () => {
  const versionKey = (h: Handbook, current: SopEntity, archived: ReturnType<typeof superseded>, locale: 'en' | 'zh-CN' = 'en') => sopVersionPageKey(h, current, archived, locale);
  const superseded = () => getDocumentControl().versions.get('SOP-DC-001')!.superseded[0]!;

  it('the language, the build date, that version\'s text, the SOP today and its signatures', () => {
    const current = handbook.sops.get('SOP-DC-001')!;
    const archived = superseded();
    const before = versionKey(handbook, current, archived);
    expect(versionKey(handbook, current, archived, 'zh-CN')).not.toBe(before);
    expect(versionKey({ ...handbook, today: '2027-01-01' }, current, archived)).not.toBe(before);
    expect(versionKey(handbook, current, { ...archived, sop: { ...archived.sop, body: `${archived.sop.body}\nMore.\n` } })).not.toBe(before);
    expect(versionKey(handbook, current, { ...archived, supersededOn: '2026-01-02' })).not.toBe(before);
    expect(versionKey(handbook, { ...current, title: 'Renamed' }, archived)).not.toBe(before);
    const approvals = getDocumentControl().approvals.byDocument.get('SOP-DC-001')!;
    const records = approvals.records;
    approvals.records = [];
    const unsigned = versionKey(handbook, current, archived);
    approvals.records = records;
    expect(unsigned).not.toBe(before);
    // Another SOP's title is not on the page.
    expect(versionKey(withEntity('sops', 'SOP-QM-001', (s: SopEntity) => ({ ...s, title: 'Renamed' })), current, archived)).toBe(before);
  });
});

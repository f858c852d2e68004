/**
 * The key of a unit's page (src/site/views/unit-page-keys.ts) changes with each ingredient of what
 * the page shows, one at a time, on the sample (br-pudong lists SOP-DL-002, scoped to it by name,
 * and counts the SOPs of all units), and stays the same when an SOP the page does not list changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Handbook, SopEntity, UnitEntity } from '../../../src/core/model/handbook.ts';
import { SETTINGS } from '../../../src/core/settings.ts';
import { withSop as withSopIn } from '../../helpers/handbook-variants.ts';
import { getDocumentControl } from '../../../src/site/stores/document-control.ts';
import { getHandbook } from '../../../src/site/stores/handbook.ts';
import { unitPageKey } from '../../../src/site/views/unit-page-keys.ts';

let handbook: Handbook;
let unit: UnitEntity;

beforeAll(() => {
  for (const name of Object.keys(SETTINGS)) delete process.env[name];
  process.env['SQMS_TODAY'] = '2026-11-22';
  handbook = getHandbook().handbook;
  unit = handbook.units.get('br-pudong')!;
});

const key = (h: Handbook = handbook, u: UnitEntity = unit, locale: 'en' | 'zh-CN' = 'en') => unitPageKey(h, u, locale);

/** The handbook with SOP `id` changed by `change` (and its index rebuilt, as a load would). */
const withSop = (id: string, change: (s: SopEntity) => SopEntity): Handbook => withSopIn(handbook, id, change);

describe('the key of a unit page changes with', () => {
  it('the interface language and the build date', () => {
    expect(key(handbook, unit, 'zh-CN')).not.toBe(key());
    expect(key({ ...handbook, today: '2026-11-23' })).not.toBe(key());
  });

  it('the unit itself and the data the page shows (a person of the unit)', () => {
    expect(key(handbook, { ...unit, name: 'Renamed' })).not.toBe(key());
    const person = handbook.index.peopleByUnit.get(unit.id)![0]!;
    const people = new Map(handbook.people);
    people.set(person.id, { ...person, name: 'Someone else' });
    expect(key({ ...handbook, people })).not.toBe(key());
  });

  it('the title and the step text of an SOP it lists, and its translation\'s title in the English page', () => {
    const listed = handbook.sops.get('SOP-DL-002')!;
    expect(listed.scope).toContain(unit.id);
    expect(key(withSop(listed.id, (s) => ({ ...s, title: 'Renamed' })), unit, 'zh-CN')).not.toBe(key(handbook, unit, 'zh-CN'));
    expect(key(withSop(listed.id, (s) => ({ ...s, steps: s.steps.map((x, i) => (i === 0 ? { ...x, action: `${x.action}!` } : x)) })))).not.toBe(key());
    const translations = new Map(handbook.translations.sops);
    const byLang = new Map(translations.get(listed.id)!);
    const english = byLang.get('en')!;
    byLang.set('en', { ...english, title: 'Other words' });
    translations.set(listed.id, byLang);
    expect(key({ ...handbook, translations: { ...handbook.translations, sops: translations } })).not.toBe(key());
  });

  it('the document-control state of an SOP it lists', () => {
    // Each SOP's part is worked out once per handbook and document control, which a build makes once: a copy of the handbook stands for the next build.
    const control = getDocumentControl();
    const before = key();
    const state = control.states.get('SOP-DL-002');
    control.states.delete('SOP-DL-002');
    const without = key({ ...handbook });
    if (state) control.states.set('SOP-DL-002', state);
    expect(state).toBeDefined();
    expect(without).not.toBe(before);
    expect(key({ ...handbook })).toBe(before);
  });

  it('how many SOPs apply to all units', () => {
    expect(handbook.sops.get('SOP-DL-001')!.scope).toBe('all');
    expect(key(withSop('SOP-DL-001', (s) => ({ ...s, scope: ['br-shenzhen'] })))).not.toBe(key());
  });
});

describe('the key of a unit page stays the same', () => {
  it('when an SOP of all units changes its title or steps, or an SOP scoped to other units changes', () => {
    const before = key();
    expect(key(withSop('SOP-DL-001', (s) => ({ ...s, title: 'Renamed', steps: s.steps.map((x) => ({ ...x, action: `${x.action}!` })) })))).toBe(before);
    const elsewhere = handbook.sops.get('SOP-CS-006')!;
    expect(elsewhere.scope).not.toContain('br-xuhui');
    const xuhui = handbook.units.get('br-xuhui')!;
    expect(key(withSop(elsewhere.id, (s) => ({ ...s, title: 'Renamed' })), xuhui)).toBe(key(handbook, xuhui));
  });
});

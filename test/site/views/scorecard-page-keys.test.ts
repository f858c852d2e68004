/**
 * The keys of the scorecard pages of a period and of a unit (src/site/views/scorecard-page-keys.ts)
 * change with each ingredient of the scorecard they show, one at a time, on the sample, and stay
 * the same when an SOP changes only in what no scorecard reads (its title, its steps). What of the
 * SOPs reaches a scorecard is checked by running every scorecard page's view with SOPs that record
 * each field read: none of the fields the keys leave out may be read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Handbook, KpiEntity, SopEntity } from '../../../src/core/model/handbook.ts';
import { buildIndex } from '../../../src/core/model/index.ts';
import { SETTINGS } from '../../../src/core/settings.ts';
import { withSop as withSopIn } from '../../helpers/handbook-variants.ts';
import { getDocumentControl } from '../../../src/site/stores/document-control.ts';
import { getHandbook } from '../../../src/site/stores/handbook.ts';
import { latestPeriodKey, latestScorecard, scorecardPeriods } from '../../../src/site/stores/scorecards.ts';
import { SCORECARD_UNREAD_SOP_FIELDS, scorecardPageKey, scorecardPageKeyParts, unitScorecardPageKey } from '../../../src/site/views/scorecard-page-keys.ts';
import { scorecardPage } from '../../../src/site/views/scorecard-page.ts';
import { unitsWithScorecard } from '../../../src/site/views/scorecard-view.ts';
import { unitScorecardPage } from '../../../src/site/views/unit-scorecard-page.ts';

let handbook: Handbook;

beforeAll(() => {
  for (const name of Object.keys(SETTINGS)) delete process.env[name];
  process.env['SQMS_TODAY'] = '2026-11-22';
  handbook = getHandbook().handbook;
});

const PERIOD = '2026-10';
const UNIT = 'br-pudong';
const periodKey = (h: Handbook = handbook, period = PERIOD, locale: 'en' | 'zh-CN' = 'en') => scorecardPageKey(h, period, locale);
const unitKey = (h: Handbook = handbook, unit = UNIT, locale: 'en' | 'zh-CN' = 'en') => unitScorecardPageKey(h, unit, locale);
const both = (h: Handbook = handbook) => [periodKey(h), unitKey(h)];

/** The handbook with SOP `id` changed by `change` (and its index rebuilt, as a load would). */
const withSop = (id: string, change: (s: SopEntity) => SopEntity): Handbook => withSopIn(handbook, id, change);

describe('the keys of the scorecard pages change with', () => {
  it('the interface language, the build date, the period and the unit', () => {
    const [period, unit] = both();
    expect(periodKey(handbook, PERIOD, 'zh-CN')).not.toBe(period);
    expect(unitKey(handbook, UNIT, 'zh-CN')).not.toBe(unit);
    for (const [a, b] of [both({ ...handbook, today: '2026-11-23' }), [periodKey(handbook, '2026-09'), unitKey(handbook, 'br-xuhui')]] as const) {
      expect(a).not.toBe(period);
      expect(b).not.toBe(unit);
    }
    expect(latestPeriodKey(handbook)).toBe(PERIOD);
  });

  it('a measurement of the period and unit', () => {
    const i = handbook.measurements.findIndex((m) => m.period === PERIOD && m.unit === UNIT && m.value !== null);
    expect(i).toBeGreaterThanOrEqual(0);
    const measurements = handbook.measurements.map((m, j) => (j === i ? { ...m, value: m.value! + 1 } : m));
    const [period, unit] = both({ ...handbook, measurements });
    expect(period).not.toBe(periodKey());
    expect(unit).not.toBe(unitKey());
  });

  it('the objectives an earlier period is judged by, read from Git history', () => {
    const parts = scorecardPageKeyParts(handbook, '2025-12');
    expect(parts.scorecard.objectives.key).toContain('KPI-CSAT@1.0');
    const archived = getDocumentControl().others.get('KPI-CSAT')!.superseded[0]!;
    const fields = archived.sop.frontmatter as { target: number };
    const before = periodKey(handbook, '2025-12');
    const target = fields.target;
    fields.target = target - 1;
    const changed = periodKey(handbook, '2025-12');
    fields.target = target;
    expect(changed).not.toBe(before);
    expect(periodKey(handbook, '2025-12')).toBe(before);
  });

  it('the change log, status and scope of an SOP (a major version starts a control-chart phase)', () => {
    const before = both();
    const major = { version: '9.0', date: '2026-06-01', change: 'major', summary: 'New process.' } as SopEntity['changeLog'][number];
    for (const h of [
      withSop('SOP-DL-001', (s) => ({ ...s, changeLog: [...s.changeLog, major] })),
      withSop('SOP-DL-001', (s) => ({ ...s, status: 'retired' })),
      withSop('SOP-DL-001', (s) => ({ ...s, scope: ['br-pudong'] })),
    ]) {
      const after = both(h);
      expect(after[0]).not.toBe(before[0]);
      expect(after[1]).not.toBe(before[1]);
    }
  });
});

describe('the keys of the scorecard pages stay the same', () => {
  it('when an SOP changes its title, summary, steps or body', () => {
    const h = withSop('SOP-DL-001', (s) => ({ ...s, title: 'Renamed', summary: 'Other words.', body: `${s.body}\nMore.\n`, steps: s.steps.map((x) => ({ ...x, action: `${x.action}!` })) }));
    expect(both(h)).toEqual(both());
  });
});

describe('what of the SOPs reaches a scorecard', () => {
  it('is never a field the keys leave out, with every SOP version starting a phase', () => {
    const read = new Set<string>();
    const sops = new Map<string, SopEntity>();
    for (const [id, sop] of handbook.sops) sops.set(id, new Proxy(sop, { get: (target, field, receiver) => (read.add(String(field)), Reflect.get(target, field, receiver)) }));
    // Every KPI starts a phase at a major version of the SOPs it measures, so that path is read too.
    const kpis = new Map<string, KpiEntity>([...handbook.kpis].map(([id, k]) => [id, { ...k, controlChart: { ...k.controlChart, newPhaseOnMajorSopVersion: true } } as KpiEntity]));
    const h: Handbook = { ...handbook, sops, kpis };
    h.index = buildIndex(h);
    for (const p of scorecardPeriods(h)) scorecardPage(h, p.key, 'en');
    const units = unitsWithScorecard(latestScorecard(h));
    expect(units.length).toBeGreaterThan(5);
    for (const u of units) unitScorecardPage(h, u.id, 'en');
    expect(read).toContain('changeLog');
    expect(read).toContain('measuredBy');
    expect([...read].filter((field) => (SCORECARD_UNREAD_SOP_FIELDS as readonly string[]).includes(field))).toEqual([]);
  });
});

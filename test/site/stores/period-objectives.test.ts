/**
 * A period's scorecard judges each KPI by the definition in force when the period began. The
 * sample's KPI-CSAT 2.0 raised the target from 82 % to 85 % on 1 January 2026 (1.0 is read from
 * Git history): the 2025 scorecards keep 82 %, those of 2026 use 85 %; KPI-FCR 2.0 (78 %, from
 * 1 January 2027) applies to no scorecard yet.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';
import { getHandbook } from '../../../src/site/stores/handbook.ts';
import { primeLoadedHandbook } from '../../../src/site/stores/loaded-handbook.ts';
import { scorecardFor } from '../../../src/site/stores/scorecards.ts';
import { definitionsOnDay } from '../../../src/site/stores/definitions-in-force.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
primeLoadedHandbook(loadHandbook(root, { today: '2026-11-22' }));
const { handbook: h } = getHandbook();
const targetOf = (period: string, kpi: string) => scorecardFor(h, period).kpis.find((k) => k.id === kpi)!.target;

describe('scorecards judge a period by the objectives in force when it began', () => {
  it('KPI-CSAT: 82 % in the 2025 scorecards, 85 % from January 2026', () => {
    expect(h.kpis.get('KPI-CSAT')!.target).toBe(85);
    expect(targetOf('2025-06', 'KPI-CSAT')).toBe(82);
    expect(targetOf('2025-12', 'KPI-CSAT')).toBe(82);
    expect(targetOf('2026-01', 'KPI-CSAT')).toBe(85);
    expect(targetOf('2026-10', 'KPI-CSAT')).toBe(85);
  });

  it('a version approved for a later date applies to no scorecard before it (KPI-FCR stays at 75 %)', () => {
    expect(targetOf('2026-10', 'KPI-FCR')).toBe(75);
  });

  it('a version taking effect within a period applies from the next period, and the handbook is not copied when nothing differs', () => {
    expect(definitionsOnDay(h, '2026-01-01')).toBe(h);
    const before = definitionsOnDay(h, '2025-12-31');
    expect(before).not.toBe(h);
    expect(before.kpis.get('KPI-CSAT')!.target).toBe(82);
    expect(before.kpis.get('KPI-CSAT')!.version).toBe('1.0');
    // Only the KPIs whose version differs are replaced.
    expect(before.kpis.get('KPI-OTD')).toBe(h.kpis.get('KPI-OTD'));
    // Periods with the same objectives share one view (its index is built once).
    expect(definitionsOnDay(h, '2025-06-01')).toBe(before);
  });
});

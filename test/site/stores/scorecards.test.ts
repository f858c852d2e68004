import { describe, expect, it } from 'vitest';
import { RECENT_SCORECARDS, latestPeriodKey, latestScorecard, neighbours, scorecardBuildCount, scorecardFor, scorecardPeriods } from '../../../src/site/stores/scorecards.ts';
import { sampleHandbook } from '../sample-handbook.ts';

describe('the scorecard cache', () => {
  const h = sampleHandbook();

  it('builds each period once, however often pages ask', () => {
    const a = scorecardFor(h, '2026-09');
    expect(scorecardFor(h, '2026-09')).toBe(a);
    expect(scorecardBuildCount(h)).toBe(1);
    expect(latestScorecard(h)).toBe(scorecardFor(h, '2026-10'));
    expect(scorecardBuildCount(h)).toBe(2);
  });

  it('keeps the latest scorecard for the whole build and only the last few others', () => {
    const own = sampleHandbook();
    const latest = latestScorecard(own);
    const months = scorecardPeriods(own).filter((p) => p.frequency === 'monthly' && p.key !== latestPeriodKey(own));
    expect(months.length).toBeGreaterThan(RECENT_SCORECARDS + 1);
    const first = scorecardFor(own, months[0]!.key);
    for (const p of months.slice(1, RECENT_SCORECARDS)) scorecardFor(own, p.key);
    expect(scorecardFor(own, months[0]!.key)).toBe(first); // still among the last few: not built again
    const built = scorecardBuildCount(own);
    for (const p of months.slice(1, RECENT_SCORECARDS + 1)) scorecardFor(own, p.key);
    expect(scorecardBuildCount(own)).toBe(built + 1); // one new period, the others were kept
    const again = scorecardFor(own, months[RECENT_SCORECARDS + 2]!.key);
    expect(again.period.key).toBe(months[RECENT_SCORECARDS + 2]!.key);
    for (const p of months.slice(RECENT_SCORECARDS + 3, RECENT_SCORECARDS * 2 + 4)) scorecardFor(own, p.key);
    const rebuilt = scorecardFor(own, months[0]!.key); // dropped meanwhile: built again, the same figures
    expect(rebuilt).not.toBe(first);
    expect(rebuilt).toEqual(first);
    expect(latestScorecard(own)).toBe(latest);
  });

  it('keeps handbooks apart', () => {
    const other = sampleHandbook();
    expect(scorecardBuildCount(other)).toBe(0);
    expect(scorecardFor(other, '2026-09')).not.toBe(scorecardFor(h, '2026-09'));
  });

  it('lists every period with data, months and quarters, and the latest', () => {
    const keys = scorecardPeriods(h).map((p) => p.key);
    expect(keys).toContain('2025-01');
    expect(keys).toContain('2026-Q3');
    expect(keys.at(-1)).toBe('2026-10');
    expect(latestPeriodKey(h)).toBe('2026-10');
  });

  it('links a period to its neighbours of the same frequency', () => {
    expect(neighbours(h, '2026-10')).toMatchObject({ previous: { key: '2026-09' }, next: undefined });
    expect(neighbours(h, '2026-Q2')).toMatchObject({ previous: { key: '2026-Q1' }, next: { key: '2026-Q3' } });
    expect(neighbours(h, '2025-01').previous).toBeUndefined();
  });
});

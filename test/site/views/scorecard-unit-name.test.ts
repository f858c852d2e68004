import { describe, expect, it } from 'vitest';
import type { ScorecardUnit } from '../../../src/core/scoring/index.ts';
import { scorecardUnitName } from '../../../src/site/views/scorecard-unit-name.ts';

const units: ScorecardUnit[] = [
  { id: 'br-shenzhen', name: { en: 'Shenzhen branch', 'zh-CN': '深圳分行' }, type: 'branch', parent: 'south' },
  { id: 'south', name: { en: 'South region' }, type: 'region', parent: null },
];

describe('scorecardUnitName', () => {
  it("names a unit in the page's language, in the other one when it has no name in it, and by its id when it is not among the scorecard's units", () => {
    const en = scorecardUnitName(units, 'en');
    const zh = scorecardUnitName(units, 'zh-CN');
    expect(en('br-shenzhen')).toBe('Shenzhen branch');
    expect(zh('br-shenzhen')).toBe('深圳分行');
    expect(zh('south')).toBe('South region');
    expect(en('br-unknown')).toBe('br-unknown');
  });
});

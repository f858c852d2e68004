/** The training page's recertification box (src/site/views/recertification.ts) on the sample, in both languages. */
import { describe, expect, it } from 'vitest';
import { recertificationSection } from '../../../src/site/views/recertification.ts';
import { sampleHandbook } from '../sample-handbook.ts';

const h = sampleHandbook();

describe('recertification on the training page', () => {
  it('lists each role\'s interval and the units falling below the target first', () => {
    const en = recertificationSection(h, 'en');
    expect(en.intervals.map((i) => i.text)).toEqual(['24 months', '24 months']);
    expect(en.falling).toBe(4);
    expect(en.rows[0]).toMatchObject({ href: '/units/br-pudong/', now: '92.3%', expiring: '4', after: '82.1%', fallsBelow: true });
    expect(en.rows.at(-1)).toMatchObject({ fallsBelow: false });
    expect(en.lapseIntro).toBe("If the certifications expiring by 29 Dec 2026 (counted on 30 Sept 2026) are not renewed, each unit's coverage falls to the figure below; KPI-CERT's target is 90%.");
  });

  it('says the same in Chinese', () => {
    const zh = recertificationSection(h, 'zh-CN');
    expect(zh.intervals.map((i) => i.text)).toEqual(['24 个月', '24 个月']);
    expect(zh.lapseIntro).toBe('如2026年12月29日前到期的认证（2026年9月30日统计）未续期，各单位的认证覆盖率将降至下表数值；KPI-CERT的目标为90%。');
  });
});

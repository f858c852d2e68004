/**
 * The repeat-complaints section of the complaints page and the unit page's line
 * (src/site/views/repeat-complaints.ts) on the sample organisation, in both languages: Shenzhen first
 * and flagged by its chart, with its counts, interval and limits as text; a steady unit says so.
 */
import { describe, expect, it } from 'vitest';
import { repeatComplaintsSection, unitRepeatComplaints } from '../../../src/site/views/repeat-complaints.ts';
import { sampleHandbook } from '../sample-handbook.ts';

const h = sampleHandbook();

describe('repeat complaints on the complaints page', () => {
  it('lists Shenzhen first, rising, with the three months pooled, the interval and the chart limits', () => {
    const en = repeatComplaintsSection(h, 'en')!;
    expect(en.flagged).toBe(1);
    expect(en.shareHeading).toBe('Repeats, August 2026 to October 2026');
    expect(en.rows[0]).toMatchObject({
      href: '/units/br-shenzhen/',
      share: '19 of 346 (5.5%)',
      interval: '3.5% to 8.4%',
      centre: '2.1%',
      upper: '6%',
      chart: 'p-chart',
      flagged: true,
      status: 'Rising: a rise signals in October 2026 (Rule 2), rising since April 2026',
    });
    expect(en.rows.slice(1).every((r) => !r.flagged && r.status === 'No rise')).toBe(true);
    expect(en.intro).toContain('above the ceiling of 5% beyond sampling noise');
  });

  it('says the same in Chinese', () => {
    const zh = repeatComplaintsSection(h, 'zh-CN')!;
    expect(zh.rows[0]).toMatchObject({ share: '346件中19件（5.5%）', status: expect.stringMatching(/^上升：2026年10月出现上升信号（规则 2），自2026年4月起上升$/) });
    expect(zh.rows[1]!.status).toBe('无上升');
  });

  it('gives each unit page a line, flagged for Shenzhen only, linking to the section', () => {
    const shenzhen = unitRepeatComplaints(h, 'br-shenzhen', 'en')!;
    expect(shenzhen).toMatchObject({ flagged: true, href: '/complaints/#repeats' });
    expect(shenzhen.text).toBe('Repeat complaints August 2026 to October 2026: 19 of 346 (5.5%). Rising: a rise signals in October 2026 (Rule 2), rising since April 2026');
    expect(unitRepeatComplaints(h, 'br-pudong', 'zh-CN')).toMatchObject({ flagged: false, href: '/zh/complaints/#repeats' });
    expect(unitRepeatComplaints(h, 'region-south', 'en')).toBeUndefined();
  });
});

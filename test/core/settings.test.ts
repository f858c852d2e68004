import { describe, expect, it } from 'vitest';
import { daysBetween, isRealDate } from '../../src/core/time/dates.ts';
import { dateWindow, formatSettingProblem, setting, settingProblems, SETTINGS, strictSetting, today } from '../../src/core/settings.ts';

describe('today', () => {
  it('uses SQMS_TODAY when it is a real date', () => {
    expect(today({ SQMS_TODAY: '2026-11-22' })).toBe('2026-11-22');
  });

  it('ignores an SQMS_TODAY that is not a real date', () => {
    const now = new Date().toISOString().slice(0, 10);
    const got = today({ SQMS_TODAY: '2026-02-30' });
    expect(isRealDate(got)).toBe(true);
    expect(Math.abs(daysBetween(now, got))).toBeLessThanOrEqual(1);
    expect(got).not.toBe('2026-02-30');
  });
});

describe('settings', () => {
  it('reads each variable as its kind of value; unset and empty are the default', () => {
    expect(setting('SQMS_ROOT', { SQMS_ROOT: '../our-handbook' })).toBe('../our-handbook');
    expect(setting('SQMS_ROOT', { SQMS_ROOT: '' })).toBeUndefined();
    expect(strictSetting({ SQMS_STRICT: '1' })).toBe(true);
    expect(strictSetting({ SQMS_STRICT: '0' })).toBe(false);
    expect(strictSetting({})).toBe(false);
    expect(setting('SQMS_REPO_URL', { SQMS_REPO_URL: ' https://github.com/org/handbook/edit/main/ ' })).toBe('https://github.com/org/handbook/edit/main/');
    expect(setting('SQMS_FUZZ_SEED', { SQMS_FUZZ_SEED: '7' })).toBe(7);
    expect(dateWindow('2026-12-06', { SQMS_DATE_WINDOW: '1990..+10' })).toEqual({ from: 1990, to: 2036 });
    expect(dateWindow('2026-12-06', {})).toEqual({ from: 1900, to: 2076 });
  });

  it('names every variable set to a value it cannot read, and leaves it out', () => {
    const env = { SQMS_TODAY: '2026-02-30', SQMS_STRICT: 'yes', SQMS_DATE_WINDOW: '1990-2030', SQMS_REPO_URL: 'javascript:alert(1)', SQMS_ROOT: '.' };
    expect(strictSetting(env)).toBe(false);
    expect(setting('SQMS_REPO_URL', env)).toBeUndefined();
    expect(dateWindow('2026-12-06', env)).toEqual({ from: 1900, to: 2076 });
    expect(settingProblems(env).map(formatSettingProblem)).toMatchInlineSnapshot(`
      [
        "warning setting/invalid: SQMS_TODAY is "2026-02-30", which is not a real date YYYY-MM-DD; it is ignored.
        Set SQMS_TODAY to a real date YYYY-MM-DD, or unset it (default: today (UTC)).",
        "warning setting/invalid: SQMS_STRICT is "yes", which is not 1 (or 0); it is ignored.
        Set SQMS_STRICT to 1 (or 0), or unset it (default: warnings do not fail the build).",
        "warning setting/invalid: SQMS_DATE_WINDOW is "1990-2030", which is not FROM..TO, each a year (1990) or years from today (-30, +50); it is ignored.
        Set SQMS_DATE_WINDOW to FROM..TO, each a year (1990) or years from today (-30, +50), or unset it (default: 1900..+50).",
        "warning setting/invalid: SQMS_REPO_URL is "javascript:alert(1)", which is not an absolute http(s) address; it is ignored.
        Set SQMS_REPO_URL to an absolute http(s) address, or unset it (default: no edit links).",
      ]
    `);
    expect(settingProblems({ SQMS_TODAY: '', SQMS_ROOT: '' })).toEqual([]);
  });

  it('describes every variable for the README', () => {
    for (const [name, spec] of Object.entries(SETTINGS)) {
      expect(name).toMatch(/^SQMS_[A-Z_]+$/);
      expect(spec.meaning.length, name).toBeGreaterThan(20);
      expect(spec.default.length, name).toBeGreaterThan(0);
    }
  });
});

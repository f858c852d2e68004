import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../src/site/words/words.ts';

describe('review wording', () => {
  const review = (state: 'overdue' | 'due-soon' | 'ok' | 'not-scheduled', daysLeft?: number) => ({
    lastReview: '2025-01-01',
    due: daysLeft === undefined ? undefined : '2026-01-01',
    daysLeft,
    state,
  });

  it('says plainly how overdue a review is, in both languages', () => {
    expect(wordsFor('en').document.review(review('overdue', -1))).toBe('Overdue by 1 day');
    expect(wordsFor('en').document.review(review('overdue', -266))).toBe('Overdue by 266 days');
    expect(wordsFor('zh-CN').document.review(review('overdue', -266))).toBe('已逾期 266 天');
  });

  it('words reviews still ahead and unscheduled ones', () => {
    expect(wordsFor('en').document.review(review('due-soon', 12))).toBe('Due soon: in 12 days');
    expect(wordsFor('en').document.review(review('ok', 99))).toBe('In 99 days');
    expect(wordsFor('en').document.review(review('not-scheduled'))).toMatch(/^Not scheduled/);
  });

  it('has a notice for every status except effective', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const l = wordsFor(lang).document;
      expect(l.statusNotice.effective).toBeUndefined();
      for (const s of ['draft', 'in-review', 'superseded', 'retired'] as const) expect(l.statusNotice[s]).toBeTruthy();
    }
  });
});

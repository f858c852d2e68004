import { describe, expect, it } from 'vitest';
import type { ReviewStatus } from '../../../src/core/model/handbook.ts';
import { changeableDocuments, daysText, homeSummary, recentlyChanged, reviewsDueSoon, type ChangeableDocument } from '../../../src/site/views/home.ts';
import { miniHandbook } from '../mini-handbook.ts';

const doc = (id: string, kind: 'sop' | 'page' = 'sop', version?: string): ChangeableDocument => ({ kind, id, title: `T ${id}`, file: `content/${id}.mdx`, version });
const commit = (date: string, subject = 'edit') => ({ hash: 'h', date, author: { name: 'Ann', email: 'a@x' }, coAuthors: [], subject, status: 'modified' as const, gitPath: 'x' });
const histories = (entries: Record<string, string[]>) => ({
  available: true as const,
  documents: new Map(Object.entries(entries).map(([id, dates]) => [`content/${id}.mdx`, { commits: dates.map((d) => commit(d)) }])),
});

describe('recentlyChanged', () => {
  it('orders by the last commit instant, newest first, and keeps the version and date', () => {
    const r = recentlyChanged([doc('A', 'sop', '1.0'), doc('B', 'page'), doc('C', 'sop', '2.1')], histories({
      A: ['2026-03-01T10:00:00+00:00', '2026-01-01T00:00:00+00:00'],
      // Later local date, but earlier instant than C.
      B: ['2026-03-02T01:00:00+08:00'],
      C: ['2026-03-01T20:00:00+00:00'],
    }));
    expect(r.available).toBe(true);
    if (!r.available) return;
    expect(r.changes.map((c) => c.id)).toEqual(['C', 'B', 'A']);
    expect(r.changes[0]).toMatchObject({ date: '2026-03-01', version: '2.1', author: 'Ann' });
    expect(r.changes[1]!.date).toBe('2026-03-02');
  });

  it('keeps at most the limit (8 by default) and skips documents never committed', () => {
    const docs = Array.from({ length: 12 }, (_, i) => doc(`D${String(i).padStart(2, '0')}`));
    const h = histories(Object.fromEntries(docs.slice(0, 10).map((d, i) => [d.id, [`2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`]])));
    const r = recentlyChanged(docs, h);
    if (!r.available) throw new Error('expected history');
    expect(r.changes).toHaveLength(8);
    expect(r.changes[0]!.id).toBe('D09');
    expect(r.changes.some((c) => c.id === 'D10' || c.id === 'D11')).toBe(false);
  });

  it('says why when history is unavailable', () => {
    expect(recentlyChanged([doc('A')], { available: false, reason: 'this is a shallow clone' })).toEqual({ available: false, reason: 'this is a shallow clone' });
  });
});

describe('reviewsDueSoon', () => {
  const review = (daysLeft: number | undefined, due = '2026-12-01'): ReviewStatus => ({ lastReview: '2025-12-01', due: daysLeft === undefined ? undefined : due, daysLeft, state: 'ok' });
  const sop = (id: string, daysLeft: number | undefined, status: 'effective' | 'draft' | 'retired' = 'effective') => ({ id, title: id, status, review: review(daysLeft) }) as never;

  it('lists effective SOPs overdue or due within 60 days, most overdue first', () => {
    const r = reviewsDueSoon([sop('A', 30), sop('B', -5), sop('C', 61), sop('D', 60), sop('E', -40), sop('F', 0), sop('G', -10, 'draft'), sop('H', undefined)]);
    expect(r.map((x) => [x.id, x.daysLeft, x.overdue])).toEqual([
      ['E', -40, true],
      ['B', -5, true],
      ['F', 0, false],
      ['A', 30, false],
      ['D', 60, false],
    ]);
  });
});

describe('daysText', () => {
  it('reads naturally', () => {
    expect(daysText(-1, 'en')).toBe('1 day overdue');
    expect(daysText(-12, 'en')).toBe('12 days overdue');
    expect(daysText(0, 'en')).toBe('due today');
    expect(daysText(1, 'en')).toBe('in 1 day');
    expect(daysText(45, 'en')).toBe('in 45 days');
    expect(daysText(1200, 'en')).toBe('in 1,200 days');
  });

  it('reads naturally in Chinese', () => {
    expect(daysText(-1, 'zh-CN')).toBe('已逾期 1 天');
    expect(daysText(-12, 'zh-CN')).toBe('已逾期 12 天');
    expect(daysText(0, 'zh-CN')).toBe('今天到期');
    expect(daysText(45, 'zh-CN')).toBe('45 天后到期');
  });
});

describe('homeSummary', () => {
  it('covers every SOP and page and is computed once per handbook', () => {
    const h = miniHandbook();
    const docs = changeableDocuments(h);
    expect(docs).toHaveLength(h.sops.size + h.pages.size);
    expect(docs.filter((d) => d.kind === 'sop').every((d) => d.version)).toBe(true);
    const history = { available: false as const, reason: 'no Git' };
    const a = homeSummary(h, history);
    expect(homeSummary(h, history)).toBe(a);
    expect(a.recent).toEqual({ available: false, reason: 'no Git' });
  });
});

/**
 * The exports' English words for what the engine gives as data say what the site's English pages
 * say (the site's words are its dictionaries; the exports' are core/exports/english.ts).
 */
import { describe, expect, it } from 'vitest';
import { dateInEnglish, phaseCauseInEnglish } from '../../../src/core/exports/english.ts';
import type { PhaseCause } from '../../../src/core/scoring/spc.ts';
import { causeText } from '../../../src/site/views/chart-spec.ts';
import { formatDate } from '../../../src/site/words/format.ts';

const causes: PhaseCause[] = [
  { kind: 'start' },
  { kind: 'action', action: 'IA-2025-001', closed: '2025-09-30' },
  { kind: 'sop-version', sop: 'SOP-CS-001', version: '3.0', date: '2026-01-15' },
  { kind: 'declared', reason: { en: 'New ticketing system.', 'zh-CN': '新工单系统。' } },
  { kind: 'ramp-up', reason: 'New branch' },
  { kind: 'after-ramp-up' },
];

describe('English words of the exports', () => {
  it('say why a phase began as the English chart pages do', () => {
    for (const c of causes) expect(phaseCauseInEnglish(c)).toBe(causeText(c, 'en'));
    expect(phaseCauseInEnglish(causes[1]!)).toBe('after improvement action IA-2025-001, closed as effective on 30 Sept 2025');
  });

  it('write dates as the English pages do, and leave other text alone', () => {
    for (const d of ['2026-11-30', '2025-01-01', '2024-02-29']) expect(dateInEnglish(d)).toBe(formatDate(d, 'en'));
    expect(dateInEnglish('2026-Q3')).toBe('2026-Q3');
  });
});

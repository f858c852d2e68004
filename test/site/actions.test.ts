import { describe, expect, it } from 'vitest';
import type { ImprovementActionEntity } from '../../src/core/model/handbook.ts';
import { STAGE_LABELS, sortActions, stageLabel } from '../../src/lib/actions.ts';

const action = (id: string, stage: ImprovementActionEntity['stage'], due: string, closed?: string) =>
  ({ id, stage, due, closed }) as ImprovementActionEntity;

describe('sortActions', () => {
  it('puts open actions first by due date, then closed ones most recently closed first', () => {
    const sorted = sortActions([
      action('IA-2025-001', 'closed', '2025-03-01', '2025-02-20'),
      action('IA-2026-002', 'do', '2026-12-31'),
      action('IA-2025-003', 'closed', '2025-09-01', '2025-10-01'),
      action('IA-2026-001', 'plan', '2026-06-30'),
      action('IA-2026-003', 'check', '2026-06-30'),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['IA-2026-001', 'IA-2026-003', 'IA-2026-002', 'IA-2025-003', 'IA-2025-001']);
  });
});

describe('stageLabel', () => {
  it('names the PDCA stages in the interface language', () => {
    expect(stageLabel('plan', 'en')).toBe('Plan');
    expect(stageLabel('closed', 'en')).toBe('Closed');
    expect(stageLabel('plan', 'zh-CN')).toBe('策划');
    expect(stageLabel('act', 'zh-CN')).toBe('处置');
    expect(stageLabel('closed', 'zh-CN')).toBe('已关闭');
    // The English labels stay available for callers without a locale.
    expect(STAGE_LABELS.do).toBe('Do');
  });
});

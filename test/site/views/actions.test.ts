import { describe, expect, it } from 'vitest';
import type { ImprovementActionEntity } from '../../../src/core/model/handbook.ts';
import { STAGE_LABELS, sortActions, stageLabel } from '../../../src/site/views/actions.ts';

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

describe('actionEvidence', () => {
  it('judges the sample actions on their data: met, not met, pending, and one recurrence', async () => {
    const { actionEvidence } = await import('../../../src/site/views/actions.ts');
    const { sampleHandbook } = await import('../sample-handbook.ts');
    const { wordsFor } = await import('../../../src/site/words/words.ts');
    const evidence = actionEvidence(sampleHandbook());
    expect(evidence.get('IA-2025-003')!.criterion).toMatchObject({ outcome: 'met', periods: ['2025-04', '2025-05', '2025-06'], units: ['br-xuhui'] });
    expect(evidence.get('IA-2025-005')!.criterion!.outcome).toBe('unmet'); // closed as not effective: the data agree
    expect(evidence.get('IA-2026-003')!.criterion!.outcome).toBe('pending');
    expect(evidence.get('IA-2025-004')!.recurrences).toEqual([expect.objectContaining({ kpi: 'KPI-MSS', unit: 'br-hangzhou', period: '2025-Q4', status: 'at-risk' })]);
    expect([...evidence.values()].flatMap((e) => e.recurrences)).toHaveLength(1);
    const words = { kpi: 'KPI-FR-SLA', target: '≥ 95', rule: 'every-period' as const, count: 3, after: '2025-03-31', periods: '2025-04–2025-06', units: 'br-xuhui' };
    expect(wordsFor('en').actions.criterionText(words)).toBe('KPI-FR-SLA on target (≥ 95) in each of the 3 periods after 2025-03-31 (2025-04–2025-06) at br-xuhui');
    expect(wordsFor('zh-CN').actions.criterionText(words)).toBe('KPI-FR-SLA 在 2025-03-31 之后的 3 期中每一期（2025-04–2025-06）于 br-xuhui 达到目标（≥ 95）');
  });
});

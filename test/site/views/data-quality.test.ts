import { describe, expect, it } from 'vitest';
import { RECENCY_LABELS, recencyLabel } from '../../../src/site/views/data-quality.ts';

describe('recency words', () => {
  it('are English by default and Chinese on request', () => {
    expect(RECENCY_LABELS.late).toBe('One period late');
    expect(recencyLabel('late')).toBe('One period late');
    expect(recencyLabel('late', 'zh-CN')).toBe('滞后一期');
  });
});

import { describe, expect, it } from 'vitest';
import { deriveManagementReviews } from '../../../src/core/derive/management-reviews.ts';
import type { ManagementReviewEntity } from '../../../src/core/model/handbook.ts';

/** Reviews with only what the status reads: their id and date. */
function reviews(...dated: Array<[string, string]>): Map<string, ManagementReviewEntity> {
  return new Map(dated.map(([id, date]) => [id, { id, date, status: 'held' } as unknown as ManagementReviewEntity]));
}

describe('management review status', () => {
  it('supersedes every review held before the latest one held, and plans those dated after today', () => {
    const h = { today: '2026-11-22', managementReviews: reviews(['MR-2026-Q1', '2026-05-06'], ['MR-2026-Q2', '2026-08-04'], ['MR-2026-Q3', '2026-11-05'], ['MR-2026-Q4', '2027-02-03']) };
    deriveManagementReviews(h);
    expect(Object.fromEntries([...h.managementReviews].map(([id, r]) => [id, r.status]))).toEqual({
      'MR-2026-Q1': 'superseded',
      'MR-2026-Q2': 'superseded',
      'MR-2026-Q3': 'held',
      'MR-2026-Q4': 'planned',
    });
  });

  it('holds a review on its own day, and supersedes none while the only later one is still planned', () => {
    const h = { today: '2026-11-05', managementReviews: reviews(['MR-2026-Q2', '2026-08-04'], ['MR-2026-Q3', '2026-11-05']) };
    deriveManagementReviews(h);
    expect(h.managementReviews.get('MR-2026-Q2')!.status).toBe('superseded');
    expect(h.managementReviews.get('MR-2026-Q3')!.status).toBe('held');
    const before = { today: '2026-11-04', managementReviews: reviews(['MR-2026-Q2', '2026-08-04'], ['MR-2026-Q3', '2026-11-05']) };
    deriveManagementReviews(before);
    expect(before.managementReviews.get('MR-2026-Q2')!.status).toBe('held');
    expect(before.managementReviews.get('MR-2026-Q3')!.status).toBe('planned');
  });

  it('leaves no review superseded when none has been held yet', () => {
    const h = { today: '2026-01-01', managementReviews: reviews(['MR-2026-Q1', '2026-05-06']) };
    deriveManagementReviews(h);
    expect(h.managementReviews.get('MR-2026-Q1')!.status).toBe('planned');
  });
});

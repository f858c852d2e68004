import { describe, expect, it } from 'vitest';
import type { ApprovalState, Signature } from '../../../src/core/approval/state.ts';
import type { Handbook } from '../../../src/core/model/handbook.ts';
import { approvalNotice } from '../../../src/site/views/approval-notice.ts';

const handbook = { people: new Map([['chen-jing', { name: 'Chen Jing' }], ['li-wei', { name: 'Li Wei' }]]) } as unknown as Handbook;
const signature = (by: string, current: boolean, meaning: Signature['meaning'] = 'approved') => ({ by, current, meaning }) as Signature;
const state = (status: ApprovalState['status'], signatures: Signature[], missing: string[] = []) => ({ status, signatures, missing }) as unknown as ApprovalState;
const effective = { status: 'effective', version: '3.1' };

describe('approvalNotice', () => {
  it('names each approver who signed the content as it is now, once', () => {
    const approved = state('approved', [signature('chen-jing', true), signature('li-wei', true), signature('chen-jing', true), signature('li-wei', false, 'reviewed')]);
    expect(approvalNotice(handbook, effective, approved, 'en')).toEqual({ text: 'Approved: version 3.1 is the text Chen Jing, Li Wei signed.', cls: 'notice notice-ok' });
    expect(approvalNotice(handbook, effective, approved, 'zh-CN')?.text).toBe('已批准：版本 3.1 即 Chen Jing、Li Wei 签署的文本。');
  });

  it('warns of a text changed since approval, missing approvers (by id when unknown) and no approval', () => {
    expect(approvalNotice(handbook, effective, state('changed-since-approval', [signature('chen-jing', false)]), 'en')?.cls).toBe('notice notice-bad');
    expect(approvalNotice(handbook, effective, state('partly-approved', [signature('chen-jing', true)], ['li-wei', 'wang-fang']), 'en')).toEqual({
      text: 'Approval incomplete: Li Wei, wang-fang has not signed version 3.1.',
      cls: 'notice notice-warn',
    });
    expect(approvalNotice(handbook, effective, state('not-approved', []), 'en')?.text).toBe('No approval is recorded for version 3.1.');
  });

  it('says whom a version in review waits for, and nothing for a draft, a review nobody waits on, or no approval records', () => {
    expect(approvalNotice(handbook, { status: 'in-review', version: '4.0' }, state('partly-approved', [], ['li-wei']), 'en')?.text).toBe('In review: awaiting the approval of Li Wei.');
    expect(approvalNotice(handbook, { status: 'in-review', version: '4.0' }, state('approved', [signature('li-wei', true)]), 'en')).toBeUndefined();
    expect(approvalNotice(handbook, { status: 'draft', version: '0.1' }, state('not-approved', []), 'en')).toBeUndefined();
    expect(approvalNotice(handbook, effective, undefined, 'en')).toBeUndefined();
  });
});

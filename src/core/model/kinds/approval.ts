/**
 * Approval evidence (`data/approvals/<document id>.yaml`): signatures per version of a controlled
 * document. Read and checked by src/core/approval/book.ts, apart from the model.
 */
import { ApprovalFile } from '../../schema/approval.ts';
import type { KindDefinition } from './kind.ts';

export const approvalKind = {
  name: 'approval',
  noun: 'approval record',
  labels: { en: { one: 'approval record', many: 'approval records' }, 'zh-CN': { one: '审批记录', many: '审批记录' } },
  source: { shape: 'record-file', globs: ['data/approvals/**/*.{yaml,yml}'], readBy: 'src/core/approval/book.ts' },
  schema: ApprovalFile,
  jsonSchema: { name: 'approvals', title: 'Approval evidence' },
  references: { document: ['sop', 'page', 'standard', 'kpi'], 'records.by': 'person' },
} as const satisfies KindDefinition;

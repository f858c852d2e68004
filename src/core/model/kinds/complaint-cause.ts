/** The complaint-cause taxonomy (`data/complaint-causes.yaml`): each cause mapped to a process area and its SOPs. */
import { ComplaintCause, ComplaintCausesFile } from '../../schema/complaint.ts';
import type { KindDefinition } from './kind.ts';

export const complaintCauseKind = {
  name: 'complaint-cause',
  noun: 'complaint cause',
  labels: { en: { one: 'complaint cause', many: 'complaint causes' }, 'zh-CN': { one: '投诉原因', many: '投诉原因' } },
  source: { shape: 'list-file', globs: ['data/complaint-causes.{yaml,yml}'], key: 'causes', ids: true },
  schema: ComplaintCause,
  jsonSchema: { name: 'complaint-causes', title: 'Complaint causes', schema: ComplaintCausesFile },
  nameField: 'name',
  collection: 'complaintCauses',
  rejected: 'complaintCauses',
  references: { area: 'process-area', sops: 'sop' },
  register: { page: 'complaints', filters: [{ key: 'area', field: 'area' }] },
} as const satisfies KindDefinition;

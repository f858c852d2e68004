/**
 * The complaint and feedback register (`data/complaints/YYYY-MM.yaml`): one file per month, as the
 * CRM's monthly export is copied, holding one entry per reporting unit.
 */
import { ComplaintMonth, ComplaintsFile } from '../../schema/complaint.ts';
import type { KindDefinition } from './kind.ts';

export const complaintKind = {
  name: 'complaint',
  noun: 'complaint register entry',
  labels: { en: { one: 'complaint register entry', many: 'complaint register entries' }, 'zh-CN': { one: '投诉登记条目', many: '投诉登记条目' } },
  source: { shape: 'list-file', globs: ['data/complaints/**/*.{yaml,yml}'], key: 'complaints', ids: false },
  schema: ComplaintMonth,
  jsonSchema: { name: 'complaints', title: 'Complaint and feedback register', schema: ComplaintsFile },
  collection: 'complaints',
  dateFields: (item) => [['month'], ...(Array.isArray(item['major']) ? item['major'].map((_, i) => ['major', i, 'logged']) : [])],
  register: { page: 'complaints', filters: [{ key: 'unit', field: 'unit' }] },
  references: {
    unit: 'unit',
    causes: 'complaint-cause',
    promises: 'standard',
    'feedback.promises': 'standard',
    'major.cause': 'complaint-cause',
    'major.action': 'action',
  },
  comparison: { by: 'key', key: ['unit', 'month'], fields: Object.keys(ComplaintMonth.shape).filter((k) => k !== 'unit' && k !== 'month') },
} as const satisfies KindDefinition;

/**
 * What the register is checked against, besides the ids its entries name (the register's
 * definition): the complaint-rate KPI whose `k` is the month's complaints received, and the
 * complaint procedure whose steps give the time allowed from logging a major complaint to opening
 * its corrective action (the step that decides whether a complaint is major, then the step its
 * "yes" leads to; their time limits are read from the SOP). A handbook without that KPI or SOP is
 * not checked against them.
 */
export const COMPLAINT_REGISTER_TIES = {
  rateKpi: 'KPI-CPT',
  complaintProcedure: 'SOP-CS-001',
} as const;

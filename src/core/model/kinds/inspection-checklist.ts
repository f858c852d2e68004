/** The checklists of daily inspections and mystery-shopper visits (`data/checklists.yaml`). */
import { Checklist, ChecklistsFile } from '../../schema/inspection.ts';
import type { KindDefinition } from './kind.ts';

export const checklistKind = {
  name: 'checklist',
  noun: 'checklist',
  labels: { en: { one: 'checklist', many: 'checklists' }, 'zh-CN': { one: '检查表', many: '检查表' } },
  source: { shape: 'list-file', globs: ['data/checklists.{yaml,yml}'], key: 'checklists', ids: true },
  schema: Checklist,
  jsonSchema: { name: 'checklists', title: 'Checklists', schema: ChecklistsFile },
  nameField: 'name',
  collection: 'checklists',
  rejected: 'checklists',
  references: { kpi: 'kpi', 'items.sop': 'sop' },
  register: { page: 'inspections', filters: [] },
} as const satisfies KindDefinition;

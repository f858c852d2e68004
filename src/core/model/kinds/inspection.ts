/** Monthly daily-inspection aggregates per unit (`data/inspections/YYYY-MM.yaml`). */
import { Inspection, InspectionsFile } from '../../schema/inspection.ts';
import type { KindDefinition } from './kind.ts';

export const inspectionKind = {
  name: 'inspection',
  noun: 'inspection record',
  labels: { en: { one: 'inspection record', many: 'inspection records' }, 'zh-CN': { one: '巡检记录', many: '巡检记录' } },
  source: { shape: 'list-file', globs: ['data/inspections/**/*.{yaml,yml}'], key: 'inspections', ids: false },
  schema: Inspection,
  jsonSchema: { name: 'inspections', title: 'Daily inspections', schema: InspectionsFile },
  collection: 'inspections',
  references: { unit: 'unit', checklist: 'checklist' },
  register: { page: 'inspections', filters: [{ key: 'unit', field: 'unit' }] },
} as const satisfies KindDefinition;

/** Process areas that group SOPs (`data/process-areas.yaml`). */
import { ProcessArea, ProcessAreasFile } from '../../schema/organisation.ts';
import type { KindDefinition } from './kind.ts';

export const processAreaKind = {
  name: 'process-area',
  noun: 'process area',
  labels: { en: { one: 'process area', many: 'process areas' }, 'zh-CN': { one: '流程领域', many: '流程领域' } },
  source: { shape: 'list-file', globs: ['data/process-areas.{yaml,yml}'], key: 'areas', ids: true },
  schema: ProcessArea,
  jsonSchema: { name: 'process-areas', title: 'Process areas', schema: ProcessAreasFile },
  nameField: 'name',
  collection: 'areas',
  rejected: 'areas',
  references: { owner: 'person' },
} as const satisfies KindDefinition;

/** People who own, approve or perform quality work (`data/people.yaml`). */
import { PeopleFile, Person } from '../../schema/organisation.ts';
import type { KindDefinition } from './kind.ts';

export const personKind = {
  name: 'person',
  noun: 'person',
  labels: { en: { one: 'person', many: 'people' }, 'zh-CN': { one: '人员', many: '人员' } },
  source: { shape: 'list-file', globs: ['data/people.{yaml,yml}'], key: 'people', ids: true },
  schema: Person,
  jsonSchema: { name: 'people', title: 'People', schema: PeopleFile },
  nameField: 'name',
  collection: 'people',
  rejected: 'people',
  references: { role: 'role', unit: 'unit' },
  pages: { folder: 'people', items: true },
} as const satisfies KindDefinition;

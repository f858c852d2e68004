/** Units of the organisation (`data/units.yaml`): the organisation, departments, regions, branches. */
import { Unit, UnitsFile } from '../../schema/organisation.ts';
import type { KindDefinition } from './kind.ts';

export const unitKind = {
  name: 'unit',
  noun: 'unit',
  labels: { en: { one: 'unit', many: 'units' }, 'zh-CN': { one: '单位', many: '单位' } },
  source: { shape: 'list-file', globs: ['data/units.{yaml,yml}'], key: 'units', ids: true },
  schema: Unit,
  jsonSchema: { name: 'units', title: 'Units', schema: UnitsFile },
  nameField: 'name',
  collection: 'units',
  rejected: 'units',
  // The tree is linked by the index (src/core/model/index.ts).
  entity: (u) => ({ ...u, children: [], parentUnit: undefined }),
  references: { parent: 'unit', manager: 'person' },
  pages: { folder: 'units', items: true },
} as const satisfies KindDefinition;

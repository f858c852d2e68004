/** Roles people hold and SOP steps name (`data/roles.yaml`). */
import { Role, RolesFile } from '../../schema/organisation.ts';
import type { KindDefinition } from './kind.ts';

export const roleKind = {
  name: 'role',
  noun: 'role',
  labels: { en: { one: 'role', many: 'roles' }, 'zh-CN': { one: '角色', many: '角色' } },
  source: { shape: 'list-file', globs: ['data/roles.{yaml,yml}'], key: 'roles', ids: true },
  schema: Role,
  jsonSchema: { name: 'roles', title: 'Roles', schema: RolesFile },
  nameField: 'name',
  collection: 'roles',
  rejected: 'roles',
  references: {},
} as const satisfies KindDefinition;

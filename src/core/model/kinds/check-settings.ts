/** The check's settings (`data/check-settings.yaml`): when management reviews are due, and the organisation's other thresholds of the check. */
import { CheckSettings, CheckSettingsFile } from '../../schema/check-settings.ts';
import type { KindDefinition } from './kind.ts';

export const checkSettingsKind = {
  name: 'check-settings',
  noun: 'check setting',
  labels: { en: { one: 'check setting', many: 'check settings' }, 'zh-CN': { one: '检查设置', many: '检查设置' } },
  source: { shape: 'list-file', globs: ['data/check-settings.{yaml,yml}'], key: 'settings', ids: false },
  schema: CheckSettings,
  jsonSchema: { name: 'check-settings', title: 'Check settings', schema: CheckSettingsFile },
  collection: 'checkSettings',
  references: {},
} as const satisfies KindDefinition;

/** The training settings (`data/training/settings.yaml`): since when the learning system holds training records. */
import { TrainingSettings, TrainingSettingsFile } from '../../schema/training.ts';
import type { KindDefinition } from './kind.ts';

export const trainingSettingsKind = {
  name: 'training-settings',
  noun: 'training setting',
  labels: { en: { one: 'training setting', many: 'training settings' }, 'zh-CN': { one: '培训设置', many: '培训设置' } },
  source: { shape: 'list-file', globs: ['data/training/settings.{yaml,yml}'], key: 'settings', ids: false },
  schema: TrainingSettings,
  jsonSchema: { name: 'training-settings', title: 'Training settings', schema: TrainingSettingsFile },
  collection: 'trainingSettings',
  dateFields: () => [['recordsStart']],
  references: { coverageKpi: 'kpi' },
} as const satisfies KindDefinition;

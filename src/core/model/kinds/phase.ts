/** Declared phases of the control charts and ramp-ups (`data/phases.yaml`). */
import { PhaseEntry, PhasesFile } from '../../schema/control-chart.ts';
import type { KindDefinition } from './kind.ts';

export const phaseKind = {
  name: 'phase',
  noun: 'declared phase',
  labels: { en: { one: 'declared phase', many: 'declared phases' }, 'zh-CN': { one: '阶段', many: '阶段' } },
  source: { shape: 'list-file', globs: ['data/phases.{yaml,yml}'], key: 'phases', ids: false },
  schema: PhaseEntry,
  jsonSchema: { name: 'phases', title: 'Control-chart phases', schema: PhasesFile },
  collection: 'phases',
  dateFields: () => [['from'], ['rampUpUntil']],
  references: { unit: 'unit', kpis: 'kpi', sop: 'sop' },
} as const satisfies KindDefinition;

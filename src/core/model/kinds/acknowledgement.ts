/** Acknowledged signals of the control charts (`data/acknowledgements.yaml`). */
import { Acknowledgement, AcknowledgementsFile } from '../../schema/control-chart.ts';
import type { KindDefinition } from './kind.ts';

export const acknowledgementKind = {
  name: 'acknowledgement',
  noun: 'acknowledged signal',
  labels: { en: { one: 'acknowledged signal', many: 'acknowledged signals' }, 'zh-CN': { one: '已确认的信号', many: '已确认的信号' } },
  source: { shape: 'list-file', globs: ['data/acknowledgements.{yaml,yml}'], key: 'acknowledgements', ids: false },
  schema: Acknowledgement,
  jsonSchema: { name: 'acknowledgements', title: 'Acknowledged signals', schema: AcknowledgementsFile },
  collection: 'acknowledgements',
  dateFields: () => [['period'], ['on']],
  references: { kpi: 'kpi', unit: 'unit', by: 'person' },
} as const satisfies KindDefinition;

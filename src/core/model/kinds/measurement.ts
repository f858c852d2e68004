/** KPI values (`data/measurements/`): a `measurements:` list in YAML, or rows of a CSV file. */
import { Measurement, MeasurementsFile } from '../../schema/measurement.ts';
import type { KindDefinition } from './kind.ts';

/** The one date of a measurement (a constant: there are hundreds of thousands of rows). */
const DATE_FIELDS = [['period']] as const;

export const measurementKind = {
  name: 'measurement',
  noun: 'measurement',
  labels: { en: { one: 'measurement', many: 'measurements' }, 'zh-CN': { one: '测量值', many: '测量值' } },
  source: { shape: 'measurement-file', globs: ['data/measurements/**/*.{yaml,yml,csv}'] },
  schema: Measurement,
  jsonSchema: { name: 'measurements', title: 'KPI measurements', schema: MeasurementsFile },
  collection: 'measurements',
  dateFields: () => DATE_FIELDS,
  references: { kpi: 'kpi', unit: 'unit' },
  comparison: { by: 'key', key: ['kpi', 'unit', 'period'], fields: ['value', 'n', 'note'] },
} as const satisfies KindDefinition;

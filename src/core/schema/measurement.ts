/**
 * KPI measurements: `data/measurements/*.yaml` (a `measurements:` list) or `*.csv` (columns
 * kpi, unit, period, value, n, note). One file per reporting period makes a natural pull request.
 */
import { z } from 'zod';
import { KpiId, NonEmptyText, UnitId } from './common.ts';

export const Measurement = z
  .strictObject({
    kpi: KpiId.describe('The KPI measured.'),
    unit: UnitId.describe('The unit measured (usually a branch).'),
    period: z
      .string()
      .describe('The reporting period, written for the KPI\'s frequency: `2025-03` (monthly), `2025-Q1`, `2025-W07`, `2025`.'),
    value: z
      .number()
      .nullable()
      .describe('The value on the KPI\'s scale. Write `null` (an empty cell in CSV) only when there is no data, and say why in `note`.'),
    n: z
      .number()
      .int({ message: 'The sample size is a whole number of cases or responses.' })
      .nonnegative()
      .optional()
      .describe('Sample size: responses, cases or orders behind the value. Required for rates and survey scores.'),
    note: NonEmptyText.optional().describe('Context for reviewers, e.g. `System outage 12–14 March`.'),
  })
  .describe('One value of one KPI for one unit and period.');
export type Measurement = z.infer<typeof Measurement>;

export const MeasurementsFile = z.strictObject({
  measurements: z.array(Measurement).describe('Values reported in this file.'),
});

export const CSV_COLUMNS = ['kpi', 'unit', 'period', 'value', 'n', 'note'] as const;
export const CSV_REQUIRED_COLUMNS = ['kpi', 'unit', 'period', 'value'] as const;

/**
 * A service standard (`data/standards/STD-XXX-000.yaml`): a requirement customers can feel, tied
 * to a SERVQUAL dimension and a touchpoint, with a measurable criterion.
 */
import { z } from 'zod';
import { Duration, KpiId, LocalizedText, NonEmptyText, PersonId, StandardId, UnitScope } from './common.ts';
import { DataControlFields } from './control.ts';

export const SERVQUAL_DIMENSIONS = ['reliability', 'assurance', 'tangibles', 'empathy', 'responsiveness'] as const;
export const TOUCHPOINTS = ['phone', 'counter', 'online', 'on-site', 'delivery', 'all'] as const;
export const KANO_CATEGORIES = ['must-be', 'one-dimensional', 'attractive', 'indifferent', 'reverse'] as const;

export const Criterion = z.union([
  z
    .strictObject({
      kpi: KpiId.describe('The KPI that measures the standard.'),
      threshold: z.number().describe('The KPI value the standard requires, on the KPI\'s own scale.'),
    })
    .describe('Met when the KPI reaches the threshold.'),
  z
    .strictObject({
      timeLimit: Duration.describe('The longest time allowed, e.g. `30 min`.'),
      event: NonEmptyText.describe('What must happen within the limit, e.g. `First response to a complaint`.'),
    })
    .describe('Met when the event happens within the time limit.'),
]);
export type Criterion = z.infer<typeof Criterion>;

export const Standard = z
  .strictObject({
    id: StandardId.describe('Permanent id, also the file name and URL, e.g. `STD-RESP-001`.'),
    title: LocalizedText.describe('Short name, e.g. `First response within 30 minutes`.'),
    requirement: LocalizedText.describe('The requirement as a customer would notice it.'),
    status: z.enum(['effective', 'retired']).describe('`effective` (in force) or `retired` (kept for the record).'),
    dimension: z
      .enum(SERVQUAL_DIMENSIONS)
      .describe('SERVQUAL dimension: `reliability`, `assurance`, `tangibles`, `empathy` or `responsiveness`.'),
    touchpoint: z.enum(TOUCHPOINTS).describe('Where customers meet it: `phone`, `counter`, `online`, `on-site`, `delivery` or `all`.'),
    kano: z
      .enum(KANO_CATEGORIES)
      .describe('Kano category: `must-be`, `one-dimensional`, `attractive`, `indifferent` or `reverse`.'),
    source: NonEmptyText.describe('Where the standard comes from, e.g. `Industry norm`, `2024 SERVQUAL survey`.'),
    owner: PersonId.describe('Person accountable for the standard.'),
    units: UnitScope.describe('Units it applies to: `all`, or unit ids.'),
    criterion: Criterion.describe('How compliance is measured: `{ kpi, threshold }` or `{ timeLimit, event }`.'),
    // Document control: a requirement or time limit changes only by a new version.
    ...DataControlFields,
  })
  .describe('A service standard.');
export type Standard = z.infer<typeof Standard>;

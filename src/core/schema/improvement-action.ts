/**
 * An improvement action (`data/actions/IA-YYYY-NNN.yaml`): a corrective or preventive action run
 * through PDCA, with goal, measures, owner and deadline (ISO 9001 6.2.2 and 10.2).
 */
import { z } from 'zod';
import { ActionId, IsoDate, KpiId, NonEmptyText, PersonId, SopId, StandardId, UnitId } from './common.ts';

export const ACTION_STAGES = ['plan', 'do', 'check', 'act', 'closed'] as const;
export const ACTION_SOURCES = [
  'kpi-breach',
  'spc-signal',
  'audit-finding',
  'complaint',
  'suggestion',
  'mystery-shopper',
  'management-review',
] as const;

export const CRITERION_RULES = ['every-period', 'pooled'] as const;

/**
 * The effectiveness criterion as data (ISO 9001 10.2): which KPI must be on target, for which units,
 * in how many periods after the last measure was in place. The check recomputes it from the
 * measurements; `effective: true` that the data contradict is an error.
 */
export const EffectivenessCriterion = z
  .strictObject({
    kpi: KpiId.describe('The KPI that shows whether the action worked, e.g. `KPI-FR-SLA`.'),
    units: z
      .array(UnitId)
      .optional()
      .describe('Units judged (a region means the units below it that report the KPI). Default: the units the action links.'),
    after: IsoDate.describe('Date the last measure was in place: the KPI\'s periods that start after it are judged.'),
    periods: z.number().int().min(1).max(24).describe('How many periods after `after` are judged, e.g. `3`.'),
    rule: z
      .enum(CRITERION_RULES)
      .default('every-period')
      .describe('`every-period`: on target in each of those periods at each unit ("on target in 3 consecutive months"); `pooled`: their values pooled over the periods and units (weighted by n) on target.'),
  })
  .describe('Effectiveness criterion on data, recomputed by the check.');
export type EffectivenessCriterion = z.infer<typeof EffectivenessCriterion>;

export const ImprovementAction = z
  .strictObject({
    id: ActionId.describe('Permanent id, also the file name, e.g. `IA-2025-014`.'),
    title: NonEmptyText.describe('What is being improved, e.g. `Cut night-delivery complaints in Pudong`.'),
    stage: z
      .enum(ACTION_STAGES)
      .describe('PDCA stage: `plan`, `do`, `check`, `act`, or `closed` (only after the effectiveness evaluation).'),
    source: z
      .enum(ACTION_SOURCES)
      .describe('What triggered it: `kpi-breach`, `spc-signal`, `audit-finding`, `complaint`, `suggestion`, `mystery-shopper` or `management-review`.'),
    links: z
      .strictObject({
        kpis: z.array(KpiId).default([]).describe('KPIs the action should move.'),
        units: z.array(UnitId).default([]).describe('Units concerned.'),
        sops: z.array(SopId).default([]).describe('SOPs to change or enforce.'),
        standards: z.array(StandardId).default([]).describe('Standards not being met.'),
      })
      .describe('What the action is about; a KPI breach links the KPI and unit.'),
    owner: PersonId.describe('Person accountable for completing the action.'),
    opened: IsoDate.describe('Date the action was opened.'),
    due: IsoDate.describe('Deadline for completing the action.'),
    closed: IsoDate.optional().describe('Date the action was closed; required when the stage is `closed`.'),
    goal: NonEmptyText.describe('Measurable goal, e.g. `Complaints per 1,000 night orders below 2.0 by June`.'),
    measures: z.array(NonEmptyText).min(1).describe('What will be done, one measure per item.'),
    resources: NonEmptyText.optional().describe('People, budget or tools the measures need.'),
    rootCause: NonEmptyText.optional().describe('The cause found by the analysis (5 whys, fishbone, Pareto), e.g. `Two agents left in March; the evening shift has one agent for 40 complaints`.'),
    containment: NonEmptyText.optional().describe('What was done at once to limit the damage while the cause is being removed, e.g. `Team leader answers complaints waiting more than 20 minutes`.'),
    evaluation: z
      .strictObject({
        method: NonEmptyText.describe('How effectiveness will be judged, e.g. `Compare three months of KPI data after the change`.'),
        evaluator: PersonId.optional().describe('Who judges effectiveness: someone other than the owner (ISO 9001 impartiality).'),
        criterion: EffectivenessCriterion.optional(),
        result: NonEmptyText.optional().describe('What the evaluation found. Required to close the action.'),
        effective: z.boolean().optional().describe('`true` or `false`: did the action achieve its goal? Required to close the action.'),
        date: IsoDate.optional().describe('Date of the evaluation.'),
      })
      .describe('Effectiveness evaluation (ISO 9001 10.2): the method up front, the result before closing.'),
  })
  .describe('An improvement action.');
export type ImprovementAction = z.infer<typeof ImprovementAction>;

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
    evaluation: z
      .strictObject({
        method: NonEmptyText.describe('How effectiveness will be judged, e.g. `Compare three months of KPI data after the change`.'),
        result: NonEmptyText.optional().describe('What the evaluation found. Required to close the action.'),
        effective: z.boolean().optional().describe('`true` or `false`: did the action achieve its goal? Required to close the action.'),
        date: IsoDate.optional().describe('Date of the evaluation.'),
      })
      .describe('Effectiveness evaluation (ISO 9001 10.2): the method up front, the result before closing.'),
  })
  .describe('An improvement action.');
export type ImprovementAction = z.infer<typeof ImprovementAction>;

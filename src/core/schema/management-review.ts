/**
 * A management review (`data/management-reviews/MR-YYYY-QN.yaml`, ISO 9001 9.3): top management's
 * review of the quality system for a quarter. The record says when it met, who chaired and
 * attended, which of the inputs clause 9.3.2 requires it considered, and what it decided (9.3.3),
 * each decision linked to the actions it opened and the quality objectives (KPI versions with new
 * targets) it set. The input pack the meeting reads is generated from the data (the pages).
 */
import { z } from 'zod';
import { ActionId, IsoDate, KpiId, LocalizedText, ManagementReviewId, NonEmptyText, PersonId, Version } from './common.ts';

/** The inputs ISO 9001:2015 9.3.2 requires, with the clause each comes from. */
export const REVIEW_INPUTS = {
  'previous-actions': 'a',
  'context-changes': 'b',
  'customer-satisfaction': 'c1',
  objectives: 'c2',
  'process-performance': 'c3',
  nonconformities: 'c4',
  'monitoring-results': 'c5',
  'audit-results': 'c6',
  'external-providers': 'c7',
  resources: 'd',
  risks: 'e',
  improvement: 'f',
} as const;
export type ReviewInput = keyof typeof REVIEW_INPUTS;
export const REVIEW_INPUT_NAMES = Object.keys(REVIEW_INPUTS) as ReviewInput[];

/** The outputs ISO 9001:2015 9.3.3 asks for. */
export const DECISION_KINDS = ['improvement', 'change', 'resources'] as const;

export const ReviewDecision = z
  .strictObject({
    kind: z.enum(DECISION_KINDS).describe('What kind of output (ISO 9001 9.3.3): `improvement` (an opportunity for improvement), `change` (a change to the quality system, e.g. an objective), `resources` (a resource need).'),
    decision: LocalizedText.describe('What was decided, in a sentence, e.g. `{ en: Raise the 2027 FCR objective to 78 %, zh-CN: … }`.'),
    owner: PersonId.optional().describe('Who carries it out.'),
    actions: z.array(ActionId).default([]).describe('Improvement actions opened by (or continued under) this decision.'),
    objectives: z
      .array(z.strictObject({ kpi: KpiId.describe('The KPI whose target changes.'), version: Version.describe('The version of the KPI definition with the new target, e.g. `"2.0"`.') }))
      .default([])
      .describe('Quality objectives set by this decision: a KPI version with a new target, warning threshold or floor. A change of target in a pull request must be named here.'),
  })
  .describe('One decision of the review.');
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const ManagementReview = z
  .strictObject({
    id: ManagementReviewId.describe('The quarter reviewed, also the file name, e.g. `MR-2026-Q3`.'),
    date: IsoDate.describe('Date of the meeting: after the quarter it reviews has ended.'),
    chair: PersonId.describe('Who chaired it: top management.'),
    attendees: z.array(PersonId).min(1).describe('Who attended, besides the chair.'),
    inputs: z
      .array(z.enum(REVIEW_INPUT_NAMES as [ReviewInput, ...ReviewInput[]]))
      .describe('The inputs considered (ISO 9001 9.3.2): previous-actions, context-changes, customer-satisfaction, objectives, process-performance, nonconformities, monitoring-results, audit-results, external-providers, resources, risks, improvement.'),
    minutes: NonEmptyText.describe('Where the signed minutes are kept: a document reference, e.g. `DMS-2026-118`.'),
    decisions: z.array(ReviewDecision).default([]).describe('What the review decided (ISO 9001 9.3.3).'),
  })
  .describe('A management review (ISO 9001 9.3).');
export type ManagementReview = z.infer<typeof ManagementReview>;

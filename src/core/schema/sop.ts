/**
 * The frontmatter of an SOP (`content/sops/**\/SOP-XX-000.mdx`). The MDX body below it holds the
 * purpose, scope, definitions and narrative; the structured parts (steps, time limits, links)
 * live here so that they can be checked and drawn.
 */
import { z } from 'zod';
import {
  AreaId,
  Duration,
  IsoDate,
  KpiId,
  Locale,
  NonEmptyText,
  PersonId,
  RoleId,
  SopId,
  StandardId,
  Title,
  UnitScope,
  Version,
} from './common.ts';
import { CONTROL_STATUSES, ChangeLogEntry, ReviewInterval } from './control.ts';

export const SOP_STATUSES = CONTROL_STATUSES;
export type SopStatus = (typeof SOP_STATUSES)[number];

export const StepId = z
  .string()
  .regex(/^S\d{1,3}[a-z]?$/, { message: 'Step ids are `S` and a number, e.g. `S1`, `S2`, `S2a`.' })
  .describe('Id of the step within this SOP, e.g. `S3`.');

export const Step = z
  .strictObject({
    id: StepId,
    actor: RoleId.describe('The role that performs the step (a lane in the swimlane diagram).'),
    action: NonEmptyText.describe('What the actor does, starting with a verb: `Acknowledge the complaint by phone or message`.'),
    timeLimit: Duration.optional().describe('Time allowed for the step from the moment the previous one ends, e.g. `30 min`.'),
    standard: StandardId.optional().describe('The service standard whose time limit this step must meet; the check fails if `timeLimit` is longer.'),
    record: NonEmptyText.optional().describe('The record the step produces, e.g. `Complaint ticket in CRM`.'),
    next: z
      .union([StepId, z.literal('end')])
      .optional()
      .describe('The step that follows (`end` to finish). Leave out to continue with the next step in the list.'),
    decision: z
      .strictObject({
        question: NonEmptyText.describe('The question decided at this step, e.g. `Is it a major complaint?`.'),
        options: z
          .array(
            z.strictObject({
              label: NonEmptyText.describe('The answer, e.g. `Yes`.'),
              next: z.union([StepId, z.literal('end')]).describe('The step taken for this answer.'),
            }),
          )
          .min(2, { message: 'A decision needs at least two options.' }),
      })
      .optional()
      .describe('A branch: the question and, per answer, the next step.'),
  })
  .describe('One step of the procedure.');
export type Step = z.infer<typeof Step>;

export { ChangeLogEntry } from './control.ts';

export const SopFrontmatter = z
  .strictObject({
    id: SopId.describe('Permanent id of the SOP, also its file name and URL, e.g. `SOP-CS-001`.'),
    title: Title.describe('Title as staff would search for it, e.g. `Complaint handling`.'),
    summary: NonEmptyText.describe('One or two sentences on what the procedure achieves; shown in lists and search results.'),
    lang: Locale.describe('Language the SOP is written in: `en` or `zh-CN`.'),
    area: AreaId.describe('The process area, from `data/process-areas.yaml`.'),
    owner: PersonId.describe('Process owner: keeps the SOP current and answers questions about it.'),
    approvers: z
      .array(PersonId)
      .describe('People who must approve each new version. An effective SOP needs at least one, other than the owner.'),
    version: Version,
    status: z
      .enum(SOP_STATUSES)
      .describe('`draft`, `in-review`, `effective` (in force), `superseded` (replaced by a newer SOP) or `retired` (no longer used).'),
    effective: IsoDate.optional().describe('Date this version came into force. Required unless the status is `draft` or `in-review`.'),
    lastReviewed: IsoDate.optional().describe('Date of the last periodic review. When absent, the effective date counts as the last review.'),
    reviewIntervalMonths: ReviewInterval,
    scope: UnitScope.describe('Units where the SOP applies: `all`, or unit ids (a department includes its branches).'),
    implements: z.array(StandardId).default([]).describe('Service standards this procedure puts into practice.'),
    measuredBy: z.array(KpiId).default([]).describe('KPIs that show whether the procedure works.'),
    related: z.array(SopId).default([]).describe('Other SOPs a reader may need next.'),
    training: z
      .strictObject({
        level: z
          .enum(['none', 'read', 'assessed'])
          .describe('`none`, `read` (staff confirm they have read it) or `assessed` (staff pass an assessment).'),
        roles: z.array(RoleId).default([]).describe('Roles that must be trained on this SOP.'),
      })
      .describe('Training this SOP requires before staff work to it alone.'),
    steps: z.array(Step).min(1, { message: 'An SOP needs at least one procedure step.' }).describe('The procedure, in order.'),
    changeLog: z
      .array(ChangeLogEntry)
      .min(1, { message: 'Record at least the first version in the change log.' })
      .describe('Every version, oldest first, with its date, kind of change and summary.'),
  })
  .describe('An SOP: the frontmatter of an MDX file under content/sops/.');
export type SopFrontmatter = z.infer<typeof SopFrontmatter>;

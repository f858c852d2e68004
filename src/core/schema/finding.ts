/**
 * An audit finding (`data/findings/AF-YYYY-NNN.yaml`), one file per finding, naming its audit: its
 * grade, the ISO 9001 clause, the SOP (and step) and unit concerned, the evidence, and for a major
 * or minor finding the improvement action that corrects it (ISO 9001 9.2.2, 10.2).
 */
import { z } from 'zod';
import { ActionId, IsoDate, LocalizedText, NonEmptyText, SopId, UnitId } from './common.ts';
import { AuditId, IsoClause } from './audit.ts';

export const FINDING_ID = /^AF-\d{4}-\d{3}$/;
export const FindingId = z
  .string()
  .regex(FINDING_ID, { message: 'Finding ids look like `AF-2026-001`: `AF-`, the year, `-`, three digits.' })
  .describe('Audit finding id, e.g. `AF-2026-001`.');

export const FINDING_GRADES = ['major', 'minor', 'observation'] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];
export const FINDING_STATUSES = ['open', 'closed'] as const;

export const Finding = z
  .strictObject({
    id: FindingId.describe('Permanent id, also the file name, e.g. `AF-2026-007`.'),
    audit: AuditId.describe('The audit that found it, e.g. `AU-2026-008`; the audit must be done.'),
    grade: z
      .enum(FINDING_GRADES)
      .describe('`major` (a requirement not met in a way that puts the service at risk, or a repeat), `minor` (a single lapse) or `observation` (a risk or an opportunity, no action required).'),
    clause: IsoClause,
    unit: UnitId.describe('The unit where it was found, e.g. `br-shenzhen`.'),
    sop: SopId.optional().describe('The SOP whose requirement is concerned, e.g. `SOP-CS-001`.'),
    step: z
      .string()
      .regex(/^S\d+$/, { message: 'Step ids are S followed by a number, e.g. `S2`.' })
      .optional()
      .describe('The step of that SOP, e.g. `S2`.'),
    statement: LocalizedText.describe('What was found, against which requirement, in both languages where readers see it.'),
    evidence: NonEmptyText.describe('Where the evidence is: a document or record reference, pseudonymous (ticket ids, report numbers), never customer data, e.g. `CRM report FR-2026-10-SZ; rota SZ-2026-10`.'),
    action: ActionId.optional().describe('The improvement action that corrects it, e.g. `IA-2026-003`; required for a major or minor finding within the audit\'s `actionWithinDays`.'),
    repeatOf: FindingId.optional().describe('An earlier finding (same SOP or clause, same unit, within 12 months) that this one repeats; a repeat of a finding is graded major.'),
    status: z.enum(FINDING_STATUSES).describe('`open`, or `closed` once the auditor verified the correction (give `closed`).'),
    closed: IsoDate.optional().describe('Day the finding was closed, e.g. `2026-05-06`.'),
  })
  .describe('An audit finding.');
export type Finding = z.infer<typeof Finding>;

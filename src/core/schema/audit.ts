/**
 * An audit of the audit programme (`data/audits/AU-YYYY-NNN.yaml`), one file per audit, planned
 * and then done (ISO 9001 9.2): its type, dates, scope, auditors and the clauses audited. Its
 * findings are files of their own (`data/findings/`, `finding.ts`) naming it.
 */
import { z } from 'zod';
import { AreaId, IsoDate, LocalizedText, NonEmptyText, PersonId, SopId, UnitId } from './common.ts';

export const AUDIT_ID = /^AU-\d{4}-\d{3}$/;
export const AuditId = z
  .string()
  .regex(AUDIT_ID, { message: 'Audit ids look like `AU-2026-003`: `AU-`, the year of the programme, `-`, three digits.' })
  .describe('Audit id, e.g. `AU-2026-003`.');

/** An ISO 9001 clause number, 4 to 10 with up to three sub-levels: `7.5.3`, `8.5.1`, `9.2`. */
export const IsoClause = z
  .string()
  .regex(/^(?:[4-9]|10)(?:\.\d{1,2}){0,3}$/, { message: 'ISO 9001 clauses are numbers from 4 to 10 with their sub-clauses, e.g. `8.5.1` or `7.1.2`.' })
  .describe('An ISO 9001:2015 clause number, e.g. `8.5.1` (control of service provision) or `7.1.2` (people).');

export const AUDIT_TYPES = ['internal', 'external', 'supplier', 'mystery-shop', 'inspection-review'] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];
export const AUDIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** The default time, in days after an audit is done, within which each major or minor finding has an action. */
export const DEFAULT_ACTION_DAYS = 30;

export const AuditScope = z
  .strictObject({
    areas: z.array(AreaId).default([]).describe('Process areas audited, e.g. `[customer-service]`.'),
    sops: z
      .array(SopId)
      .default([])
      .describe('SOPs audited, e.g. `[SOP-CS-001, SOP-OP-001]`. Left empty, the audit covers every SOP of its areas.'),
    units: z
      .array(UnitId)
      .min(1, { message: 'Name at least one unit audited (the organisation itself for an audit of everything).' })
      .describe('Units audited; a region or department includes the units below it, e.g. `[region-south]`.'),
  })
  .describe('What the audit covers: process areas, SOPs and units.');
export type AuditScope = z.infer<typeof AuditScope>;

export const Audit = z
  .strictObject({
    id: AuditId.describe('Permanent id, also the file name, e.g. `AU-2026-003`: the year of the programme and a number.'),
    title: LocalizedText.describe('What is audited, as readers see it in the calendar, e.g. `{ en: Customer service, South region (Q4), zh-CN: 华南区客户服务（第四季度） }`.'),
    type: z
      .enum(AUDIT_TYPES)
      .describe('`internal` (the internal-control team, ISO 9001 9.2), `external` (certification body), `supplier`, `mystery-shop` (review of the mystery-shopper visits) or `inspection-review` (review of the daily inspection records).'),
    status: z.enum(AUDIT_STATUSES).describe('`planned`, `done` (give `done`) or `cancelled` (say why in `result`).'),
    planned: IsoDate.describe('Day the audit is planned to start, e.g. `2026-10-19`. It may be done from the first day of that month on.'),
    done: IsoDate.optional().describe('Day the audit was done (the closing meeting), e.g. `2026-10-20`. Required when the status is `done`.'),
    scope: AuditScope,
    lead: PersonId.optional().describe('Lead auditor, a person of `data/people.yaml`; never the owner or an approver of an SOP audited, the owner of an area audited, or a member or manager of a unit audited. An external audit names its `body` instead.'),
    auditors: z.array(PersonId).default([]).describe('Other auditors of the team (same independence as the lead), e.g. `[james-chan]`.'),
    body: NonEmptyText.optional().describe('For an external or supplier audit: the certification body or the supplier audited, e.g. `Huaxin Certification Co.`.'),
    standard: NonEmptyText.default('ISO 9001:2015').describe('The standard audited against, e.g. `ISO 9001:2015`.'),
    clauses: z.array(IsoClause).default([]).describe('The clauses audited, e.g. `["7.1.2", "8.5.1", "9.1.2"]` (quoted, so that 7.10 stays 7.10).'),
    actionWithinDays: z
      .number()
      .int()
      .min(1)
      .max(180)
      .default(DEFAULT_ACTION_DAYS)
      .describe('Days after `done` within which each major or minor finding links an improvement action that was opened by then (the audit plan states it; default 30).'),
    result: LocalizedText.optional().describe('The audit\'s conclusion in a sentence or two (or why it was cancelled).'),
  })
  .describe('An audit of the audit programme.');
export type Audit = z.infer<typeof Audit>;

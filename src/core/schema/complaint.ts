/**
 * The complaint and feedback register (ISO 10002): one entry per reporting unit and month, the
 * month's figures copied out of the CRM as counts: complaints received by channel, cause and
 * severity; the promises kept, by the service standard that makes each promise; reopened and
 * repeat complaints; resolution time; and the major complaints by pseudonymous ticket id with the
 * corrective action each opened. `data/complaints/YYYY-MM.yaml`, one file per month.
 *
 * No personal data: no names, phone numbers, addresses or the customer's words; the ticket id is
 * the reference into the CRM, where the case itself stays.
 */
import { z } from 'zod';
import { ActionId, Count, IsoDate, LocalizedText, AreaId, Month, SopId, StandardId, UnitId, Slug } from './common.ts';


/** The channels a complaint can come in through, in the order pages list them. */
export const COMPLAINT_CHANNELS = ['phone', 'wechat', 'counter', 'email', 'web', 'hotline', 'social-media', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** The severity grades of SOP-CS-001's severity table, mildest first. */
export const COMPLAINT_SEVERITIES = ['minor', 'moderate', 'major'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** A complaint-cause id from `data/complaint-causes.yaml`, e.g. `slow-first-response`. */
export const ComplaintCauseId = Slug('Complaint cause', 'slow-first-response').describe('Id of a complaint cause from `data/complaint-causes.yaml`, e.g. `slow-first-response`.');

/** A CRM ticket number: pseudonymous, it points into the CRM without naming the customer. */
export const TICKET_ID = /^[A-Z]{2,6}-\d{4}-\d{4,8}$/;
export const TicketId = z
  .string()
  .regex(TICKET_ID, { message: 'A ticket id looks like `CRM-2026-004512`: letters, the year and the ticket number.' })
  .describe('The CRM ticket number, e.g. `CRM-2026-004512`: the case stays in the CRM, the register only names it.');

export const PromiseCount = z
  .strictObject({
    kept: Count('The number of promises kept').describe('Cases where the promise was kept (first response within 30 minutes…).'),
    of: Count('The number of cases').describe('Cases the promise applied to (for complaint promises, at most the complaints received).'),
  })
  .describe('A promise kept `kept` times of `of`.');
export type PromiseCount = z.infer<typeof PromiseCount>;

const Promises = z
  .record(StandardId, PromiseCount)
  .describe(
    'Promises kept, by the service standard that makes the promise: `STD-RESP-001: { kept: 112, of: 131 }` (first response within 30 minutes), `STD-RESP-002` (solution within 48 hours), `STD-EMP-001` (follow-up call). The compliance KPI of a time-limit standard (its `standard`) is computed from these counts.',
  );

export const MajorComplaint = z
  .strictObject({
    ticket: TicketId,
    logged: IsoDate.describe('The day the complaint was logged in the CRM (the clock of the corrective action starts here).'),
    cause: ComplaintCauseId.describe('The cause found, from `data/complaint-causes.yaml`.'),
    action: ActionId.describe('The corrective action (improvement action, source `complaint`) the major complaint opened, e.g. `IA-2026-008`; it must be opened within the complaint procedure\'s time limit.'),
  })
  .describe('A major complaint, by its ticket id, with the corrective action it opened.');
export type MajorComplaint = z.infer<typeof MajorComplaint>;

export const ComplaintMonth = z
  .strictObject({
    unit: UnitId.describe('The reporting unit (a branch), as KPI-CPT and the complaint KPIs report it.'),
    month: Month.describe('The month the complaints were logged in, `2026-10` (quote it in YAML: `"2026-10"`).'),
    received: Count('The number of complaints').describe('Complaints logged in the month: the `k` of the complaint-rate KPI (KPI-CPT) for this unit and month.'),
    channels: z
      .partialRecord(z.enum(COMPLAINT_CHANNELS), Count('A number of complaints'))
      .describe(`Complaints received per channel (${COMPLAINT_CHANNELS.join(', ')}); \`hotline\` is the consumer hotline (12345, consumer association). They add up to \`received\`.`),
    causes: z
      .record(ComplaintCauseId, Count('A number of complaints'))
      .describe('Complaints per cause, by the ids of `data/complaint-causes.yaml` (`slow-first-response: 31`). They add up to `received`.'),
    severity: z
      .partialRecord(z.enum(COMPLAINT_SEVERITIES), Count('A number of complaints'))
      .describe('Complaints per severity grade (minor, moderate, major). They add up to `received`; `major` is the number of major complaints listed under `major`.'),
    promises: Promises,
    feedback: z
      .strictObject({
        received: Count('The number of suggestions').describe('Suggestions and general feedback received in the month (not complaints).'),
        promises: Promises.describe('Promises kept on suggestions, by service standard: `STD-RESP-003: { kept: 229, of: 240 }` (reply within 72 hours).'),
      })
      .optional()
      .describe('Suggestions and general feedback (SOP-CS-002, tier 1).'),
    reopened: Count('The number of reopened complaints').optional().describe('Complaints reopened after closing because the solution did not work.'),
    repeat: Count('The number of repeat complaints').optional().describe('Repeat complaints: the same customer about the same order or job within 30 days.'),
    resolutionHours: z
      .strictObject({
        median: z.number().nonnegative().describe('Median time from logging to closing, in hours.'),
        p90: z.number().nonnegative().describe('90th percentile of the time from logging to closing, in hours (9 in 10 complaints closed within it).'),
      })
      .optional()
      .describe('Resolution time of the complaints closed in the month, in hours.'),
    major: z.array(MajorComplaint).default([]).describe('The major complaints of the month, each by ticket id with its corrective action.'),
  })
  .describe('One reporting unit\'s complaints and feedback in one month, as counts from the CRM.');
export type ComplaintMonth = z.infer<typeof ComplaintMonth>;

export const ComplaintsFile = z.strictObject({
  complaints: z.array(ComplaintMonth).describe('One entry per reporting unit for the month of this file.'),
});

/** A cause of the complaint taxonomy (`data/complaint-causes.yaml`). */
export const ComplaintCause = z
  .strictObject({
    id: ComplaintCauseId,
    name: LocalizedText.describe('The cause as the Pareto chart names it, e.g. `{ en: Slow first response, zh-CN: 首次响应慢 }`.'),
    area: AreaId.describe('The process area where the cause arises, from `data/process-areas.yaml`.'),
    sops: z.array(SopId).default([]).describe('The procedures that govern it: where a Pareto bar points for the fix.'),
  })
  .describe('A complaint cause, mapped to the process area and procedures it points at.');
export type ComplaintCause = z.infer<typeof ComplaintCause>;

export const ComplaintCausesFile = z.strictObject({
  causes: z.array(ComplaintCause).describe('The complaint causes, in the order they are listed.'),
});

/**
 * A risk of the risk register (`data/risks/RISK-NNN.yaml`, ISO 9001 6.1): what could go wrong at a
 * step of a procedure, why and with what consequence, how likely and how severe before and after
 * its controls, the controls (SOP steps, standards, KPIs that watch it), and what is done about
 * what remains: a treatment action, or an acceptance signed and dated by someone with the
 * authority to accept it, until a date.
 */
import { z } from 'zod';
import { ActionId, codeParams, IsoDate, KpiId, LocalizedText, PersonId, RiskId, SopId, StandardId, UnitScope } from './common.ts';
import { ReviewInterval } from './control.ts';
import { StepId } from './sop.ts';

export const RISK_STATUSES = ['active', 'retired'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

const Scale = (what: string) => z.number().int({ message: `Give the ${what} as a whole number from 1 to 5.` }).min(1).max(5);

/** A rating on the register's 5 × 5 matrix. */
export const RiskRating = z
  .strictObject({
    likelihood: Scale('likelihood').describe(
      'How likely it happens, 1–5: 1 rare (less than once in five years), 2 unlikely (once in a few years), 3 possible (about once a year), 4 likely (every quarter), 5 almost certain (every month).',
    ),
    severity: Scale('severity').describe(
      'How bad it is when it happens, 1–5: 1 negligible (noticed by no customer), 2 minor (one customer inconvenienced), 3 moderate (complaints, a promise broken), 4 major (a major complaint, lost customers, a regulator asks), 5 severe (harm, legal action, the press).',
    ),
  })
  .describe('Likelihood and severity, each 1–5; their product is the score (low 1–4, medium 5–9, high 10–25).');
export type RiskRating = z.infer<typeof RiskRating>;

/** Where a risk sits: a step of a procedure. */
export const ProcessStep = z
  .strictObject({
    sop: SopId.describe('The SOP, e.g. `SOP-CS-001`.'),
    step: StepId.describe('The step of that SOP where the risk arises, e.g. `S2`.'),
  })
  .describe('The SOP and step where the risk arises: `{ sop: SOP-CS-001, step: S2 }`.');

/** A control: a step of a procedure, a standard, or a KPI that watches the risk. */
export const RiskControl = z
  .strictObject({
    sop: SopId.optional().describe('A procedure that controls the risk, e.g. `SOP-OP-001`.'),
    step: StepId.optional().describe('The step of that procedure, e.g. `S3` (with `sop`).'),
    standard: StandardId.optional().describe('A service standard that controls it, e.g. `STD-RESP-001`.'),
    kpi: KpiId.optional().describe('A KPI that watches it: when the KPI signals or goes off target in a unit in scope, the risk page says so. E.g. `KPI-FR-SLA`.'),
  })
  .refine((c) => [c.sop, c.standard, c.kpi].filter((x) => x !== undefined).length === 1, {
    message: 'A control names exactly one of `sop` (with an optional `step`), `standard` or `kpi`.',
    ...codeParams('schema/invalid-value', 'Write one control per entry: `{ sop: SOP-OP-001, step: S3 }`, `{ standard: STD-RESP-001 }` or `{ kpi: KPI-FR-SLA }`.'),
  })
  .refine((c) => c.step === undefined || c.sop !== undefined, {
    message: 'A control with a `step` names its `sop`.',
    ...codeParams('schema/invalid-value', 'Add `sop:` with the SOP the step belongs to, e.g. `{ sop: SOP-OP-001, step: S3 }`.'),
  })
  .describe('One control: `{ sop, step }`, `{ standard }` or `{ kpi }`.');
export type RiskControl = z.infer<typeof RiskControl>;

/** What is left of a risk, accepted: by whom, when, until when and why. */
export const RiskAcceptance = z
  .strictObject({
    by: PersonId.describe('Who accepted the residual risk: someone with the authority to (top management for a high risk), not its owner.'),
    date: IsoDate.describe('Date it was accepted.'),
    until: IsoDate.describe('Date the acceptance ends: the risk is judged again by then.'),
    reason: LocalizedText.describe('Why the residual risk is accepted rather than treated, e.g. the cost of the treatment against the harm.'),
  })
  .describe('A dated acceptance of the residual risk, instead of a treatment.');
export type RiskAcceptance = z.infer<typeof RiskAcceptance>;

export const Risk = z
  .strictObject({
    id: RiskId.describe('Permanent id, also the file name, e.g. `RISK-007`.'),
    title: LocalizedText.describe('The risk in a few words, e.g. `{ en: First responses late when the team is short-staffed, zh-CN: 人手不足时首次响应超时 }`.'),
    status: z.enum(RISK_STATUSES).default('active').describe('`active`, or `retired` when the process step no longer exists or the risk no longer arises (kept for the record).'),
    process: ProcessStep,
    units: UnitScope.describe('Units where the risk arises: `all`, or unit ids (a region includes its branches).'),
    cause: LocalizedText.describe('Why it happens, e.g. `One agent on the evening shift for 40 complaints`.'),
    consequence: LocalizedText.describe('What happens to the customer and the organisation when it does.'),
    before: RiskRating.describe('The rating before controls (inherent risk).'),
    after: RiskRating.describe('The rating with the controls in place (residual risk): never above `before`.'),
    controls: z.array(RiskControl).default([]).describe('What keeps the risk down: SOP steps, standards, and the KPIs that watch it.'),
    contingency: LocalizedText.optional().describe('The contingency plan: what is done when it happens anyway (who steps in, how customers are told).'),
    treatment: ActionId.optional().describe('The improvement action that lowers the residual risk, e.g. `IA-2026-003`.'),
    acceptance: RiskAcceptance.optional(),
    owner: PersonId.describe('Who owns the risk: watches its controls and reviews it.'),
    identified: IsoDate.describe('Date the risk was entered in the register.'),
    lastReviewed: IsoDate.describe('Date of the last review of the rating and controls.'),
    reviewIntervalMonths: ReviewInterval.describe('Months between reviews (3–6 for a high risk, 12 for others). Next review = last review + interval.'),
  })
  .describe('A risk of the risk register (ISO 9001 6.1).');
export type Risk = z.infer<typeof Risk>;

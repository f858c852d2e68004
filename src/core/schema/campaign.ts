/**
 * A retraining campaign (`data/training/campaigns/SOP-CS-001-4.0.yaml`): the retraining of the
 * staff of the units in scope on one major version of an assessed SOP, with completion per unit.
 * The version is not in force until every unit in scope reaches the required completion, or the
 * quality manager signs a dated exception.
 */
import { z } from 'zod';
import { Count, IsoDate, LocalizedText, PersonId, SopId, UnitId, Version } from './common.ts';

export const CAMPAIGN_ID = /^SOP-[A-Z]{2,6}-\d{3}-\d+\.\d+$/;

export const CampaignProgress = z
  .strictObject({
    unit: UnitId.describe('A unit in scope, e.g. `br-shenzhen`.'),
    toRetrain: Count('A number of staff').describe('Staff of the unit in the SOP\'s training roles who must be retrained.'),
    completed: Count('A number of staff').describe('Of them, those who have passed the assessment on the new version.'),
    asOf: IsoDate.describe('The day of the figures, e.g. `2026-12-04`.'),
  })
  .describe('Completion at one unit.');
export type CampaignProgress = z.infer<typeof CampaignProgress>;

export const CampaignException = z
  .strictObject({
    date: IsoDate.describe('The day the exception was signed; the version may be in force from then.'),
    by: PersonId.describe('The quality manager who signs it (a person whose role is `quality-manager`).'),
    reason: LocalizedText.describe('Why the version may take effect before retraining is complete, and what covers the gap.'),
    expires: IsoDate.describe('The last day the exception holds; after it the campaign must be complete.'),
  })
  .describe('A dated exception signed by the quality manager: the version is in force while it holds, however far retraining has got.');
export type CampaignException = z.infer<typeof CampaignException>;

export const RetrainingCampaign = z
  .strictObject({
    id: z
      .string()
      .regex(CAMPAIGN_ID, { message: 'Campaign ids are the SOP and the version: `SOP-CS-001-4.0`.' })
      .describe('The SOP and the version, also the file name, e.g. `SOP-CS-001-4.0`.'),
    sop: SopId.describe('The SOP whose new version staff are retrained on.'),
    version: Version.describe('The major version staff are retrained on, e.g. `"4.0"`.'),
    owner: PersonId.describe('Who runs the campaign, e.g. the training lead.'),
    units: z.array(UnitId).min(1).describe('The units in scope (each listed: a region is not expanded).'),
    requiredCompletion: z.number().min(1).max(100).describe('The share of staff to retrain who must have passed, in each unit, before the version is in force, in percent, e.g. `90`.'),
    progress: z.array(CampaignProgress).default([]).describe('Completion per unit in scope, with the day of the figures.'),
    exception: CampaignException.optional(),
  })
  .describe('A retraining campaign on a major version of an assessed SOP.');
export type RetrainingCampaign = z.infer<typeof RetrainingCampaign>;

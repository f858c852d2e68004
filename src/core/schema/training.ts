/**
 * The training settings (`data/training/settings.yaml`): since when the learning system holds the
 * training records the handbook's retraining campaigns and coverage figures come from. A major
 * version of an assessed SOP that takes effect on or after that day needs a retraining campaign
 * (and is not in force before the campaign is complete); versions from before it are history.
 */
import { z } from 'zod';
import { IsoDate, KpiId, LocalizedText, RoleId } from './common.ts';

/** Days ahead in which the coverage records count the certifications that expire (`expiring`). */
export const DEFAULT_EXPIRING_WITHIN_DAYS = 90;

/** How long a certification is valid, and the window in which expiring certifications are counted. */
export const Recertification = z
  .strictObject({
    months: z
      .record(RoleId, z.number().int({ message: 'Give the months as a whole number, e.g. `24`.' }).min(1).max(120))
      .describe(
        'Months a certification is valid, per role (`{ service-agent: 24, team-leader: 24 }`): staff pass the assessment again before it ends (periodic skill assessment), or lose the certification.',
      ),
    expiringWithinDays: z
      .number()
      .int()
      .min(1)
      .max(366)
      .default(DEFAULT_EXPIRING_WITHIN_DAYS)
      .describe('The window of the coverage records\' `expiring` count, in days after the day of the figures (default 90): the certifications that end within it unless renewed.'),
  })
  .describe('Recertification: how long a certification is valid per role, and the window of the expiring count.');
export type Recertification = z.infer<typeof Recertification>;

export const TrainingSettings = z
  .strictObject({
    recordsStart: IsoDate.describe(
      'The first day the learning system holds training records for, e.g. `2026-01-01`. Major versions of assessed SOPs effective on or after it need a retraining campaign (data/training/campaigns/); earlier ones do not.',
    ),
    coverageKpi: KpiId.optional().describe(
      'The KPI computed from the certification coverage records (certified ÷ staff per unit and quarter), e.g. `KPI-CERT`: a quarterly percentage whose measurements are not typed but taken from data/training/coverage/.',
    ),
    note: LocalizedText.optional().describe('Where the records are kept, for readers (`{ en: …, zh-CN: … }`). No personal data.'),
    recertification: Recertification.optional(),
  })
  .describe('The training settings: one entry.');
export type TrainingSettings = z.infer<typeof TrainingSettings>;

export const TrainingSettingsFile = z
  .strictObject({ settings: z.array(TrainingSettings).describe('One entry: the training settings.') })
  .describe('data/training/settings.yaml: the training settings.');

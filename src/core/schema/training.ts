/**
 * The training settings (`data/training/settings.yaml`): since when the learning system holds the
 * training records the handbook's retraining campaigns and coverage figures come from. A major
 * version of an assessed SOP that takes effect on or after that day needs a retraining campaign
 * (and is not in force before the campaign is complete); versions from before it are history.
 */
import { z } from 'zod';
import { IsoDate, KpiId, LocalizedText } from './common.ts';

export const TrainingSettings = z
  .strictObject({
    recordsStart: IsoDate.describe(
      'The first day the learning system holds training records for, e.g. `2026-01-01`. Major versions of assessed SOPs effective on or after it need a retraining campaign (data/training/campaigns/); earlier ones do not.',
    ),
    coverageKpi: KpiId.optional().describe(
      'The KPI computed from the certification coverage records (certified ÷ staff per unit and quarter), e.g. `KPI-CERT`: a quarterly percentage whose measurements are not typed but taken from data/training/coverage/.',
    ),
    note: LocalizedText.optional().describe('Where the records are kept, for readers (`{ en: …, zh-CN: … }`). No personal data.'),
  })
  .describe('The training settings: one entry.');
export type TrainingSettings = z.infer<typeof TrainingSettings>;

export const TrainingSettingsFile = z
  .strictObject({ settings: z.array(TrainingSettings).describe('One entry: the training settings.') })
  .describe('data/training/settings.yaml: the training settings.');

/**
 * The check's settings (`data/check-settings.yaml`): the organisation's own values for what the
 * check warns about, each with a default from established practice, so that the file may be left
 * out. One entry.
 */
import { z } from 'zod';

/** Months after the end of a quarter by which its management review is held (ISO 9001 9.3.1 "at planned intervals"). */
export const DEFAULT_REVIEW_OVERDUE_MONTHS = 3;

export const ManagementReviewSettings = z
  .strictObject({
    overdueAfterMonths: z
      .number()
      .int({ message: 'Give the months as a whole number, e.g. `3`.' })
      .min(1)
      .max(12)
      .default(DEFAULT_REVIEW_OVERDUE_MONTHS)
      .describe(
        'Months after the end of a quarter within which its management review meets (1–12, default 3): the review of 2026-Q3 is due by 31 December 2026; a quarter without a review after that is a warning (`management/review-overdue`). Reviews are planned quarterly (one file per quarter), and a review needs the complete figures of its quarter, so it meets in the next quarter.',
      ),
  })
  .describe('When management reviews are due.');

/** The share of repeat complaints (repeat ÷ received over the register's last three months, in percent) above which a unit is flagged. */
export const DEFAULT_REPEAT_CEILING = 5;

export const ComplaintSettings = z
  .strictObject({
    repeatCeiling: z
      .number()
      .gt(0)
      .max(100)
      .default(DEFAULT_REPEAT_CEILING)
      .describe(
        'The highest acceptable share of repeat complaints, in percent (default 5: one complaint in twenty comes back within 30 days). A unit whose repeat complaints over the register\'s last three months, pooled, are a larger share of its complaints received beyond sampling noise (the Wilson 95 % interval above it) is flagged (`complaints/repeat-share`), as is one whose monthly share signals a rise on its p′ control chart.',
      ),
  })
  .describe('What the check flags in the complaint register.');

export const PersonalDataSettings = z
  .strictObject({
    publicContacts: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'The organisation\'s own public phone numbers and e-mail addresses, allowed in SOPs, pages and data (`[quality@harbourlane.example, 021-6288 1000]`): numbers are compared by their digits, e-mail addresses without regard to case. Never a person\'s own number or address.',
      ),
  })
  .describe('What the personal-data check allows.');

export const CheckSettings = z
  .strictObject({
    managementReviews: ManagementReviewSettings.default({ overdueAfterMonths: DEFAULT_REVIEW_OVERDUE_MONTHS }),
    complaints: ComplaintSettings.default({ repeatCeiling: DEFAULT_REPEAT_CEILING }),
    personalData: PersonalDataSettings.default({ publicContacts: [] }),
  })
  .describe('The check\'s settings: one entry.');
export type CheckSettings = z.infer<typeof CheckSettings>;

export const CheckSettingsFile = z
  .strictObject({ settings: z.array(CheckSettings).describe('One entry: the check\'s settings.') })
  .describe('data/check-settings.yaml: the check\'s settings.');

/** The settings in force: the file's first entry, else every default. */
export function checkSettingsOf(entries: readonly CheckSettings[]): CheckSettings {
  return entries[0] ?? CheckSettings.parse({});
}

/**
 * Building blocks shared by every schema: ids, dates, durations, versions and localised text.
 * Descriptions are written for the process owner who reads them as hover text in the editor.
 */
import { z } from 'zod';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import { isRealDate } from '../time/dates.ts';
import { DURATION_PATTERN } from '../time/duration.ts';
import { plainText } from '../body/plain-text.ts';

/** Ask the diagnostics mapper to report a custom issue under a specific code. */
export const codeParams = (code: DiagnosticCode, hint: string) => ({ params: { code, hint } });

export const LOCALES = ['en', 'zh-CN'] as const;
export const Locale = z.enum(LOCALES).describe('Language of the text: `en` (English) or `zh-CN` (Simplified Chinese).');
export type Locale = z.infer<typeof Locale>;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = (what: string, example: string) =>
  z.string().regex(slugPattern, { message: `${what} ids are lower-case words joined by hyphens, e.g. \`${example}\`.` });

export const UnitId = Slug('Unit', 'br-pudong').describe('Id of a unit from `data/units.yaml`, e.g. `br-pudong`.');
export const RoleId = Slug('Role', 'service-agent').describe('Id of a role from `data/roles.yaml`, e.g. `service-agent`.');
export const PersonId = Slug('Person', 'li-wei').describe('Id of a person from `data/people.yaml`, e.g. `li-wei`.');
export const AreaId = Slug('Process area', 'customer-service').describe('Id of a process area from `data/process-areas.yaml`.');

export const SOP_ID = /^SOP-[A-Z]{2,6}-\d{3}$/;
export const STANDARD_ID = /^STD-[A-Z]{2,6}-\d{3}$/;
export const KPI_ID = /^KPI-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
export const ACTION_ID = /^IA-\d{4}-\d{3}$/;
export const RISK_ID = /^RISK-\d{3}$/;
export const MANAGEMENT_REVIEW_ID = /^MR-\d{4}-Q[1-4]$/;

export const SopId = z
  .string()
  .regex(SOP_ID, { message: 'SOP ids look like `SOP-CS-001`: `SOP-`, an area code of 2–6 capitals, `-`, three digits.' })
  .describe('SOP id, e.g. `SOP-CS-001`.');
export const StandardId = z
  .string()
  .regex(STANDARD_ID, { message: 'Standard ids look like `STD-RESP-001`: `STD-`, 2–6 capitals, `-`, three digits.' })
  .describe('Service standard id, e.g. `STD-RESP-001`.');
export const KpiId = z
  .string()
  .regex(KPI_ID, { message: 'KPI ids look like `KPI-CSAT` or `KPI-FR-SLA`: `KPI-` and capitals or digits joined by hyphens.' })
  .describe('KPI id, e.g. `KPI-CSAT`.');
export const ActionId = z
  .string()
  .regex(ACTION_ID, { message: 'Improvement action ids look like `IA-2025-014`: `IA-`, the year opened, `-`, three digits.' })
  .describe('Improvement action id, e.g. `IA-2025-014`.');

export const RiskId = z
  .string()
  .regex(RISK_ID, { message: 'Risk ids look like `RISK-007`: `RISK-` and three digits.' })
  .describe('Risk id from the risk register, e.g. `RISK-007`.');

export const ManagementReviewId = z
  .string()
  .regex(MANAGEMENT_REVIEW_ID, { message: 'Management review ids are `MR-`, the year and the quarter reviewed, e.g. `MR-2026-Q3`.' })
  .describe('Management review id: the quarter it reviews, e.g. `MR-2026-Q3`.');

/** A calendar date written `YYYY-MM-DD`. Kept as text; checked against the calendar. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Dates are written YYYY-MM-DD, e.g. 2025-03-01.', abort: true })
  .refine(isRealDate, {
    message: 'This date does not exist on the calendar.',
    ...codeParams('date/impossible', 'Check the day and month: February has 28 days (29 in leap years); April, June, September and November have 30.'),
  })
  .describe('A date written YYYY-MM-DD, e.g. `2025-03-01`.');

/** A calendar month written `YYYY-MM`, quoted in YAML so that it stays text. */
export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Months are written YYYY-MM in quotes, e.g. "2026-10".' })
  .describe('A month written YYYY-MM in quotes, e.g. `"2026-10"`.');

/** A count of something (`what`, named in the message when it is not a whole number of at least 0). */
export const Count = (what: string) =>
  z
    .number()
    .int({ message: `${what} is a whole number.` })
    .nonnegative({ message: `${what} cannot be negative.` });

/** A time limit such as `30 min`, `48 h` or `3 d` (calendar time). */
export const Duration = z
  .string()
  .regex(DURATION_PATTERN, { message: 'Time limits are a number and a unit: `30 min`, `48 h` or `3 d`.' })
  .describe('A time limit: a number and `min`, `h` or `d` (calendar days), e.g. `30 min`, `48 h`, `3 d`.');

/** A document version `MAJOR.MINOR`, always quoted in YAML so that 1.10 is not read as 1.1. */
export const Version = z
  .string()
  .regex(/^\d+\.\d+$/, { message: 'Versions are MAJOR.MINOR, e.g. "2.1".' })
  .describe('Document version MAJOR.MINOR in quotes, e.g. `"2.1"`. Raise MAJOR for a change in substance, MINOR for a correction.');

/** Text in one language, or the same text in several: `{ en: "...", zh-CN: "..." }`. */
export const LocalizedText = z
  .union([
    z.string().min(1),
    z
      .strictObject({ en: z.string().min(1).optional(), 'zh-CN': z.string().min(1).optional() })
      .refine((v) => v.en !== undefined || v['zh-CN'] !== undefined, { message: 'Give the text in at least one language.' }),
  ])
  .describe('Text, either plain (`Complaint handling`) or per language (`{ en: Complaint handling, zh-CN: 投诉处理 }`).');
export type LocalizedText = z.infer<typeof LocalizedText>;

/** `all`, or a list of unit ids. Units listed include their sub-units. */
export const UnitScope = z
  .union([z.literal('all'), z.array(UnitId).min(1)])
  .describe('`all`, or a list of unit ids. A department or region includes the units below it.');
export type UnitScope = z.infer<typeof UnitScope>;

export const NonEmptyText = z.string().trim().min(1, { message: 'This text must not be empty.' });

/**
 * A document's title: text, even when written with Markdown as a wiki or a site written for
 * GitHub or Hugo writes it (`**Policy** _v2_` is read as `Policy v2`, src/core/body/plain-text.ts),
 * so that every place a title appears shows it as text.
 */
export const Title = NonEmptyText.overwrite(plainText);

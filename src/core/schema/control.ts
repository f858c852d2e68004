/**
 * The document-control fields every controlled document carries (ISO 9001 7.5.2/7.5.3): version,
 * status, effective date, owner, approvers, periodic review and change log. SOPs have them in
 * their frontmatter; the quality manual, policies, service standards and KPI definitions carry
 * the same fields, described once here. A standard, KPI or page that gives a `version` is under
 * document control; the check then asks for the rest (`control/*` diagnostics).
 */
import { z } from 'zod';
import { IsoDate, LocalizedText, NonEmptyText, PersonId, Version } from './common.ts';

/** The life cycle of a controlled document. */
export const CONTROL_STATUSES = ['draft', 'in-review', 'effective', 'superseded', 'retired'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export const ChangeLogEntry = z.strictObject({
  version: Version,
  date: IsoDate.describe('Date the version became effective.'),
  change: z
    .enum(['major', 'minor'])
    .describe('`major`: a change in substance (steps, time limits, responsibilities, targets, requirements), staff must be retrained or told. `minor`: wording or corrections.'),
  summary: NonEmptyText.describe('What changed and why, in a sentence or two.'),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntry>;

/** A change-log entry of a standard or KPI: its summary may be given per language, like the rest of the file. */
export const DataChangeLogEntry = ChangeLogEntry.extend({
  summary: LocalizedText.describe('What changed and why, in a sentence or two: plain, or per language (`{ en: …, zh-CN: … }`).'),
});
export type DataChangeLogEntry = z.infer<typeof DataChangeLogEntry>;

export const ReviewInterval = z
  .number()
  .int({ message: 'Give the review interval in whole months.' })
  .min(1)
  .max(60)
  .describe('Months between periodic reviews (12–36 is usual; shorter for high-risk processes). Next review = last review + interval.');

/**
 * The control fields of a standard, KPI or page, all optional so that a document can be brought
 * under control when the organisation is ready (an uncontrolled page says so to its readers). A
 * page's change log is written in the page's language; a standard's or KPI's may be bilingual.
 */
export const ControlFields = {
  version: Version.optional().describe(
    'Version of this document, MAJOR.MINOR in quotes (`"2.0"`). Giving a version puts the document under document control: it then needs `effective`, `approvers`, `reviewIntervalMonths` and a `changeLog` entry for the version, like an SOP.',
  ),
  effective: IsoDate.optional().describe('Date this version takes effect (YYYY-MM-DD). It may lie in the future: until then the version before it stays in force.'),
  approvers: z.array(PersonId).optional().describe('People who must approve each new version, other than the owner.'),
  lastReviewed: IsoDate.optional().describe('Date of the last periodic review. When absent, the effective date counts as the last review.'),
  reviewIntervalMonths: ReviewInterval.optional(),
  changeLog: z.array(ChangeLogEntry).optional().describe('Every version, oldest first, with its date, kind of change and summary.'),
};

/** The control fields of a standard or KPI (data files, bilingual). */
export const DataControlFields = {
  ...ControlFields,
  changeLog: z
    .array(DataChangeLogEntry)
    .optional()
    .describe('Every version, oldest first, with its date, kind of change and summary (plain, or `{ en: …, zh-CN: … }`).'),
};

/** Fields about the document rather than its substance: changing them alone needs no new version. */
export const CONTROL_FIELD_NAMES: readonly string[] = ['version', 'status', 'effective', 'lastReviewed', 'reviewIntervalMonths', 'owner', 'approvers', 'changeLog'];

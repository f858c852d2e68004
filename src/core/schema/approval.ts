/**
 * Approval evidence (`data/approvals/SOP-XX-NNN.yaml`, `KPI-XXX.yaml`, `STD-XXX-NNN.yaml`, and for a
 * controlled page the page's id: `quality-manual.yaml`, `policies/quality-policy.yaml`): for each version of a controlled
 * document, who signed it, when, and in what capacity, with the fingerprint of the content they
 * signed. The records are written by `npm run approve` (in CI, from the pull request's reviews)
 * and only ever appended to.
 */
import { z } from 'zod';
import { isRealDate } from '../time/dates.ts';
import { KPI_ID, NonEmptyText, PersonId, SOP_ID, STANDARD_ID, Version } from './common.ts';

export const SIGNATURE_MEANINGS = ['authored', 'reviewed', 'approved'] as const;
export type SignatureMeaning = (typeof SIGNATURE_MEANINGS)[number];

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date and time with its offset from UTC, ISO 8601: `2026-03-12T09:41:00+08:00` or `2026-03-12T01:41:00Z`. */
export const IsoDateTime = z
  .string()
  .regex(DATE_TIME, { message: 'Dates and times are written ISO 8601 with a time zone, e.g. 2026-03-12T09:41:00+08:00 or 2026-03-12T01:41:00Z.', abort: true })
  .refine((s) => isRealDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), { message: 'This date or time does not exist.' })
  .describe('Date and time with a time zone, e.g. `2026-03-12T09:41:00+08:00` or `2026-03-12T01:41:00Z`.');

export const Fingerprint = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, { message: 'A fingerprint is `sha256:` and 64 hexadecimal digits, as `npm run approve` writes it.' })
  .describe('SHA-256 of the signed content (frontmatter except `lastReviewed`, and the body), as computed by `npm run approve`.');

export const ApprovalRecord = z
  .strictObject({
    version: Version.describe('The version of the document that was signed, e.g. `"3.1"`.'),
    by: PersonId.describe('Who signed: a person id from `data/people.yaml`; the page prints their name from there.'),
    meaning: z
      .enum(SIGNATURE_MEANINGS)
      .describe('What the signature means: `authored` (wrote the change), `reviewed` (checked it) or `approved` (released it for use; only the document\'s approvers).'),
    at: IsoDateTime.describe('When the signature was given, with the time zone, e.g. `2026-03-12T01:41:00Z`.'),
    fingerprint: Fingerprint,
    source: NonEmptyText.optional().describe('Where the signature was given, e.g. the URL of the pull-request review.'),
  })
  .describe('One signature.');
export type ApprovalRecord = z.infer<typeof ApprovalRecord>;

/** The id of a controlled document: an SOP, standard or KPI id, or a page's id (its path below `content/`). */
const PAGE_ID = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;
export const DocumentId = z
  .string()
  .refine((s) => SOP_ID.test(s) || STANDARD_ID.test(s) || KPI_ID.test(s) || PAGE_ID.test(s), {
    message: 'A document id is an SOP, standard or KPI id (`SOP-CS-001`, `STD-RESP-001`, `KPI-CSAT`) or a page\'s path below content/ without extension (`quality-manual`, `policies/quality-policy`).',
  })
  .describe('The controlled document: `SOP-CS-001`, `STD-RESP-001`, `KPI-CSAT`, or a page id such as `policies/quality-policy`.');

export const ApprovalFile = z
  .strictObject({
    document: DocumentId.describe('The document the records belong to; also the file name, e.g. `SOP-CS-001` in `SOP-CS-001.yaml`, `policies/quality-policy` in `policies/quality-policy.yaml`.'),
    records: z.array(ApprovalRecord).describe('Signatures, oldest first. Append only: a record is never changed or removed.'),
  })
  .describe('Approval evidence for one document.');
export type ApprovalFile = z.infer<typeof ApprovalFile>;

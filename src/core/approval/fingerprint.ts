/**
 * The fingerprint of a controlled document (an SOP, the quality manual, a policy, a standard, a
 * KPI): a SHA-256 of its canonical content, stored with each signature. When
 * the document no longer has the fingerprint its approvers signed, it has "changed since
 * approval" (the practice of Doorstop's reviewed stamps and Sphinx-Needs' hashes).
 *
 * What is signed: every frontmatter field of the SOP and its body, except `lastReviewed`, so
 * that recording a periodic review that changed nothing keeps the approval valid.
 */
import { createHash } from 'node:crypto';
import { KIND_CONTROL, sopOf, type ControlledDocument } from '../control/document.ts';
import { SopFrontmatter } from '../schema/sop.ts';
import { canonicalBody, canonicalJson } from './canonical.ts';
import { kindNamed } from '../model/kinds/registry.ts';

/** Fields a signature does not cover. */
export const UNSIGNED_FIELDS: ReadonlySet<string> = new Set(['lastReviewed']);

const SIGNED_FIELDS = Object.keys(SopFrontmatter.shape).filter((k) => !UNSIGNED_FIELDS.has(k));

/** The canonical text that is hashed: the signed fields as sorted JSON, a blank line, the body. */
export function canonicalSop(sop: SopFrontmatter & { body: string }): string {
  const fields: Record<string, unknown> = {};
  for (const key of SIGNED_FIELDS) fields[key] = (sop as Record<string, unknown>)[key];
  return `${canonicalJson(fields)}\n\n${canonicalBody(sop.body)}\n`;
}

/** `sha256:` and 64 hexadecimal digits. */
export function sopFingerprint(sop: SopFrontmatter & { body: string }): string {
  return `sha256:${createHash('sha256').update(canonicalSop(sop), 'utf8').digest('hex')}`;
}

/** Page fields a signature does not cover besides `lastReviewed`: the position in the navigation. */
const UNSIGNED_PAGE_FIELDS: ReadonlySet<string> = new Set(['order']);

/**
 * The canonical text of any controlled document: its kind's fields except `lastReviewed` (and a
 * page's `order`), then its body if it has one. An SOP's is exactly `canonicalSop`, so that
 * signatures already given stay valid.
 */
export function canonicalDocument(doc: ControlledDocument): string {
  const sop = sopOf(doc);
  if (sop) return canonicalSop(sop);
  const fields: Record<string, unknown> = {};
  const signedAs = signedNames(doc.kind);
  for (const key of ['id', ...KIND_CONTROL[doc.kind].fields]) {
    if (UNSIGNED_FIELDS.has(key) || (doc.kind === 'page' && UNSIGNED_PAGE_FIELDS.has(key))) continue;
    fields[signedAs.get(key) ?? key] = (doc.entity as Record<string, unknown>)[key];
  }
  return `${canonicalJson(fields)}\n\n${doc.body === undefined ? '' : canonicalBody(doc.body)}\n`;
}

/**
 * Fields renamed since signatures were given (a KPI's `unit`, now `unitOfMeasure`) are signed under
 * their old name, so that a rename alone changes no fingerprint and leaves every approval valid.
 */
function signedNames(kind: string): Map<string, string> {
  return new Map(Object.entries(kindNamed(kind)?.renamedFields ?? {}).map(([old, now]) => [now, old]));
}

/** The fingerprint of any controlled document (`sha256:` and 64 hexadecimal digits). */
export function documentFingerprint(doc: ControlledDocument): string {
  return `sha256:${createHash('sha256').update(canonicalDocument(doc), 'utf8').digest('hex')}`;
}

/** The first 12 digits, for people: `sha256:3f9a…` → `3f9a0c1d2e4b`. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.replace(/^sha256:/, '').slice(0, 12);
}

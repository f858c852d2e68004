/**
 * Appends a signature to a document's approval file, keeping what is there (comments included).
 * Records are never changed or removed: approval evidence is append-only.
 */
import { isSeq, parseDocument, Scalar, YAMLMap } from 'yaml';
import type { ApprovalRecord } from '../schema/approval.ts';

const HEADER = (id: string) =>
  `# Approval evidence for ${id}: who signed each version, when, and in what capacity, with the
# fingerprint of the content they signed. Written by \`npm run approve\` (in CI, from the pull
# request's reviews). Append only: never change or remove a record.
`;

/** The file's new text with `record` appended; `text` is undefined for a new file. */
export function appendRecord(text: string | undefined, documentId: string, record: ApprovalRecord): string {
  const doc = parseDocument(text ?? `${HEADER(documentId)}document: ${documentId}\nrecords: []\n`);
  if (doc.errors.length > 0) throw new Error(`The approval file of ${documentId} cannot be parsed: ${doc.errors[0]!.message}`);
  let records = doc.get('records', true);
  if (!isSeq(records)) {
    doc.set('records', doc.createNode([]));
    records = doc.get('records', true);
  }
  if (!isSeq(records)) throw new Error('unreachable: records is a sequence');
  records.flow = false;
  const item = new YAMLMap();
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const scalar = new Scalar(value);
    // Versions stay text: "1.10" must not become the number 1.1.
    if (key === 'version') scalar.type = Scalar.QUOTE_DOUBLE;
    item.set(key, scalar);
  }
  records.items.push(item);
  return doc.toString({ lineWidth: 0 });
}

/** Whether an identical signature (same version, person, meaning and content) is already recorded. */
export function alreadyRecorded(existing: readonly ApprovalRecord[], record: ApprovalRecord): boolean {
  return existing.some((r) => r.version === record.version && r.by === record.by && r.meaning === record.meaning && r.fingerprint === record.fingerprint);
}

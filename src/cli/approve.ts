/**
 * `sqms approve`: appends a signature to the approval records of a controlled document (an SOP,
 * `--document` the quality manual, a policy, a standard or a KPI; data/approvals/ID.yaml):
 * who, in what capacity, when, and the fingerprint of the content signed.
 *
 *   npm run approve -- --sop SOP-CS-001 --by chen-jing --meaning approved [--at 2026-03-12T09:41:00+08:00]
 *   npm run approve -- --base origin/main --by @chenjing-qm --meaning approved --at … --source URL
 *
 * With `--base`, every SOP whose signed content differs from the base revision is signed (the
 * pull-request workflow passes the merged pull request's base). `--commit REV` fingerprints the
 * content as it was at that commit (the one the reviewer approved) instead of the working tree,
 * so that anything merged on top of it shows as "changed since approval". A person may sign
 * `approved` only for SOPs that name them as approver; with `--base` their approval of other SOPs
 * is recorded as `reviewed`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadHandbook, buildHandbook } from '../core/load.ts';
import type { Handbook, PersonEntity } from '../core/model/handbook.ts';
import { controlledDocument, type ControlledDocument } from '../core/control/document.ts';
import { alreadyRecorded, appendRecord } from '../core/approval/append.ts';
import { approvalFilePath } from '../core/approval/book.ts';
import { documentFingerprint, shortFingerprint } from '../core/approval/fingerprint.ts';
import { ApprovalFile, IsoDateTime, SIGNATURE_MEANINGS, type ApprovalRecord, type SignatureMeaning } from '../core/schema/approval.ts';
import { compareHandbooks, documentsNeedingApproval } from '../core/change/compare.ts';
import { findRepository } from '../core/git/repository.ts';
import { readSnapshot } from '../core/git/snapshot.ts';
import { parseYamlSource } from '../core/source/yaml-source.ts';
import { DiagnosticBag } from '../core/diagnostics/diagnostic.ts';

export interface ApproveOptions {
  root: string;
  sop: string | undefined;
  base: string | undefined;
  by: string | undefined;
  meaning: string | undefined;
  at: string | undefined;
  commit: string | undefined;
  source: string | undefined;
  today: string | undefined;
}

const fail = (message: string): number => {
  process.stderr.write(`${message}\n`);
  return 2;
};

/** A person by id (`chen-jing`) or by Git handle (`@chenjing-qm`, case-insensitive as on GitHub). */
export function findPerson(h: Handbook, who: string): PersonEntity | undefined {
  if (!who.startsWith('@')) return h.people.get(who);
  const handle = who.toLowerCase();
  return [...h.people.values()].find((p) => p.git?.toLowerCase() === handle);
}

export function approve(options: ApproveOptions): number {
  if (!options.by || !options.meaning || (!options.sop && !options.base)) {
    return fail('Usage: npm run approve -- --sop SOP-CS-001 (or --document KPI-CSAT) --by PERSON --meaning authored|reviewed|approved [--at ISO-DATETIME] [--commit REV] [--source TEXT]\n   or: npm run approve -- --base REV --by PERSON --meaning …  (every SOP changed since REV)');
  }
  if (!(SIGNATURE_MEANINGS as readonly string[]).includes(options.meaning)) return fail(`--meaning must be one of ${SIGNATURE_MEANINGS.join(', ')}, not "${options.meaning}".`);
  const meaning = options.meaning as SignatureMeaning;
  const at = options.at ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (!IsoDateTime.safeParse(at).success) return fail(`--at must be a date and time with a time zone, e.g. 2026-03-12T09:41:00+08:00 or 2026-03-12T01:41:00Z, not "${at}".`);

  const { handbook } = loadHandbook(options.root, options.today ? { today: options.today } : {});
  const person = findPerson(handbook, options.by);
  if (!person) return fail(`Nobody in data/people.yaml is "${options.by}" (give a person id, or a git handle with @).`);

  const needsGit = options.base !== undefined || options.commit !== undefined;
  const lookup = needsGit ? findRepository(options.root) : undefined;
  if (lookup && !lookup.found) return fail(`--base and --commit need a Git checkout, but ${lookup.reason}.`);
  const repository = lookup?.found ? lookup.repository : undefined;

  // The content signed: the working tree, or the commit the reviewer approved.
  let signed: Handbook = handbook;
  if (options.commit && repository) {
    const snapshot = readSnapshot(repository, options.commit, { mergeBase: false });
    if (!snapshot.ok) return fail(`${snapshot.message}\n${snapshot.hint}`);
    signed = buildHandbook(handbook.root, snapshot.files, { today: handbook.today }).handbook;
  }

  let ids: string[];
  if (options.sop) {
    ids = [options.sop];
  } else {
    const snapshot = readSnapshot(repository!, options.base!);
    if (!snapshot.ok) return fail(`${snapshot.message}\n${snapshot.hint}`);
    const base = buildHandbook(handbook.root, snapshot.files, { today: handbook.today }).handbook;
    ids = [...documentsNeedingApproval(compareHandbooks(base, handbook))].sort();
    if (ids.length === 0) {
      process.stdout.write(`No controlled document changed since ${options.base}: nothing to sign.\n`);
      return 0;
    }
  }

  for (const id of ids) {
    const sop: ControlledDocument | undefined = controlledDocument(signed, id);
    if (!sop) return fail(`There is no valid controlled document "${id}"${options.commit ? ` at ${options.commit}` : ''} (an SOP, or a page, standard or KPI with a version); run npm run check for its problems.`);
    let capacity = meaning;
    if (meaning === 'approved' && !sop.approvers.includes(person.id)) {
      if (options.sop) return fail(`${person.name} (${person.id}) is not an approver of ${id} (approvers: ${sop.approvers.join(', ') || 'none'}). Record --meaning reviewed, or name them in approvers first.`);
      capacity = 'reviewed';
    }
    const record: ApprovalRecord = {
      version: sop.version,
      by: person.id,
      meaning: capacity,
      at,
      fingerprint: documentFingerprint(sop),
      ...(options.source ? { source: options.source } : {}),
    };
    const path = join(options.root, approvalFilePath(id));
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (existing !== undefined && alreadyRecorded(existingRecords(path, existing), record)) {
      process.stdout.write(`${id} ${sop.version}: ${person.name} already signed this content as ${capacity}; nothing added.\n`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, appendRecord(existing, id, record));
    process.stdout.write(`${id} ${sop.version}: ${capacity} by ${person.name} at ${at} (content ${shortFingerprint(record.fingerprint)}), recorded in ${approvalFilePath(id)}.\n`);
  }
  return 0;
}

function existingRecords(path: string, text: string): ApprovalRecord[] {
  const source = parseYamlSource(path, text, new DiagnosticBag());
  const parsed = ApprovalFile.safeParse(source.value);
  return parsed.success ? parsed.data.records : [];
}

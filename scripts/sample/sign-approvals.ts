/**
 * Writes the sample organisation's approval records (data/approvals/): for every effective
 * controlled document (SOPs, the quality manual and policies, standards and KPIs with a version),
 * the owner's `authored` signature and each approver's `approved` signature on the current
 * content, dated in the days before the version took effect; for the SOP in review, a first
 * approval with the second still missing. Records of earlier versions already in the files are
 * kept. Run it after editing a sample SOP on purpose:
 *
 *   npx node scripts/sample/sign-approvals.ts [--root DIR]
 *
 * One SOP is signed on purpose on slightly different content, so that the sample shows a document
 * "changed since approval": SOP-CS-004, whose first step's time limit was edited from 10 to 15
 * minutes after it was approved, without a new version.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHandbook } from '../../src/core/load.ts';
import type { SopEntity } from '../../src/core/model/handbook.ts';
import { controlledDocuments, sopOf, type ControlledDocument } from '../../src/core/control/document.ts';
import { appendRecord } from '../../src/core/approval/append.ts';
import { approvalFilePath } from '../../src/core/approval/book.ts';
import { documentFingerprint, sopFingerprint } from '../../src/core/approval/fingerprint.ts';
import { ApprovalFile, type ApprovalRecord } from '../../src/core/schema/approval.ts';
import { dayNumber, fromDayNumber } from '../../src/core/time/dates.ts';
import jsyaml from 'js-yaml';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = resolve(values.root ?? '.');
const { handbook } = loadHandbook(root);

/** The content actually approved, where it differs from today's file (the sample's deliberate case). */
const SIGNED_CONTENT: Record<string, (sop: SopEntity) => SopEntity> = {
  'SOP-CS-004': (sop) => ({ ...sop, steps: sop.steps.map((s) => (s.id === 'S1' ? { ...s, timeLimit: '10 min' } : s)) }),
};

/** `date` minus `days`, at `hh:mm` UTC. */
const at = (date: string, days: number, time: string) => `${fromDayNumber(dayNumber(date) - days)}T${time}:00Z`;

let written = 0;
for (const sop of controlledDocuments(handbook) as ControlledDocument[]) {
  if (sop.status !== 'effective' && sop.status !== 'in-review') continue;
  const path = join(root, approvalFilePath(sop.id));
  const kept: ApprovalRecord[] = [];
  if (existsSync(path)) {
    const parsed = ApprovalFile.safeParse(jsyaml.load(readFileSync(path, 'utf8'), { schema: jsyaml.CORE_SCHEMA }));
    if (parsed.success) kept.push(...parsed.data.records.filter((r) => r.version !== sop.version));
  }
  const entity = sopOf(sop);
  const deliberate = entity ? SIGNED_CONTENT[sop.id] : undefined;
  const fingerprint = entity && deliberate ? sopFingerprint(deliberate(entity)) : documentFingerprint(sop);
  // In review: signed so far by the owner and the first approver. Effective: by everyone, before the effective date.
  const planned = sop.effective ?? sop.changeLog.find((e) => e.version === sop.version)?.date ?? handbook.today;
  // Signed before the version takes effect, and never after today (a version scheduled for a later date was approved already).
  const day = planned > handbook.today ? handbook.today : planned;
  const approvers = sop.status === 'in-review' ? sop.approvers.slice(0, 1) : sop.approvers;
  const records: ApprovalRecord[] = [
    ...(sop.owner ? [{ version: sop.version, by: sop.owner, meaning: 'authored', at: at(day, 9, '01:30'), fingerprint } satisfies ApprovalRecord] : []),
    ...approvers.map((by, i): ApprovalRecord => ({ version: sop.version, by, meaning: 'approved', at: at(day, 6 - 2 * i, ['06:12', '02:47', '08:05'][i % 3]!), fingerprint })),
  ];
  let text: string | undefined;
  for (const record of [...kept, ...records]) text = appendRecord(text, sop.id, record);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text!);
  written++;
}
process.stdout.write(`Signed ${written} controlled documents in ${join(root, 'data/approvals')}.\n`);

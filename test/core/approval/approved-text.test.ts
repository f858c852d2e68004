/**
 * The text its approvers signed, found again in the Git history of an SOP that changed since
 * approval: the newest commit whose text has a signed fingerprint, read with ONE
 * `git cat-file --batch`; nothing when the signed text was never committed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { approvedTextIn } from '../../../src/core/approval/approved-text.ts';
import { sopFingerprint } from '../../../src/core/approval/fingerprint.ts';
import { readApprovedTexts } from '../../../src/core/approval/signed-texts.ts';
import { gitProcesses } from '../../../src/core/git/exec.ts';
import { readHistory } from '../../../src/core/git/log.ts';
import { parseSopText } from '../../../src/core/model/sop-text.ts';
import { validFiles } from '../../helpers/fixture.ts';
import { ANN, BO, TempRepo } from '../../helpers/git-repo.ts';

const PATH = 'content/sops/customer-service/SOP-CS-001.mdx';
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

const original = () => validFiles().get(PATH)!;
const fingerprintOf = (text: string) => {
  const sop = parseSopText(text)!;
  return sopFingerprint({ ...sop.frontmatter!, body: sop.body });
};
const commitOf = (hash: string) => ({ hash, date: '2026-03-01T09:00:00+08:00', author: ANN, coAuthors: [], subject: hash, status: 'modified' as const, gitPath: PATH });

describe('the approved text in history', () => {
  const signed = original();
  const edited = signed.replace('timeLimit: 30 min', 'timeLimit: 45 min');

  it('is the newest text with a signed fingerprint; formatting does not count', () => {
    expect(edited).not.toBe(signed);
    const reformatted = signed.replace('version: "1.10"', "version: '1.10'");
    const snapshots = [
      { commit: commitOf('c3'), text: edited },
      { commit: commitOf('c2'), text: reformatted },
      { commit: commitOf('c1'), text: signed },
    ];
    const found = approvedTextIn(snapshots, new Set([fingerprintOf(signed)]));
    expect(found?.commit.hash).toBe('c2');
    expect(found?.fingerprint).toBe(fingerprintOf(signed));
    expect(found?.fields.steps.find((s) => s.timeLimit)?.timeLimit).toBe('30 min');
  });

  it('is not found when no text of the file has a signed fingerprint, or nothing was signed', () => {
    const snapshots = [{ commit: commitOf('c2'), text: edited }, { commit: commitOf('c1'), text: 'not an SOP' }];
    expect(approvedTextIn(snapshots, new Set([fingerprintOf(signed)]))).toBeUndefined();
    expect(approvedTextIn([{ commit: commitOf('c1'), text: signed }], new Set())).toBeUndefined();
  });

  it('is read from a repository with one git process', () => {
    const r = new TempRepo();
    repos.push(r);
    r.write(validFiles()).commit('Version 1.10 as signed', ANN, '2026-03-01T09:00:00+08:00');
    const signedCommit = r.git(['rev-parse', 'HEAD']).trim();
    r.write({ [PATH]: edited }).commit('S2 in 45 minutes, without a new version', BO, '2026-04-01T09:00:00+08:00');
    const history = readHistory(r.root);
    if (!history.available || !history.repository) throw new Error('no history');
    const before = gitProcesses.count;
    const read = readApprovedTexts(history.repository, history.documents, [
      { id: 'SOP-CS-001', path: PATH, fingerprints: new Set([fingerprintOf(signed)]) },
      { id: 'SOP-XX-999', path: 'content/sops/none.mdx', fingerprints: new Set(['sha256:' + '0'.repeat(64)]) },
    ]);
    expect(gitProcesses.count - before).toBe(1);
    if (!read.ok) throw new Error(read.failure);
    expect(read.texts.get('SOP-CS-001')?.commit.hash).toBe(signedCommit);
    expect(read.texts.get('SOP-CS-001')?.body).toBe(parseSopText(signed)!.body);
    expect(read.texts.has('SOP-XX-999')).toBe(false);
  });
});

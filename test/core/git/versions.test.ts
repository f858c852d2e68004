/**
 * Versions from the Git history of an SOP file: each earlier version as it was in its last commit
 * in force, read with ONE `git cat-file --batch`; versions never in force are left out; a version
 * is superseded on its successor's effective date, and only once that date has come.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readArchive } from '../../../src/core/git/archive.ts';
import { gitProcesses } from '../../../src/core/git/exec.ts';
import { readHistory } from '../../../src/core/git/log.ts';
import { ANN, BO, TempRepo } from '../../helpers/git-repo.ts';
import { validFiles } from '../../helpers/fixture.ts';

const PATH = 'content/sops/customer-service/SOP-CS-001.mdx';
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

/** The fixture's SOP-CS-001 (version "1.10", effective 2026-03-01) with edits. */
function sopText(edit: (text: string) => string = (t) => t): string {
  return edit(validFiles().get(PATH)!);
}

const asVersion = (version: string, status: string, effective: string, extra = '') => (t: string) =>
  t
    .replace('version: "1.10"', `version: "${version}"`)
    .replace('status: effective', `status: ${status}`)
    .replace('effective: 2026-03-01', `effective: ${effective}`)
    .replace('    summary: Clarified who records the ticket.\n', `    summary: Clarified who records the ticket.\n${extra}`);

describe('superseded versions', () => {
  it('keeps each earlier version in force as of its last commit, and skips versions never in force', () => {
    const r = new TempRepo();
    repos.push(r);
    r.write(validFiles()).commit('Version 1.10', ANN, '2026-03-01T09:00:00+08:00');
    r.write({ [PATH]: sopText((t) => t.replace('Complaints are answered quickly', 'Complaints are always answered quickly')) });
    const lastOf110 = r.commit('Typo in 1.10 (no new version)', BO, '2026-04-01T09:00:00+08:00');
    const v2 = '  - version: "2.0"\n    date: 2026-09-01\n    change: major\n    summary: First response in 20 minutes.\n';
    r.write({ [PATH]: sopText(asVersion('2.0', 'in-review', '2026-09-01', v2)) }).commit('2.0 in review', ANN, '2026-08-20T09:00:00+08:00');
    r.write({ [PATH]: sopText(asVersion('2.0', 'effective', '2026-09-01', v2)) }).commit('2.0 approved', ANN, '2026-08-30T09:00:00+08:00');
    const v3 = `${v2}  - version: "3.0"\n    date: 2026-11-01\n    change: major\n    summary: Call-back added.\n`;
    r.write({ [PATH]: sopText(asVersion('3.0', 'draft', '2026-11-01', v3)) }).commit('3.0 drafted', BO, '2026-10-20T09:00:00+08:00');

    const history = readHistory(r.root);
    if (!history.available || !history.repository) throw new Error('no history');
    const before = gitProcesses.count;
    const working = { version: '3.0', status: 'draft' as const, effective: '2026-11-01' };
    const result = readArchive(history.repository, history.documents, [{ id: 'SOP-CS-001', path: PATH, working }], '2026-11-05');
    expect(gitProcesses.count - before).toBe(1);
    if (!result.ok) throw new Error(result.failure);
    const found = result.versions.get('SOP-CS-001')!;
    // The file holds the draft 3.0: 2.0 is in force (not superseded by a draft); 1.10 was in force until 2.0 took effect on 2026-09-01.
    expect(found.inForce.source === 'history' && [found.inForce.version.version, found.inForce.version.supersededOn]).toEqual(['2.0', undefined]);
    expect(found.upcoming).toEqual(working);
    expect(found.superseded.map((v) => [v.version, v.effective, v.supersededOn, v.supersededBy])).toEqual([['1.10', '2026-03-01', '2026-09-01', '2.0']]);
    const v110 = found.superseded[0]!;
    expect(v110.commit.hash).toBe(lastOf110);
    expect(v110.sop.body).toContain('Complaints are always answered quickly');
    expect(v110.sop.frontmatter?.steps.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4']);
  });

  it('finds no earlier versions for a file committed once', () => {
    const r = new TempRepo();
    repos.push(r);
    r.write(validFiles()).commit('Version 1.10', ANN, '2026-03-01T09:00:00+08:00');
    const history = readHistory(r.root);
    if (!history.available || !history.repository) throw new Error('no history');
    const working = { version: '1.10', status: 'effective' as const, effective: '2026-03-01' };
    const result = readArchive(history.repository, history.documents, [{ id: 'SOP-CS-001', path: PATH, working }], '2026-11-05');
    if (!result.ok) throw new Error(result.failure);
    expect(result.versions.get('SOP-CS-001')).toEqual({ inForce: { source: 'working' }, upcoming: undefined, superseded: [], translations: new Map() });
  });
});

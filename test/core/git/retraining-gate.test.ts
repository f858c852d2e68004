/**
 * The retraining gate on the version in force (issue 15): a major version of an assessed SOP that
 * takes effect after the training records start is in force only once its retraining campaign
 * reaches the required completion in every unit in scope, or while an exception signed by the
 * quality manager holds; until then the version before it stays in force, past its date too.
 * Git-based: the fixture's SOP-CS-001 (assessed) gets a major version 2.0 effective 2026-12-15,
 * merged with a campaign; the versions are decided as the site's document control decides them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readArchive } from '../../../src/core/git/archive.ts';
import { readHistory } from '../../../src/core/git/log.ts';
import { NO_GATE, type VersionGate } from '../../../src/core/git/versions.ts';
import { versionHeld } from '../../../src/core/derive/training-gate.ts';
import { controlledDocuments } from '../../../src/core/control/document.ts';
import { loadHandbook } from '../../../src/core/load.ts';
import { ANN, BO, TempRepo } from '../../helpers/git-repo.ts';
import { PROJECT_ROOT, validFiles } from '../../helpers/fixture.ts';

const PATH = 'content/sops/customer-service/SOP-CS-001.mdx';
const CAMPAIGN = 'data/training/campaigns/SOP-CS-001-2.0.yaml';
const SETTINGS = { 'data/training/settings.yaml': 'settings:\n  - recordsStart: 2026-01-01\n' };
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

/** Version `version` (2.0 major, or 2.1 minor after it) of the fixture's SOP-CS-001, effective on `effective`. */
function v2(effective: string, version = '2.0'): string {
  const minor = version === '2.1' ? `  - version: "2.1"\n    date: ${effective}\n    change: minor\n    summary: Wording.\n` : '';
  const majorDate = version === '2.1' ? '2026-12-15' : effective;
  return validFiles()
    .get(PATH)!
    .replace('version: "1.10"', `version: "${version}"`)
    .replace('effective: 2026-03-01', `effective: ${effective}`)
    .replace('timeLimit: 30 min', 'timeLimit: 20 min')
    .replace('    summary: Clarified who records the ticket.\n', `    summary: Clarified who records the ticket.\n  - version: "2.0"\n    date: ${majorDate}\n    change: major\n    summary: First response in 20 minutes.\n${minor}`);
}

function campaign(north: number, south: number, exception = '', southAsOf = '2026-12-01'): string {
  return [
    'id: SOP-CS-001-2.0',
    'sop: SOP-CS-001',
    'version: "2.0"',
    'owner: bo-chen',
    'units: [br-north, br-south]',
    'requiredCompletion: 90',
    'progress:',
    `  - { unit: br-north, toRetrain: 10, completed: ${north}, asOf: 2026-12-01 }`,
    `  - { unit: br-south, toRetrain: 8, completed: ${south}, asOf: ${southAsOf} }`,
    exception,
    '',
  ].join('\n');
}

/** 1.10 in force since March, then 2.0 approved for 2026-12-15 with its campaign (Ann signs the commits). */
function repo(files: Record<string, string>): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.write(validFiles()).write(SETTINGS).commit('1.10 in force', ANN, '2026-03-01T09:00:00+08:00');
  r.write({ [PATH]: v2('2026-12-15'), ...files }).commit('2.0 approved, takes effect on 15 Dec; retraining campaign', BO, '2026-11-20T09:00:00+08:00');
  return r;
}

/** The versions of SOP-CS-001 on `today`, decided with the handbook's retraining gate (or none). */
function versionsOn(r: TempRepo, today: string, withGate = true) {
  const { handbook, diagnostics } = loadHandbook(r.root, { today, bodies: false });
  const history = readHistory(r.root);
  if (!history.available || !history.repository) throw new Error('no history');
  const sop = handbook.sops.get('SOP-CS-001')!;
  const gate: VersionGate = withGate ? versionHeld(handbook.derived.retrainingGates, sop.id) : NO_GATE;
  const result = readArchive(history.repository, history.documents, [{ id: sop.id, path: PATH, working: { version: sop.version, status: sop.status, effective: sop.effective }, gate }], today);
  if (!result.ok) throw new Error(result.failure);
  const found = result.versions.get('SOP-CS-001')!;
  const inForce = found.inForce.source === 'history' ? found.inForce.version.version : found.inForce.source === 'working' ? sop.version : found.inForce.source;
  return { found, inForce, codes: diagnostics.filter((d) => d.code.startsWith('campaign/') || d.code.startsWith('training/')).map((d) => d.code) };
}

describe('the retraining gate on a major version of an assessed SOP', () => {
  it('before its date, keeps 1.10 in force either way', () => {
    expect(versionsOn(repo({ [CAMPAIGN]: campaign(9, 5) }), '2026-12-14').inForce).toBe('1.10');
    expect(versionsOn(repo({ [CAMPAIGN]: campaign(9, 8) }), '2026-12-14').inForce).toBe('1.10');
  });

  it('on and after its date, while one unit is short, keeps 1.10 in force and holds 2.0 back, and the check says so', () => {
    for (const day of ['2026-12-15', '2027-02-01']) {
      const { found, inForce, codes } = versionsOn(repo({ [CAMPAIGN]: campaign(9, 5) }), day);
      expect(inForce).toBe('1.10');
      expect(found.upcoming).toEqual({ version: '2.0', status: 'effective', effective: '2026-12-15', held: true });
      expect(found.superseded).toEqual([]);
      expect(codes).toEqual(['training/version-waiting']);
    }
    // Without the gate the date alone would have put 2.0 in force: the gate is what holds it.
    expect(versionsOn(repo({ [CAMPAIGN]: campaign(9, 5) }), '2026-12-15', false).inForce).toBe('2.0');
  });

  it('once every unit reaches the required completion, puts 2.0 in force from its date and supersedes 1.10', () => {
    const r = repo({ [CAMPAIGN]: campaign(9, 5) });
    r.write({ [CAMPAIGN]: campaign(9, 8) }).commit('South retrained', BO, '2026-12-20T09:00:00+08:00');
    const { found, inForce, codes } = versionsOn(r, '2026-12-21');
    expect(inForce).toBe('2.0');
    expect(found.inForce).toEqual({ source: 'working' });
    expect(found.superseded.map((v) => [v.version, v.supersededOn, v.supersededBy])).toEqual([['1.10', '2026-12-15', '2.0']]);
    expect(codes).toEqual([]);
  });

  it('counts no figures dated after the day evaluated: completion reported on 20 Dec puts 2.0 in force from then, not before', () => {
    const r = repo({ [CAMPAIGN]: campaign(9, 8, '', '2026-12-20') });
    expect(versionsOn(r, '2026-12-19').inForce).toBe('1.10');
    expect(versionsOn(r, '2026-12-20').inForce).toBe('2.0');
  });

  it('with a dated exception signed by the quality manager, puts 2.0 in force while it holds, and not after it expires', () => {
    const exception = 'exception: { date: 2026-12-10, by: ann-lee, reason: South covered by mentors., expires: 2027-01-31 }';
    expect(versionsOn(repo({ [CAMPAIGN]: campaign(9, 5, exception) }), '2026-12-15').inForce).toBe('2.0');
    expect(versionsOn(repo({ [CAMPAIGN]: campaign(9, 5, exception) }), '2027-02-01').inForce).toBe('1.10');
  });

  it('ignores an exception signed by someone who is not the quality manager', () => {
    const exception = 'exception: { date: 2026-12-10, by: bo-chen, reason: South covered by mentors., expires: 2027-01-31 }';
    const { inForce, codes } = versionsOn(repo({ [CAMPAIGN]: campaign(9, 5, exception) }), '2026-12-15');
    expect(inForce).toBe('1.10');
    expect(codes).toEqual(['training/version-waiting', 'campaign/exception-not-quality-manager']);
  });

  it('without a campaign, holds 2.0 back and reports the missing campaign', () => {
    const { inForce, codes } = versionsOn(repo({}), '2026-12-15');
    expect(inForce).toBe('1.10');
    expect(codes).toEqual(['campaign/missing']);
  });

  it('still holds 2.0 back while the file holds a 3.0 in review', () => {
    const r = repo({ [CAMPAIGN]: campaign(9, 5) });
    const v3 = v2('2026-12-15')
      .replace('version: "2.0"\nstatus: effective', 'version: "3.0"\nstatus: in-review')
      .replace('    summary: First response in 20 minutes.\n', '    summary: First response in 20 minutes.\n  - version: "3.0"\n    date: 2027-03-01\n    change: major\n    summary: Planned.\n');
    r.write({ [PATH]: v3 }).commit('3.0 in review', BO, '2026-12-17T09:00:00+08:00');
    expect(versionsOn(r, '2026-12-20').inForce).toBe('1.10');
  });

  it('holds back a minor version after the major one while the major one waits', () => {
    const r = repo({ [CAMPAIGN]: campaign(9, 5) });
    r.write({ [PATH]: v2('2026-12-18', '2.1') }).commit('2.1 wording', BO, '2026-12-17T09:00:00+08:00');
    expect(versionsOn(r, '2026-12-20').inForce).toBe('1.10');
  });
});

describe('the sample organisation', () => {
  it('keeps every controlled document\'s version in force with the gate as without it (today)', () => {
    const { handbook } = loadHandbook(PROJECT_ROOT, { today: '2026-12-06', bodies: false });
    const history = readHistory(PROJECT_ROOT);
    if (!history.available || !history.repository) return; // a shallow clone: nothing to compare
    const requests = [...handbook.sops.values()].map((s) => ({ id: s.id, path: s.origin.file, working: { version: s.version, status: s.status, effective: s.effective } }));
    const decide = (gated: boolean) => {
      const gates = handbook.derived.retrainingGates;
      const result = readArchive(history.repository!, history.documents, requests.map((r) => ({ ...r, gate: gated ? versionHeld(gates, r.id) : NO_GATE })), handbook.today);
      if (!result.ok) throw new Error(result.failure);
      return Object.fromEntries([...result.versions].map(([id, v]) => [id, v.inForce.source === 'history' ? v.inForce.version.version : v.inForce.source]));
    };
    expect(controlledDocuments(handbook).length).toBeGreaterThan(0);
    expect(decide(true)).toEqual(decide(false));
    // The gates the sample has: SOP-CS-003 2.0 (retrained, in force) and SOP-CS-001 4.0 (waiting, not effective yet).
    expect([...handbook.derived.retrainingGates.values()].flat().map((g) => [g.sop, g.version, g.passed, g.unitsComplete, g.unitsInScope])).toEqual([
      ['SOP-CS-001', '4.0', false, 3, 6],
      ['SOP-CS-003', '2.0', true, 6, 6],
    ]);
  });
});

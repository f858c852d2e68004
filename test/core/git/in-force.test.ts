/**
 * The version in force on a given day (ISO 9001 7.5.3: the current version available where it is
 * used). A version in the file that is not in force yet (approved for a later date, in review, a
 * draft) never replaces the version in force; on its effective date it does, and the old one is
 * superseded from that date, never before. Git-based: a repository where a new version with a
 * future effective date is merged, evaluated the day before and on the effective date.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readArchive } from '../../../src/core/git/archive.ts';
import { gitProcesses } from '../../../src/core/git/exec.ts';
import { readHistory } from '../../../src/core/git/log.ts';
import { translationFor } from '../../../src/core/git/translation-versions.ts';
import { documentVersions, sopVersions, versionsWithoutHistory, type FileSnapshot } from '../../../src/core/git/versions.ts';
import { KPI_READER, PAGE_READER, STANDARD_READER } from '../../../src/core/git/readers.ts';
import { ANN, BO, TempRepo } from '../../helpers/git-repo.ts';
import { validFiles } from '../../helpers/fixture.ts';

const PATH = 'content/sops/customer-service/SOP-CS-001.mdx';
const ZH = 'content/sops/customer-service/SOP-CS-001.zh-CN.mdx';
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

const base = () => validFiles().get(PATH)!;
/** Version 2.0 of the fixture's SOP-CS-001: the first response in 20 minutes instead of 30, body changed. */
const v2 = (status: string, effective: string) =>
  base()
    .replace('version: "1.10"', 'version: "2.0"')
    .replace('status: effective', `status: ${status}`)
    .replace('effective: 2026-03-01', `effective: ${effective}`)
    .replace('timeLimit: 30 min', 'timeLimit: 20 min')
    .replace('Complaints are answered quickly', 'Complaints are answered within twenty minutes')
    .replace('    summary: Clarified who records the ticket.\n', `    summary: Clarified who records the ticket.\n  - version: "2.0"\n    date: ${effective}\n    change: major\n    summary: First response in 20 minutes.\n`);

const zh = (sourceVersion: string, words: string) =>
  `---\nid: SOP-CS-001\nlang: zh-CN\nsourceVersion: "${sourceVersion}"\ntitle: 投诉处理\nsummary: 投诉的受理和处理。\n---\n\n${words}\n`;

/** A repository where 1.10 is in force, then 2.0 is drafted, reviewed, and approved to take effect on 2026-12-15. */
function scheduledRepo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.write(validFiles()).write({ [ZH]: zh('1.10', '投诉应迅速处理。') }).commit('1.10 in force', ANN, '2026-03-01T09:00:00+08:00');
  r.write({ [PATH]: v2('in-review', '2026-12-15') }).commit('2.0 in review', BO, '2026-11-02T09:00:00+08:00');
  r.write({ [PATH]: v2('effective', '2026-12-15'), [ZH]: zh('2.0', '投诉应在二十分钟内处理。') }).commit('2.0 approved, takes effect on 15 Dec', ANN, '2026-11-20T09:00:00+08:00');
  return r;
}

function versionsOn(r: TempRepo, today: string) {
  const history = readHistory(r.root);
  if (!history.available || !history.repository) throw new Error('no history');
  const before = gitProcesses.count;
  const working = { version: '2.0', status: 'effective' as const, effective: '2026-12-15' };
  const result = readArchive(history.repository, history.documents, [{ id: 'SOP-CS-001', path: PATH, working, translations: [{ lang: 'zh-CN', path: ZH, sourceVersion: '2.0' }] }], today);
  if (!result.ok) throw new Error(result.failure);
  return { found: result.versions.get('SOP-CS-001')!, processes: gitProcesses.count - before };
}

describe('a new version merged with a future effective date', () => {
  it('on the day before, keeps the old version in force (from history), with the new one upcoming and nothing superseded', () => {
    const { found, processes } = versionsOn(scheduledRepo(), '2026-12-14');
    expect(processes).toBe(1); // one git cat-file --batch for the SOP and its translation
    if (found.inForce.source !== 'history') throw new Error(`in force from ${found.inForce.source}`);
    const v = found.inForce.version;
    expect([v.version, v.effective, v.supersededOn, v.supersededBy, v.commit.subject]).toEqual(['1.10', '2026-03-01', undefined, undefined, '1.10 in force']);
    expect(v.sop.frontmatter?.steps[0]?.timeLimit).toBe('30 min');
    expect(v.sop.body).toContain('Complaints are answered quickly');
    expect(found.upcoming).toEqual({ version: '2.0', status: 'effective', effective: '2026-12-15' });
    expect(found.superseded).toEqual([]);
    // The Chinese readers of 1.10 get the translation made for 1.10, not the one of 2.0.
    const t = found.translations.get('zh-CN');
    expect(t?.source === 'history' && [t.sourceVersion, t.text.body.trim()]).toEqual(['1.10', '投诉应迅速处理。']);
  });

  it('on the effective date, puts the new version in force and supersedes the old one from that date', () => {
    const { found } = versionsOn(scheduledRepo(), '2026-12-15');
    expect(found.inForce).toEqual({ source: 'working' });
    expect(found.upcoming).toBeUndefined();
    expect(found.superseded.map((v) => [v.version, v.supersededOn, v.supersededBy])).toEqual([['1.10', '2026-12-15', '2.0']]);
    expect(found.translations.size).toBe(0); // today's translation goes with today's file
  });
});

const commit = (n: number, date: string) => ({ hash: String(n).repeat(40), date, author: ANN, coAuthors: [], subject: `c${n}`, status: 'modified' as const, gitPath: PATH });
const snap = (n: number, date: string, text: string): FileSnapshot => ({ commit: commit(n, date), text });

describe('the version in force, decided from snapshots', () => {
  const snapshots = [snap(3, '2026-11-20T00:00:00Z', v2('effective', '2026-12-15')), snap(2, '2026-11-02T00:00:00Z', v2('in-review', '2026-12-15')), snap(1, '2026-03-01T00:00:00Z', base())];

  it('keeps the version in force while the file holds a version in review or a draft', () => {
    for (const status of ['in-review', 'draft'] as const) {
      const found = sopVersions(snapshots.slice(1), { version: '2.0', status, effective: '2026-12-15' }, '2026-12-20');
      expect(found.inForce.source === 'history' && found.inForce.version.version).toBe('1.10');
      expect(found.upcoming?.status).toBe(status);
      expect(found.superseded).toEqual([]);
    }
  });

  it('never takes a version approved for a later date as in force, even when an earlier build would have', () => {
    // 2.0 approved for 2026-12-15, then postponed to 2027-01-10: on 2026-12-20 1.10 is still in force.
    const postponed = [snap(4, '2026-12-01T00:00:00Z', v2('effective', '2027-01-10')), ...snapshots];
    const found = sopVersions(postponed, { version: '2.0', status: 'effective', effective: '2027-01-10' }, '2026-12-20');
    expect(found.inForce.source === 'history' && found.inForce.version.version).toBe('1.10');
  });

  it('marks a first version not in force yet as such: nothing in force, nothing superseded', () => {
    const first = [snap(1, '2026-11-20T00:00:00Z', v2('effective', '2026-12-15'))];
    expect(sopVersions(first, { version: '2.0', status: 'effective', effective: '2026-12-15' }, '2026-12-14')).toEqual({
      inForce: { source: 'none' },
      upcoming: { version: '2.0', status: 'effective', effective: '2026-12-15' },
      superseded: [],
    });
    // Not committed yet: no snapshots at all.
    expect(sopVersions([], { version: '0.1', status: 'draft', effective: undefined }, '2026-12-14').inForce).toEqual({ source: 'none' });
  });

  it('says the version in force is unknown without history, instead of presenting the file as in force', () => {
    expect(versionsWithoutHistory({ version: '2.0', status: 'effective', effective: '2026-12-15' }, '2026-12-14', 'this is a shallow clone').inForce).toEqual({ source: 'unknown', reason: 'this is a shallow clone' });
    expect(versionsWithoutHistory({ version: '2.0', status: 'effective', effective: '2026-12-15' }, '2026-12-15', 'this is a shallow clone').inForce).toEqual({ source: 'working' });
  });

  it('dates each superseded version by its successor in force, skipping versions never in force', () => {
    // 1.10 in force; 2.0 approved but replaced by 2.1 before its date; 2.1 in force from 2026-12-20.
    const v21 = v2('effective', '2026-12-20').replace('version: "2.0"', 'version: "2.1"').replace('  - version: "2.0"\n    date: 2026-12-20', '  - version: "2.1"\n    date: 2026-12-20');
    const found = sopVersions([snap(4, '2026-12-10T00:00:00Z', v21), ...snapshots], { version: '2.1', status: 'effective', effective: '2026-12-20' }, '2026-12-21');
    expect(found.inForce).toEqual({ source: 'working' });
    expect(found.superseded.map((v) => [v.version, v.supersededOn, v.supersededBy])).toEqual([['1.10', '2026-12-20', '2.1']]);
  });
});

describe('the translation that goes with the version in force', () => {
  const snapshots = [snap(2, '2026-11-20T00:00:00Z', zh('2.0', 'B')), snap(1, '2026-03-01T00:00:00Z', zh('1.10', 'A'))];
  it('is today\'s file when it translates that version or an earlier one, else its newest earlier text that does', () => {
    expect(translationFor('2.0', '2.0', snapshots)).toEqual({ source: 'working' });
    expect(translationFor('2.0', '1.10', snapshots)).toEqual({ source: 'working' });
    const found = translationFor('1.10', '2.0', snapshots);
    expect(found.source === 'history' && [found.sourceVersion, found.text.body.trim(), found.commit.subject]).toEqual(['1.10', 'A', 'c1']);
    expect(translationFor('1.0', '2.0', snapshots)).toEqual({ source: 'none' });
  });
});

describe('a KPI target, a standard and a policy: the same decision, read as their files are written', () => {
  const KPI = 'data/kpis/KPI-CSAT.yaml';
  const kpi = (version: string, target: number, effective: string) =>
    validFiles().get(KPI)!.replace('target: 85', `target: ${target}`) +
    `version: "${version}"\neffective: ${effective}\napprovers: [bo-chen]\nreviewIntervalMonths: 12\nchangeLog:\n  - { version: "${version}", date: ${effective}, change: major, summary: Target ${target}. }\n`;
  const at = (n: number, date: string, text: string): FileSnapshot => ({ commit: { ...commit(n, date), gitPath: KPI }, text });
  const snapshots = [at(2, '2026-11-20T00:00:00Z', kpi('2.0', 88, '2026-12-15')), at(1, '2026-03-01T00:00:00Z', kpi('1.0', 85, '2026-01-01'))];
  const working = { version: '2.0', status: 'effective' as const, effective: '2026-12-15' };

  it('keeps the KPI target in force until the new one\'s effective date, then supersedes it from that date', () => {
    const before = documentVersions(snapshots, working, '2026-12-14', KPI_READER);
    expect(before.inForce.source === 'history' && [before.inForce.version.version, before.inForce.version.sop.frontmatter?.target]).toEqual(['1.0', 85]);
    expect(before.upcoming).toEqual({ version: '2.0', status: 'effective', effective: '2026-12-15' });
    const on = documentVersions(snapshots, working, '2026-12-15', KPI_READER);
    expect(on.inForce).toEqual({ source: 'working' });
    expect(on.superseded.map((v) => [v.version, v.effective, v.supersededOn, v.supersededBy])).toEqual([['1.0', '2026-01-01', '2026-12-15', '2.0']]);
  });

  it('reads a standard\'s YAML and a policy\'s frontmatter and text from history', () => {
    const std = (limit: string, version: string, effective: string) =>
      `id: STD-RESP-001\ntitle: First response\nrequirement: A named person answers.\nstatus: effective\ndimension: responsiveness\ntouchpoint: all\nkano: must-be\nsource: Norm\nowner: ann-lee\nunits: all\ncriterion: { timeLimit: ${limit}, event: First response }\nversion: "${version}"\neffective: ${effective}\n`;
    const found = documentVersions([at(2, '2026-11-20T00:00:00Z', std('20 min', '2.0', '2027-01-01')), at(1, '2026-03-01T00:00:00Z', std('30 min', '1.0', '2026-01-01'))], { version: '2.0', status: 'effective', effective: '2027-01-01' }, '2026-12-14', STANDARD_READER);
    expect(found.inForce.source === 'history' && found.inForce.version.sop.frontmatter?.criterion).toEqual({ timeLimit: '30 min', event: 'First response' });
    const policy = (version: string, effective: string, words: string) => `---\ntitle: Quality policy\nowner: ann-lee\nversion: "${version}"\neffective: ${effective}\n---\n\n${words}\n`;
    const page = documentVersions([at(2, '2026-11-20T00:00:00Z', policy('2.0', '2027-01-01', 'Within 20 minutes.')), at(1, '2026-03-01T00:00:00Z', policy('1.0', '2026-01-01', 'Within 30 minutes.'))], { version: '2.0', status: 'effective', effective: '2027-01-01' }, '2026-12-14', PAGE_READER);
    expect(page.inForce.source === 'history' && page.inForce.version.sop.body.trim()).toBe('Within 30 minutes.');
  });
});

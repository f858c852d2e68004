/**
 * History from Git in one pass: per document, its commits (date, author, message), its last change
 * and its authors, from ONE `git log` whatever the number of files; renames followed; a handbook in
 * a subfolder; and "history unavailable" outside a repository and in a shallow clone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitProcesses } from '../../../src/core/git/exec.ts';
import { readHistory } from '../../../src/core/git/log.ts';
import { parseLog } from '../../../src/core/git/log-format.ts';
import { ANN, BO, GIT_ENV, TempRepo } from '../../helpers/git-repo.ts';

const repos: TempRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});
function repo(folder = ''): TempRepo {
  const r = new TempRepo(folder);
  repos.push(r);
  return r;
}

const sop = (version: string) => `---\nid: SOP-CS-001\nversion: "${version}"\n---\nBody ${version}\n`;

/** A repository with two SOPs, a KPI and a file outside the handbook, changed over three commits. */
function sampleRepo(folder = ''): TempRepo {
  const r = repo(folder);
  r.write({ 'content/sops/cs/SOP-CS-001.mdx': sop('1.0'), 'content/sops/cs/SOP-CS-002.mdx': sop('1.0'), 'data/kpis/KPI-A.yaml': 'id: KPI-A\n' });
  r.commit('First issue of the complaint SOPs', ANN, '2025-01-15T09:30:00+08:00');
  r.write({ 'content/sops/cs/SOP-CS-001.mdx': sop('1.1'), 'data/kpis/KPI-A.yaml': 'id: KPI-A\ntarget: 85\n' });
  r.commit('SOP-CS-001 1.1: clarify the first response', BO, '2025-06-02T14:05:00+08:00');
  r.write({ 'content/sops/cs/SOP-CS-001.mdx': sop('2.0') });
  r.commit('SOP-CS-001 2.0: 20-minute first response\n\nCo-authored-by: Cy Wu <cy.wu@example.com>', ANN, '2026-03-01T10:00:00+08:00');
  return r;
}

describe('document history from one git log', () => {
  it('gives each document its commits, newest first, with date, author and message', () => {
    const r = sampleRepo();
    const history = readHistory(r.root);
    if (!history.available) throw new Error(history.reason);
    const cs1 = history.documents.get('content/sops/cs/SOP-CS-001.mdx')!;
    expect(cs1.commits.map((c) => [c.date, c.author.name, c.subject])).toEqual([
      ['2026-03-01T10:00:00+08:00', 'Ann Lee', 'SOP-CS-001 2.0: 20-minute first response'],
      ['2025-06-02T14:05:00+08:00', 'Bo Chen', 'SOP-CS-001 1.1: clarify the first response'],
      ['2025-01-15T09:30:00+08:00', 'Ann Lee', 'First issue of the complaint SOPs'],
    ]);
    expect(cs1.commits[0]!.coAuthors).toEqual([{ name: 'Cy Wu', email: 'cy.wu@example.com' }]);
    expect(cs1.commits.map((c) => c.status)).toEqual(['modified', 'modified', 'added']);
    // Authors (co-authors included), most commits first.
    expect(cs1.authors.map((a) => [a.name, a.commits])).toEqual([
      ['Ann Lee', 2],
      ['Cy Wu', 1],
      ['Bo Chen', 1],
    ]);
    const cs2 = history.documents.get('content/sops/cs/SOP-CS-002.mdx')!;
    expect(cs2.commits.map((c) => c.subject)).toEqual(['First issue of the complaint SOPs']);
    expect(history.documents.get('data/kpis/KPI-A.yaml')!.commits).toHaveLength(2);
  });

  it('starts two git processes whatever the number of documents (rev-parse and one log)', () => {
    const r = sampleRepo();
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`data/standards/STD-X-${String(i).padStart(3, '0')}.yaml`] = `id: STD-X-${i}\n`;
    r.write(files).commit('Sixty standards', BO, '2026-04-01T08:00:00Z');
    const before = gitProcesses.count;
    const history = readHistory(r.root);
    expect(gitProcesses.count - before).toBe(2);
    expect(history.available && history.documents.size).toBe(63);
  });

  it('follows a rename: the history of the new path includes the commits of the old one', () => {
    const r = sampleRepo();
    r.move('content/sops/cs/SOP-CS-001.mdx', 'content/sops/customer-service/SOP-CS-001.mdx');
    r.commit('Move the customer-service SOPs to their area folder', BO, '2026-05-01T09:00:00+08:00');
    const history = readHistory(r.root);
    if (!history.available) throw new Error(history.reason);
    const moved = history.documents.get('content/sops/customer-service/SOP-CS-001.mdx')!;
    expect(moved.commits.map((c) => [c.status, c.gitPath])).toEqual([
      ['renamed', 'content/sops/customer-service/SOP-CS-001.mdx'],
      ['modified', 'content/sops/cs/SOP-CS-001.mdx'],
      ['modified', 'content/sops/cs/SOP-CS-001.mdx'],
      ['added', 'content/sops/cs/SOP-CS-001.mdx'],
    ]);
    expect(history.documents.has('content/sops/cs/SOP-CS-001.mdx')).toBe(false);
  });

  it('reads a handbook kept in a folder of a larger repository, ignoring files outside it', () => {
    const r = sampleRepo('handbook');
    r.write({ '../README.md': '# Repo\n', '../content/elsewhere.md': 'not the handbook\n' }).commit('Unrelated', BO, '2026-06-01T09:00:00Z');
    const history = readHistory(r.root);
    if (!history.available) throw new Error(history.reason);
    expect([...history.documents.keys()].sort()).toEqual(['content/sops/cs/SOP-CS-001.mdx', 'content/sops/cs/SOP-CS-002.mdx', 'data/kpis/KPI-A.yaml']);
    expect(history.repository?.prefix).toBe('handbook/');
  });

  it('says history is unavailable outside a Git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqms-nogit-'));
    dirs.push(dir);
    // The temporary folder may itself lie in a checkout (TMPDIR=$PWD/.tmp): Git must not look above it.
    const ceiling = process.env['GIT_CEILING_DIRECTORIES'];
    process.env['GIT_CEILING_DIRECTORIES'] = tmpdir();
    try {
      const history = readHistory(dir);
      expect(history).toMatchObject({ available: false, reason: 'the handbook is not in a Git checkout' });
    } finally {
      if (ceiling === undefined) delete process.env['GIT_CEILING_DIRECTORIES'];
      else process.env['GIT_CEILING_DIRECTORIES'] = ceiling;
    }
  });

  it('says history is unavailable in a shallow clone, where earlier commits are missing', () => {
    const r = sampleRepo();
    const clone = mkdtempSync(join(tmpdir(), 'sqms-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.top}`, clone], { env: { ...process.env, ...GIT_ENV } });
    const history = readHistory(clone);
    expect(history.available).toBe(false);
    expect(!history.available && history.reason).toMatch(/shallow clone/);
  });

  it('treats a repository without commits as a history with no documents', () => {
    const r = repo();
    r.write({ 'content/a.md': '# A\n' });
    const history = readHistory(r.root);
    expect(history.available && history.documents.size).toBe(0);
  });
});

describe('parseLog', () => {
  it('parses -z name-status output, including renames and paths with spaces or Chinese', () => {
    const header = (hash: string, subject: string) => `\x1e${hash}\x1f2026-01-02T03:04:05+08:00\x1fLi Wei\x1fli@example.com\x1f${subject}\x1f\0\n`;
    const text =
      header('a'.repeat(40), 'Rename') +
      'R087\0content/old name.md\0content/新 名.md\0M\0data/kpis/KPI-A.yaml\0' +
      header('b'.repeat(40), 'Merge branch') + // a merge commit lists no files
      header('c'.repeat(40), 'Add') +
      'A\0content/old name.md\0';
    const commits = parseLog(text);
    expect(commits.map((c) => [c.subject, c.files])).toEqual([
      [
        'Rename',
        [
          { status: 'renamed', from: 'content/old name.md', path: 'content/新 名.md' },
          { status: 'modified', path: 'data/kpis/KPI-A.yaml' },
        ],
      ],
      ['Merge branch', []],
      ['Add', [{ status: 'added', path: 'content/old name.md' }]],
    ]);
  });
});

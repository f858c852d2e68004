/**
 * The pull-request flow in a temporary repository, through the `sqms` command as CI runs it:
 * editing an SOP's steps without a new version fails `check --base`; a new version with its
 * change-log entry passes; the report shows the change; `approve` signs the merged content;
 * CODEOWNERS is generated and checked. The base is read in a constant number of git processes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gitProcesses } from '../../src/core/git/exec.ts';
import { runControl } from '../../src/cli/control.ts';
import { main } from '../../src/cli/commands.ts';
import { PROJECT_ROOT, TODAY, validFiles } from '../helpers/fixture.ts';
import { ANN, BO, TempRepo } from '../helpers/git-repo.ts';

const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');
const CLI = join(PROJECT_ROOT, 'src/cli/sqms.ts');
const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';

/** The command as CI runs it: a process with the pinned Node. */
function sqmsProcess(root: string, args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args, '--root', root], { cwd: root, encoding: 'utf8', env: { ...process.env, SQMS_TODAY: TODAY, SQMS_ROOT: '' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in this process (faster), with its output captured. */
function sqms(root: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const saved = process.env['SQMS_TODAY'];
  process.env['SQMS_TODAY'] = TODAY;
  try {
    const code = main([...args, '--root', root]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    if (saved === undefined) delete process.env['SQMS_TODAY'];
    else process.env['SQMS_TODAY'] = saved;
  }
}

let repo: TempRepo;
const edit = (from: string, to: string) => {
  const text = readFileSync(join(repo.root, SOP), 'utf8');
  expect(text.split(from)).toHaveLength(2);
  repo.write({ [SOP]: text.replace(from, to) });
};

beforeAll(() => {
  repo = new TempRepo();
  repo.write(validFiles()).commit('Handbook', ANN, '2026-03-01T09:00:00+08:00');
  const signed = sqms(repo.root, ['approve', '--sop', 'SOP-CS-001', '--by', 'ann-lee', '--meaning', 'approved', '--at', '2026-02-27T10:00:00+08:00']);
  expect(signed.stderr).toBe('');
  repo.commit('Record the approval of SOP-CS-001 1.10', ANN, '2026-03-01T10:00:00+08:00');
  repo.git(['switch', '-q', '-c', 'faster-first-response']);
});
afterAll(() => repo.cleanup());

describe('a pull request that changes an SOP', () => {
  it('fails the check when the steps change without a new version, with file, line and a fix', () => {
    edit('    timeLimit: 30 min\n', '    timeLimit: 20 min\n');
    const r = sqmsProcess(repo.root, ['check', '--base', 'main']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${SOP}:9:10 error change/version-not-raised
  SOP-CS-001 changed in substance (step S1 time limit: 30 min → 20 min), but its version is still 1.10.
  hint: Raise the version and add a change-log entry for it: "2.0" with change: major for a change in substance`);
    expect(r.stdout).toMatch(/Compared with main \([0-9a-f]{7}\): changed: 1 SOP \(SOP-CS-001\)\./);
  });

  it('passes once the version is raised with a change-log entry', () => {
    edit('\nversion: "1.10"', '\nversion: "2.0"');
    edit('effective: 2026-03-01', 'effective: 2026-11-02');
    edit(
      '    summary: Clarified who records the ticket.\n',
      '    summary: Clarified who records the ticket.\n  - version: "2.0"\n    date: 2026-11-02\n    change: major\n    summary: First response within 20 minutes.\n',
    );
    const r = sqms(repo.root, ['check', '--base', 'main']);
    expect(r.stdout).toContain(': 0 errors, 0 warnings, 2 notes.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('info change/retraining');
    expect(r.stdout).toContain('info approval/pending');
    repo.commit('SOP-CS-001 2.0: first response within 20 minutes', BO, '2026-11-02T09:00:00+08:00');
  });

  it('reads the base in seven git processes, whatever the number of files', () => {
    const before = gitProcesses.count;
    const run = runControl({ root: repo.root, base: 'main', strict: false, today: TODAY });
    // rev-parse (repository), rev-parse (revision), merge-base, ls-tree, cat-file; diff and ls-files (the files the branch changes)
    expect(gitProcesses.count - before).toBe(7);
    expect(run.ok && run.comparison?.changes.sops.map((c) => c.id)).toEqual(['SOP-CS-001']);
  });

  it('reports the change for the pull request in Markdown', () => {
    const r = sqms(repo.root, ['report', '--base', 'main']);
    expect(r.code).toBe(0);
    const report = r.stdout;
    expect(report.startsWith('<!-- sqms-report -->\n## Handbook changes\n')).toBe(true);
    expect(report).toContain('| **SOP-CS-001** Complaint handling | changed in substance (major) | 1.10 → 2.0 | effective |');
    expect(report).toContain('**SOP-CS-001 Complaint handling** (1.10 → 2.0)\n\n- Step **S1** time limit: 30 min → 20 min');
    expect(report).toContain('- **SOP-CS-001 2.0** is a major change: retrain Service agent, Team leader before 2026-11-02.');
    expect(report).toContain('| SOP-CS-001 2.0 | Ann Lee (@annlee) |');
    expect(report).toContain('**The check passes.**');
  });

  it('signs the merged content from the approving reviews, by git handle', () => {
    const r = sqms(repo.root, ['approve', '--base', 'main', '--by', '@annlee', '--meaning', 'approved', '--at', '2026-11-01T03:04:05Z', '--source', 'https://example.com/pr/7#review-1']);
    expect(r.stdout).toMatch(/^SOP-CS-001 2\.0: approved by Ann Lee at 2026-11-01T03:04:05Z \(content [0-9a-f]{12}\), recorded in data\/approvals\/SOP-CS-001\.yaml\.\n$/);
    const again = sqms(repo.root, ['approve', '--base', 'main', '--by', '@annlee', '--meaning', 'approved', '--at', '2026-11-01T03:04:05Z']);
    expect(again.stdout).toContain('already signed this content');
    const file = readFileSync(join(repo.root, 'data/approvals/SOP-CS-001.yaml'), 'utf8');
    expect(file.match(/- version:/g)).toHaveLength(2);
    const check = sqms(repo.root, ['check', '--strict', '--format', 'json']);
    const codes = (JSON.parse(check.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c.startsWith('approval/'))).toEqual([]);
  });

  it('refuses an approval by someone who is not an approver', () => {
    const r = sqms(repo.root, ['approve', '--sop', 'SOP-CS-001', '--by', 'cy-wu', '--meaning', 'approved']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cy Wu (cy-wu) is not an approver of SOP-CS-001 (approvers: ann-lee).');
  });

  it('says so when the base revision is not in the clone', () => {
    const r = sqms(repo.root, ['check', '--base', 'origin/main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The base revision "origin/main" is not in this clone.');
  });
});

describe('CODEOWNERS', () => {
  it('is generated from owners and approvers, and --check fails when it is out of date', () => {
    expect(sqms(repo.root, ['codeowners', '--check']).code).toBe(1);
    const written = sqms(repo.root, ['codeowners']);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('bo-chen has no git handle');
    const text = readFileSync(join(repo.top, '.github/CODEOWNERS'), 'utf8');
    expect(text).toContain('/content/sops/customer-service/SOP-CS-001.mdx @annlee\n/data/approvals/SOP-CS-001.yaml @annlee\n');
    expect(sqms(repo.root, ['codeowners', '--check']).code).toBe(0);
  });
});

/**
 * The pull-request report shows when a new version takes effect (and what stays in force until
 * then), and lists the approval records the pull request adds itself: the approval workflow writes
 * records after the merge, from the reviews, so a record in the pull request was added by hand and
 * is no evidence of a review. Records already on the base are not listed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/commands.ts';
import { TODAY, validFiles } from '../helpers/fixture.ts';
import { ANN, TempRepo } from '../helpers/git-repo.ts';

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';

function sqms(root: string, args: string[]) {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: main([...args, '--root', root, '--today', TODAY]), stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

let repo: TempRepo;
let report: string;
beforeAll(() => {
  repo = new TempRepo();
  repo.write(validFiles()).commit('Handbook', ANN, '2026-03-01T09:00:00+08:00');
  // On main: 1.10's approval, as the workflow records it (with the review's address).
  expect(sqms(repo.root, ['approve', '--sop', 'SOP-CS-001', '--by', 'ann-lee', '--meaning', 'approved', '--at', '2026-02-27T10:00:00+08:00', '--source', 'https://example.com/pr/3#review-9']).code).toBe(0);
  repo.commit('Record the approvals of #3', ANN, '2026-03-01T10:00:00+08:00');
  repo.git(['switch', '-q', '-c', 'first-response-20']);
  const text = validFiles().get(SOP)!;
  repo.write({
    [SOP]: text
      .replace('\nversion: "1.10"', '\nversion: "2.0"')
      .replace('effective: 2026-03-01', 'effective: 2026-12-15')
      .replace('    timeLimit: 30 min\n', '    timeLimit: 20 min\n')
      .replace('    summary: Clarified who records the ticket.\n', '    summary: Clarified who records the ticket.\n  - version: "2.0"\n    date: 2026-12-15\n    change: major\n    summary: First response in 20 minutes.\n'),
  });
  // In the branch, by hand: a signature nobody gave in a review.
  expect(sqms(repo.root, ['approve', '--sop', 'SOP-CS-001', '--by', 'ann-lee', '--meaning', 'approved', '--at', '2026-11-20T09:00:00+08:00']).code).toBe(0);
  repo.commit('2.0: first response in 20 minutes, from 15 Dec', ANN, '2026-11-20T10:00:00+08:00');
  report = sqms(repo.root, ['report', '--base', 'main']).stdout;
});
afterAll(() => repo?.cleanup());

describe('the pull-request report', () => {
  it('shows when the new version takes effect and what stays in force until then', () => {
    expect(report).toContain('### Effective dates\n\n- **SOP-CS-001 2.0** takes effect on **2026-12-15** (in 23 days): until then version 1.10 stays in force and its page announces 2.0.\n');
  });

  it('lists the approval records added in the pull request, not those on the base', () => {
    const section = report.slice(report.indexOf('### Approval records added by hand'));
    expect(section).toMatch(/^### Approval records added by hand\n\nThe approval workflow records signatures from the approving reviews after the merge; this record was written in the pull request itself, so it is no evidence of a review\./);
    expect(section).toContain('| SOP-CS-001 | 2.0 | Ann Lee | approved | 2026-11-20T09:00:00+08:00 | (none) |');
    expect(report).not.toContain('https://example.com/pr/3#review-9');
  });

  it('says nothing of hand-written records or effective dates when there are none', () => {
    const plain = sqms(repo.root, ['report', '--base', 'HEAD']).stdout;
    expect(plain).not.toContain('### Approval records added by hand');
    expect(plain).not.toContain('### Effective dates');
  });
});

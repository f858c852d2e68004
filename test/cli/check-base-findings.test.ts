/**
 * `check --base REV` puts the findings of the branch first: those in the files it changes, then
 * those it causes in files it does not change (a translation outdated because its original got a
 * new version), apart from the handbook's standing findings (also found on the base revision), in
 * text and in JSON. The pull-request report attributes them the same way.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/commands.ts';
import { TODAY, validFiles } from '../helpers/fixture.ts';
import { ANN, TempRepo } from '../helpers/git-repo.ts';

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const TRANSLATION = 'content/sops/customer-service/SOP-CS-001.zh-CN.mdx';
const ACTION = 'data/actions/IA-2026-001.yaml';

function sqms(root: string, args: string[]) {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = main([...args, '--root', root, '--today', TODAY]);
    return { code, stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

let repo: TempRepo;
beforeAll(() => {
  repo = new TempRepo();
  const files = validFiles();
  // A standing warning on the base: an action past its due date.
  files.set(ACTION, files.get(ACTION)!.replace('due: 2026-12-31', 'due: 2026-11-01'));
  files.set(TRANSLATION, '---\nid: SOP-CS-001\nlang: zh-CN\nsourceVersion: "1.10"\ntitle: 投诉处理\nsummary: 投诉的处理方法。\n---\n\n译文。\n');
  repo.write(files).commit('Handbook', ANN, '2026-03-01T09:00:00+08:00');
  repo.git(['switch', '-q', '-c', 'faster-first-response']);
  // The branch: a new minor version of SOP-CS-001 that changes a time limit (a major change recorded as minor).
  const sop = files.get(SOP)!;
  repo.write({
    [SOP]: sop
      .replace('\nversion: "1.10"', '\nversion: "1.11"')
      .replace('effective: 2026-03-01', 'effective: 2026-11-02')
      .replace('    timeLimit: 30 min\n', '    timeLimit: 20 min\n')
      .replace('    summary: Clarified who records the ticket.\n', '    summary: Clarified who records the ticket.\n  - version: "1.11"\n    date: 2026-11-02\n    change: minor\n    summary: Faster first response.\n'),
  });
});
afterAll(() => repo?.cleanup());

describe('check --base: the findings of the branch first', () => {
  it('without a base, the findings are in file order and say nothing of whose they are', () => {
    const r = sqms(repo.root, ['check', '--format', 'json']);
    const diagnostics = (JSON.parse(r.stdout) as { diagnostics: { code: string; file: string; change?: string }[] }).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['translation/outdated', TRANSLATION],
      ['action/overdue', ACTION],
    ]);
    expect(diagnostics.every((d) => d.change === undefined)).toBe(true);
  });

  it('JSON: each finding says whose it is, the branch\'s own first', () => {
    const r = sqms(repo.root, ['check', '--base', 'main', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string; change: string }[] };
    expect(report.diagnostics.map((d) => [d.change, d.code, d.file])).toEqual([
      ['touched', 'change/major-as-minor', SOP],
      ['caused', 'translation/outdated', TRANSLATION],
      ['standing', 'action/overdue', ACTION],
    ]);
  });

  it('text: three groups with headings, the standing ones last', () => {
    const r = sqms(repo.root, ['check', '--base', 'main']);
    const headings = r.stdout.split('\n').filter((l) => l.startsWith('== '));
    expect(headings).toEqual([
      '== 1 in the files this branch changes ==',
      '== 1 caused by this branch in files it does not change ==',
      '== 1 standing elsewhere in the handbook (also on main) ==',
    ]);
    const at = (s: string) => r.stdout.indexOf(s);
    expect(at('change/major-as-minor')).toBeLessThan(at('== 1 caused'));
    expect(at('translation/outdated')).toBeGreaterThan(at('== 1 caused'));
    expect(at('translation/outdated')).toBeLessThan(at('== 1 standing'));
    expect(at('action/overdue')).toBeGreaterThan(at('== 1 standing'));
  });

  it('the report lists the outdated translation as caused by the change, and the overdue action as standing', () => {
    const r = sqms(repo.root, ['report', '--base', 'main']);
    const caused = r.stdout.indexOf('Caused by this change in files it does not touch');
    const elsewhere = r.stdout.indexOf('elsewhere in the handbook (not caused by this change');
    expect(caused).toBeGreaterThan(0);
    expect(r.stdout.indexOf('translation/outdated')).toBeGreaterThan(caused);
    expect(r.stdout.indexOf('translation/outdated')).toBeLessThan(elsewhere);
    expect(r.stdout.indexOf('action/overdue')).toBeGreaterThan(elsewhere);
  });
});

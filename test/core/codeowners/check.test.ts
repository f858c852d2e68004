/**
 * `codeowners/out-of-date` from `npm run check`: after an owner or approver list changes, a
 * `.github/CODEOWNERS` that still names the old people is reported with its place, what differs
 * and the fix, not only by `npm run codeowners -- --check`. A handbook without the file, or with
 * errors (documents missing from the model), is not checked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runControl } from '../../../src/cli/control.ts';
import { renderCodeowners } from '../../../src/core/codeowners/generate.ts';
import { applyPatch, build, removeTemp, TODAY, validFiles, writeTempHandbook } from '../../helpers/fixture.ts';

const SOP2 = 'content/sops/customer-service/SOP-CS-002.mdx';
const temps: string[] = [];
afterEach(() => {
  while (temps.length) removeTemp(temps.pop()!);
});

/** A handbook on disk with CODEOWNERS generated from `files`, then `later` applied. */
function handbook(later: Parameters<typeof applyPatch>[1]): string {
  const files = validFiles();
  const root = writeTempHandbook(applyPatch(files, later));
  temps.push(root);
  mkdirSync(join(root, '.github'));
  writeFileSync(join(root, '.github/CODEOWNERS'), renderCodeowners(build(files).handbook, { prefix: '' }).text);
  return root;
}

const findings = (root: string) => {
  const run = runControl({ root, strict: false, today: TODAY });
  if (!run.ok) throw new Error(run.message);
  return run.diagnostics;
};

describe('CODEOWNERS in the check', () => {
  it('passes while the file names the documents\' owners and approvers', () => {
    expect(findings(handbook({}))).toEqual([]);
  });

  it('reports a changed approver list that leaves the file out of date, at the line to change', () => {
    const root = handbook({
      replace: [
        { file: 'data/people.yaml', from: 'unit: br-north }', to: 'unit: br-north, git: "@cywu" }' },
        { file: SOP2, from: 'approvers: [ann-lee]', to: 'approvers: [ann-lee, cy-wu]' },
      ],
    });
    const found = findings(root);
    expect(found).toEqual([
      {
        code: 'codeowners/out-of-date',
        severity: 'error',
        file: '.github/CODEOWNERS',
        line: 12, // the line of SOP-CS-002.mdx
        column: 1,
        message: '.github/CODEOWNERS does not name the owners and approvers the documents name now: /content/sops/customer-service/SOP-CS-002.mdx: @annlee → @annlee @cywu; /data/approvals/SOP-CS-002.yaml: @annlee → @annlee @cywu.',
        hint: 'Run `npm run codeowners` and commit the file, so that the Git host asks the right people to review.',
      },
    ]);
  });

  it('is not checked without the file, or while the handbook has errors', () => {
    const root = writeTempHandbook(applyPatch(validFiles(), { replace: [{ file: SOP2, from: 'approvers: [ann-lee]', to: 'approvers: [ann-lee, cy-wu]' }] }));
    temps.push(root);
    expect(findings(root)).toEqual([]);
    const broken = handbook({ replace: [{ file: SOP2, from: 'approvers: [ann-lee]', to: 'approvers: [ann-lee, nobody]' }] });
    expect(findings(broken).map((d) => d.code)).toEqual(['ref/unknown']);
  });
});

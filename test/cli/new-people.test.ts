/**
 * `npm run new` never chooses the owner and approvers silently: they come from `--owner` and
 * `--approvers`, or from questions on a terminal (here a scripted asker), and each must be a person
 * of data/people.yaml (by id or git handle); an SOP needs an approver other than its owner.
 */
import { describe, expect, it } from 'vitest';
import { choosePeople, findPerson, peopleList } from '../../src/cli/new.ts';
import { build, validFiles } from '../helpers/fixture.ts';

const { handbook } = build(validFiles());

/** An asker that answers from a script and records the questions. */
function scripted(...answers: (string | undefined)[]) {
  const questions: string[] = [];
  return { questions, ask: (q: string) => (questions.push(q), answers.shift()) };
}

describe('the owner and approvers of a new document', () => {
  it('lists the people, and finds them by id or git handle', () => {
    expect(peopleList(handbook)).toBe('ann-lee (Ann Lee, @annlee), bo-chen (Bo Chen), cy-wu (Cy Wu)');
    expect([findPerson(handbook, '@annlee')?.id, findPerson(handbook, 'annlee')?.id, findPerson(handbook, 'cy-wu')?.id, findPerson(handbook, 'nobody')]).toEqual(['ann-lee', 'ann-lee', 'cy-wu', undefined]);
  });

  it('takes them from the options', () => {
    expect(choosePeople(handbook, 'sop', { owner: 'bo-chen', approvers: '@annlee, cy-wu' }, undefined)).toEqual({ ok: true, owner: 'bo-chen', approvers: ['ann-lee', 'cy-wu'] });
    // A standard and a KPI are controlled documents too: approved by someone other than their owner.
    expect(choosePeople(handbook, 'kpi', { owner: 'cy-wu', approvers: 'ann-lee' }, undefined)).toEqual({ ok: true, owner: 'cy-wu', approvers: ['ann-lee'] });
    expect(choosePeople(handbook, 'action', { owner: 'cy-wu' }, undefined)).toEqual({ ok: true, owner: 'cy-wu', approvers: [] });
  });

  it('asks on a terminal, offering the area owner as the default', () => {
    const terminal = scripted('', 'ann-lee');
    expect(choosePeople(handbook, 'sop', { ask: terminal.ask }, 'bo-chen')).toEqual({ ok: true, owner: 'bo-chen', approvers: ['ann-lee'] });
    expect(terminal.questions[0]).toContain('Enter for bo-chen');
    expect(terminal.questions[0]).toContain('People: ann-lee (Ann Lee, @annlee), bo-chen (Bo Chen), cy-wu (Cy Wu)');
    expect(terminal.questions[1]).toContain('Approvers of the new SOP');
  });

  it('refuses, listing the people, when they are missing or unknown, or the owner approves', () => {
    const people = 'ann-lee (Ann Lee, @annlee), bo-chen (Bo Chen), cy-wu (Cy Wu)';
    expect(choosePeople(handbook, 'standard', {}, undefined)).toEqual({ ok: false, message: `Name the owner with --owner (a person id or git handle): one of ${people}.` });
    expect(choosePeople(handbook, 'sop', { owner: 'bo-chen' }, undefined)).toEqual({ ok: false, message: `Name the SOP's approvers with --approvers (person ids or git handles, separated by commas; not the owner): from ${people}.` });
    expect(choosePeople(handbook, 'sop', { owner: 'bo-chen', approvers: 'ann-le' }, undefined)).toMatchObject({ ok: false, message: expect.stringContaining('"ann-le", who is not a person') });
    expect(choosePeople(handbook, 'sop', { owner: 'bo-chen', approvers: 'bo-chen' }, undefined)).toMatchObject({ ok: false, message: expect.stringContaining('bo-chen owns the SOP and cannot also approve it') });
    expect(choosePeople(handbook, 'kpi', { owner: 'bo-chen' }, undefined)).toEqual({ ok: false, message: `Name the KPI's approvers with --approvers (person ids or git handles, separated by commas; not the owner): from ${people}.` });
    expect(choosePeople(handbook, 'standard', { owner: 'bo-chen', approvers: 'bo-chen' }, undefined)).toMatchObject({ ok: false, message: expect.stringContaining('bo-chen owns the standard and cannot also approve it') });
    // End of input on the terminal: the same refusal as without one.
    expect(choosePeople(handbook, 'kpi', { ask: scripted(undefined).ask }, undefined)).toMatchObject({ ok: false });
  });
});

describe('the terminal question', () => {
  it('writes the question to standard error and reads one line of the answer', async () => {
    const { spawnSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const { PROJECT_ROOT } = await import('../helpers/fixture.ts');
    const script = `import { askOnTerminal } from ${JSON.stringify(join(PROJECT_ROOT, 'src/cli/prompt.ts'))}; const a = askOnTerminal('Owner: '); const b = askOnTerminal('Approvers: '); const c = askOnTerminal('More: '); process.stdout.write(JSON.stringify([a, b, c]));`;
    const r = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', script], { input: 'li-wei\n  chen-jing, @huangmin \n', encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('Owner: Approvers: More: ');
    expect(JSON.parse(r.stdout)).toEqual(['li-wei', 'chen-jing, @huangmin', null]);
  });
});

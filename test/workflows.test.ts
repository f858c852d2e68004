/**
 * The GitHub workflows: a pull request's code runs with no secrets and a read-only token, and only
 * main is published (README.md, "Pull requests are untrusted").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const folder = fileURLToPath(new URL('../.github/workflows', import.meta.url));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (name: string) => parse(readFileSync(join(folder, name), 'utf8')) as Workflow;

describe('workflows', () => {
  it('no workflow runs on pull_request_target (the pull request\'s code with the repository\'s token)', () => {
    for (const name of readdirSync(folder)) expect(Object.keys(read(name).on), name).not.toContain('pull_request_target');
  });

  it('the pull request is checked, tested and built by a job with a read-only token and no secrets', () => {
    const wf = read('pull-request.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    const text = readFileSync(join(folder, 'pull-request.yml'), 'utf8');
    expect(text).not.toMatch(/secrets\./);
    const runsCode = Object.entries(wf.jobs).filter(([, job]) => job.steps.some((s) => s.run?.includes('npm ') || s.uses?.startsWith('actions/checkout')));
    expect(runsCode.map(([name]) => name)).toEqual(['check']);
    for (const [, job] of runsCode) {
      expect(job.permissions).toEqual({ contents: 'read' });
      const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout'));
      expect(checkout?.with?.['persist-credentials']).toBe(false);
      expect(checkout?.with?.['ref']).toBeUndefined();
    }
    // The job that may write (a comment) runs nothing from the pull request.
    for (const [, job] of Object.entries(wf.jobs).filter(([, j]) => Object.values(j.permissions ?? {}).includes('write'))) {
      expect(job.steps.every((s) => s.run === undefined && !s.uses?.startsWith('actions/checkout'))).toBe(true);
    }
  });

  it('only main is published', () => {
    const wf = read('deploy.yml');
    expect(wf.on['push']).toEqual({ branches: ['main'] });
    // A daily schedule (so that a version approved for a later date takes over on its day) runs on the default branch, main.
    expect(Object.keys(wf.on).filter((e) => e !== 'push' && e !== 'workflow_dispatch' && e !== 'schedule')).toEqual([]);
    expect(wf.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(wf.jobs['build']?.if).toBe("github.ref == 'refs/heads/main'");
  });

  it('the build cache is kept between runs, saved only by main\'s publication and only read by pull requests', () => {
    const cacheSteps = (name: string) => Object.values(read(name).jobs).flatMap((job) => job.steps.filter((s) => s.uses?.startsWith('actions/cache')));
    const buildEnv = (name: string) => Object.values(read(name).jobs).flatMap((job) => job.steps.filter((s) => s.run?.includes('npm run build')))[0] as Step & { env?: Record<string, string> };
    for (const name of readdirSync(folder)) {
      const steps = cacheSteps(name);
      if (name === 'deploy.yml') expect(steps.map((s) => s.uses)).toEqual(['actions/cache@v4']);
      else if (name === 'pull-request.yml') expect(steps.map((s) => s.uses)).toEqual(['actions/cache/restore@v4']);
      else expect(steps, name).toEqual([]);
      for (const step of steps) {
        expect(step.with?.['path']).toBe('.sqms-cache');
        expect(step.with?.['restore-keys']).toBe('sqms-build-');
        expect(buildEnv(name).env?.['SQMS_CACHE_DIR']).toBe('.sqms-cache');
      }
    }
  });
});

/**
 * Vitest global setup of the "browser" project (vitest.config.ts): builds the sample handbook once
 * for all browser test files, instead of once per file. The build starts here and runs in the
 * background while the other tests run; the folder is handed to the test files with
 * `provide('sampleSite', …)`, and startSite() (site.ts) waits for the status file before serving it.
 * Vitest runs this only when a browser test file is queued, so `npx vitest run test/core` builds
 * nothing, and `npx vitest run test/browser/search.test.ts` alone still gets its build.
 * Teardown waits for the build and removes its folders.
 */
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { browserAvailable, buildShared, freshOutDir, type SharedBuild } from './build.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!browserAvailable().run) {
    project.provide('sampleSite', undefined);
    return async () => {};
  }
  const outDir = await freshOutDir();
  const shared: SharedBuild = { outDir, status: `${outDir}.status.json` };
  const building = buildShared(shared);
  project.provide('sampleSite', shared);
  return async () => {
    await building;
    await Promise.all([outDir, `${outDir}-cache`, shared.status].map((p) => rm(p, { recursive: true, force: true })));
  };
}

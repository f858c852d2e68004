/**
 * The job file of a build's last step (publish.ts): which environment variable names it, and how
 * the integration leaves it and `sqms build` reads it. Kept apart from the step itself so that
 * `sqms build` loads only this while Astro's process runs: its own process, counted in the build's
 * peak memory, then holds about 64 MB instead of about 108 MB (src/cli/sqms.ts loads the other
 * commands only when one of them runs).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { ExportReuse, ExportWorkerData } from './exports.ts';
import { setting, type SettingName } from '../core/settings.ts';

/** The environment variable naming the file where the integration leaves the job. */
export const PUBLISH_LATER = 'SQMS_PUBLISH_LATER' satisfies SettingName;

/** What the last step needs to know about the build that Astro did. */
export interface PublishJob extends ExportWorkerData {
  /** The built site (Astro's output folder). */
  siteDir: string;
  /** The build cache and the key of the build's export model, to reuse the previous build's export files (null: not looked for). */
  exportReuse: ExportReuse | null;
}

/** The file to leave the job in, when `sqms build` runs this build. */
export function publishLaterFile(): string | undefined {
  return setting(PUBLISH_LATER);
}

export async function leaveJob(file: string, job: PublishJob): Promise<void> {
  await writeFile(file, JSON.stringify(job, null, 2) + '\n');
}

export async function readJob(file: string): Promise<PublishJob> {
  const job = JSON.parse(await readFile(file, 'utf8')) as Partial<PublishJob>;
  for (const key of ['siteDir', 'root', 'today', 'stagingDir'] as const) {
    if (typeof job[key] !== 'string') throw new Error(`${file}: "${key}" is missing; the build did not finish as expected.`);
  }
  if (typeof job.strict !== 'boolean') throw new Error(`${file}: "strict" is missing; the build did not finish as expected.`);
  const reuse = job.exportReuse;
  if (reuse !== null && (typeof reuse !== 'object' || typeof reuse.cacheDir !== 'string' || (typeof reuse.key !== 'string' && reuse.key !== undefined) || typeof reuse.keySeconds !== 'number' || typeof reuse.force !== 'boolean')) {
    throw new Error(`${file}: "exportReuse" is missing; the build did not finish as expected.`);
  }
  return job as PublishJob;
}

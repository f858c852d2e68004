/**
 * The export files of `/exports/` (src/core/exports/files.ts), written in a worker thread that loads
 * its own copy of the model and writes the files (about 360 MB for 5,000 SOPs, 200 units, 40 KPIs and
 * 36 months) into a staging folder, moved into the site when done (`finish`). Under
 * `npm run build` the worker runs once Astro has exited, while Pagefind parses the pages
 * (publish.ts); under `astro build` run directly it runs from the start of the build, on the core
 * Astro leaves idle.
 */
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface ExportWorkerData {
  /** The handbook's root folder. */
  root: string;
  /** The evaluation date of the build's model, so that both agree on "today". */
  today: string;
  strict: boolean;
  /** The files go to `<stagingDir>/exports/`. */
  stagingDir: string;
}

export interface ExportWorkerResult {
  files: number;
  bytes: number;
  /** Seconds the worker spent loading the handbook, computing the files' text and writing them. */
  seconds: { load: number; compute: number; write: number };
}

export interface ExportJob {
  /** Waits for the worker and moves the files to `<siteDir>/exports/`. */
  finish(siteDir: string): Promise<ExportWorkerResult>;
  /** Stops the worker (a build that failed). */
  cancel(): Promise<void>;
}

export async function startExports(data: ExportWorkerData): Promise<ExportJob> {
  await rm(data.stagingDir, { recursive: true, force: true });
  await mkdir(data.stagingDir, { recursive: true });
  const worker = new Worker(new URL('./exports-worker.ts', import.meta.url), { workerData: data });
  const done = new Promise<ExportWorkerResult>((resolve, reject) => {
    let result: ExportWorkerResult | undefined;
    worker.once('message', (m: ExportWorkerResult) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`The export files could not be written: the worker stopped with code ${code}.`));
    });
  });
  done.catch(() => {}); // reported by finish
  return {
    async finish(siteDir) {
      const written = await done;
      const from = join(data.stagingDir, 'exports');
      const to = join(siteDir, 'exports');
      await rm(to, { recursive: true, force: true });
      await mkdir(dirname(to), { recursive: true });
      try {
        await rename(from, to);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
        await cp(from, to, { recursive: true }); // the staging folder is on another disk
      }
      await rm(data.stagingDir, { recursive: true, force: true });
      return written;
    },
    async cancel() {
      await worker.terminate();
      await rm(data.stagingDir, { recursive: true, force: true });
    },
  };
}

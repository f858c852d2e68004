/**
 * The export files of `/exports/` (src/core/exports/files.ts), written in a worker thread that loads
 * its own copy of the model and writes the files (about 360 MB for 5,000 SOPs, 200 units, 40 KPIs and
 * 36 months) into a staging folder, moved into the site when done (`finish`). Under
 * `npm run build` the worker runs once Astro has exited, while Pagefind parses the pages
 * (publish.ts); under `astro build` run directly it runs from the start of the build, on the core
 * Astro leaves idle.
 *
 * When the build cache holds the previous build's files under the key of this build's export model
 * (export-cache.ts), the worker does not run: the files are copied from there (`reused`). Once the
 * build has succeeded, `keep` stores newly computed files and their key for the next build.
 */
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { keepExports, restoreExports, storedExportKey } from './export-cache.ts';

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
  /** The key of the export model the files were computed from (core/exports/export-key.ts). */
  key: string;
  /** Taken from the previous build (export-cache.ts) instead of computed: `seconds.write` is the copy's time. */
  reused: boolean;
  /** Seconds the worker spent loading the handbook, computing the files' text and writing them. */
  seconds: { load: number; compute: number; write: number };
  /** Seconds spent computing this build's key, when the cache was looked at. */
  keySeconds?: number;
}

/** Where the previous build's export files may be: the build cache, and the key of this build's export model. */
export interface ExportReuse {
  cacheDir: string;
  /** Undefined when the cache holds no export files (nothing to compare it with: not computed). */
  key: string | undefined;
  /** Seconds spent computing the key (in Astro's process), for the build log. */
  keySeconds: number;
  /** A forced clean build (`--force`): the files are computed, and kept for the next build. */
  force: boolean;
}

export interface ExportJob {
  /** Waits for the worker and moves the files to `<siteDir>/exports/`. */
  finish(siteDir: string): Promise<ExportWorkerResult>;
  /** Stops the worker (a build that failed). */
  cancel(): Promise<void>;
  /** Once the build has succeeded: stores the files computed and their key in the cache for the next build (nothing when they were reused). */
  keep(siteDir: string): Promise<void>;
}

/**
 * The export files of the build: copied from the cache when `reuse` finds the previous build's
 * files under the same key, else computed by the worker.
 */
export async function startExports(data: ExportWorkerData, reuse?: ExportReuse): Promise<ExportJob> {
  if (reuse?.key !== undefined && !reuse.force && (await storedExportKey(reuse.cacheDir)) === reuse.key) return reusedExports(reuse, reuse.key);
  return computeExports(data, reuse);
}

function reusedExports(reuse: ExportReuse, key: string): ExportJob {
  return {
    async finish(siteDir) {
      const started = performance.now();
      const { files, bytes } = await restoreExports(reuse.cacheDir, siteDir);
      return { files, bytes, key, reused: true, seconds: { load: 0, compute: 0, write: (performance.now() - started) / 1000 }, keySeconds: reuse.keySeconds };
    },
    async cancel() {},
    async keep() {},
  };
}

async function computeExports(data: ExportWorkerData, reuse: ExportReuse | undefined): Promise<ExportJob> {
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
      return reuse?.key !== undefined ? { ...written, keySeconds: reuse.keySeconds } : written;
    },
    async cancel() {
      await worker.terminate();
      await rm(data.stagingDir, { recursive: true, force: true });
    },
    async keep(siteDir) {
      // The key the worker computed from the model it wrote the files from.
      if (reuse) await keepExports(reuse.cacheDir, (await done).key, siteDir);
    },
  };
}

/**
 * The last step of a build: the search index (search-index.ts) and the export files (exports.ts).
 *
 * `npm run build` runs `sqms build` (src/cli/build.ts), which runs `astro build` as a child process
 * with SQMS_PUBLISH_LATER set to a file name. The integration then leaves this step out of Astro's
 * process and writes, in that file, what the step needs (`PublishJob`); `sqms build` runs the step
 * once Astro's process has ended. At the 5,000-SOP benchmark Astro's process holds 3.3–4.4 GB
 * until it exits, Pagefind needs about 2.2 GB while it writes the index and the export worker
 * about 1.7 GB; one after the other, the build's peak is the largest of them instead of their sum
 * (3.3 GB instead of 6.8 GB). `astro build` run directly (no SQMS_PUBLISH_LATER)
 * still does everything itself, indexing each page as it is rendered. The job file itself is
 * publish-job.ts, which `sqms build` reads without loading this step's code while Astro runs.
 */
import { join } from 'node:path';
import { startExports, type ExportWorkerResult } from './exports.ts';
import type { PublishJob } from './publish-job.ts';
import { buildSearchIndex, formatBytes, type SearchIndexResult } from './search-index.ts';

/** The lines a build prints about its last step: what it wrote, and where its time went. */
export function publishedLines(exported: ExportWorkerResult | undefined, search: SearchIndexResult, siteDir: string): string[] {
  return [
    ...(exported ? [`Exports: ${exported.files} files, ${formatBytes(exported.bytes)} in ${join(siteDir, 'exports')}.`] : []),
    `Search index: ${search.pages} of ${search.scanned} pages indexed, ${search.files} files, ${formatBytes(search.bytes)} in ${search.outputPath}.`,
    phasesLine(exported, search),
  ];
}

const secs = (seconds: number) => `${seconds.toFixed(1)} s`;

/**
 * Where the step's time went, for the bench logs and tuning: the search index's phases one after
 * the other (pages read and parsed by Pagefind, waiting for the export files, the index written),
 * and the export worker's, which run meanwhile on the other core, or the copy of the previous
 * build's files when they were reused (exports.ts).
 */
export function phasesLine(exported: ExportWorkerResult | undefined, search: SearchIndexResult): string {
  const { parse, wait, write } = search.seconds;
  const index = `search index ${secs(parse)} reading and parsing ${search.added} pages, ${secs(wait)} waiting for the export files, ${secs(write)} writing`;
  const key = exported?.keySeconds === undefined ? '' : `their key ${secs(exported.keySeconds)}, `;
  const exports = !exported
    ? ''
    : exported.reused
      ? `; export files reused from the previous build (${key}${exported.files} files copied in ${secs(exported.seconds.write)})`
      : `; export worker (meanwhile) ${secs(exported.seconds.load)} loading the handbook, ${secs(exported.seconds.compute)} computing ${exported.files} files, ${secs(exported.seconds.write)} writing them${key ? ` (${key.slice(0, -2)})` : ''}`;
  return `Phases: ${index}${exports}.`;
}

/**
 * Writes the export files (in a worker thread, or copied from the previous build when their key is
 * the same: exports.ts) while Pagefind parses the pages of the built site,
 * then the search index, and returns the lines to print. Pagefind's writing, the most memory of
 * the two, starts once the worker is done (about 1.7 GB and 2.2 GB at the 5,000-SOP benchmark). On
 * failure the worker is stopped and its files removed.
 */
export async function publish(job: PublishJob): Promise<string[]> {
  const reuse = job.exportReuse ?? undefined;
  const exports = await startExports({ root: job.root, today: job.today, strict: job.strict, stagingDir: job.stagingDir }, reuse);
  let exported: ExportWorkerResult | undefined;
  try {
    const search = await buildSearchIndex(job.siteDir, {
      beforeWriting: async () => {
        exported = await exports.finish(job.siteDir);
      },
    });
    if (!exported) throw new Error('The export files were not moved into the site.');
    // The build has succeeded: its export files may be reused by the next one.
    await exports.keep(job.siteDir);
    return publishedLines(exported, search, job.siteDir);
  } catch (error) {
    if (!exported) await exports.cancel();
    throw error;
  }
}

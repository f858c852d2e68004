/**
 * The worker thread that writes the export files (see exports.ts): it loads the handbook itself
 * (its own copy of the model, in its own heap), writes every file into the staging folder it is
 * given, and reports how many files and bytes it wrote, and the seconds it spent loading the
 * handbook, computing the files and writing them. An error ends the worker with that error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadHandbook } from '../core/load.ts';
import { getHandbook } from '../site/stores/handbook.ts';
import { primeLoadedHandbook } from '../site/stores/loaded-handbook.ts';
import { writeExportFiles } from '../core/exports/files.ts';
import { exportInputs } from '../site/stores/scorecards.ts';
import { timing } from './timing.ts';
import type { ExportWorkerData, ExportWorkerResult } from './exports.ts';

const data = workerData as ExportWorkerData;
const started = performance.now();
// The same handbook as the pages: KPIs and standards as the versions in force on the build date.
primeLoadedHandbook(loadHandbook(data.root, { today: data.today, strict: data.strict }));
const { handbook } = getHandbook();
const loaded = (performance.now() - started) / 1000;
const written = await writeExportFiles(handbook, exportInputs(handbook), data.stagingDir);
timing('exports written');
parentPort!.postMessage({ files: written.files, bytes: written.bytes, seconds: { load: loaded, ...written.seconds } } satisfies ExportWorkerResult);

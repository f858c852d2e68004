/**
 * The worker thread that writes the export files (see exports.ts): it loads the handbook itself
 * (its own copy of the model, in its own heap), computes the files from the export model of it
 * (core/exports/export-model.ts) into the staging folder it is given, and reports how many files
 * and bytes it wrote, the key of the model they were computed from (core/exports/export-key.ts),
 * and the seconds it spent loading the handbook, computing the files and writing them. An error
 * ends the worker with that error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadHandbook } from '../core/load.ts';
import { getHandbook } from '../site/stores/handbook.ts';
import { primeLoadedHandbook } from '../site/stores/loaded-handbook.ts';
import { exportModelOf } from '../site/stores/export-model.ts';
import { exportKey } from '../core/exports/export-key.ts';
import { writeExportFiles } from '../core/exports/files.ts';
import { timing } from './timing.ts';
import type { ExportWorkerData, ExportWorkerResult } from './exports.ts';

const data = workerData as ExportWorkerData;
const started = performance.now();
// The same handbook as the pages: KPIs and standards as the versions in force on the build date.
primeLoadedHandbook(loadHandbook(data.root, { today: data.today, strict: data.strict }));
const model = exportModelOf(getHandbook().handbook);
const loaded = (performance.now() - started) / 1000;
// The key of exactly what the files are computed from: stored with them for the next build (export-cache.ts).
const key = exportKey(model, { strict: data.strict });
const written = await writeExportFiles(model, data.stagingDir);
timing('exports written');
parentPort!.postMessage({ files: written.files, bytes: written.bytes, key, reused: false, seconds: { load: loaded, ...written.seconds } } satisfies ExportWorkerResult);

/**
 * The downloadable files of `/exports/`: every period's scorecard (CSV and JSON), all
 * measurements, and the current early warnings (CSV). They are data, not pages: `astro build` does not render them one by one as routes;
 * a worker thread writes them (`writeExportFiles`, see src/integration/exports.ts): under
 * `npm run build` once Astro has exited (src/integration/publish.ts), under `astro build` run
 * directly while Astro bundles and renders. The dev server serves the same files through `src/pages/exports/[file].ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { currentScorecards } from '../analysis/early-warnings.ts';
import { earlyWarningsCsv } from './early-warnings.ts';
import type { ExportModel } from './export-model.ts';
import { exportScorecards } from './export-scorecards.ts';
import { measurementsCsv, measurementsJson, scorecardCsv, scorecardJson } from './scorecards.ts';

export interface ExportFile {
  /** File name below `/exports/`, e.g. `scorecard-2026-10.csv`. */
  name: string;
  contentType: string;
  /** Builds the file's text when it is needed. */
  render(): string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Every export file, in a stable order, computed from the export model alone (export-model.ts:
 * what it holds is all the files may read): each period's scorecard, built once, and the
 * objectives in force on a day, by which each measurement is judged as on its period's scorecard.
 */
export function exportFiles(h: ExportModel): ExportFile[] {
  const { scorecards, objectivesOn } = exportScorecards(h);
  const files: ExportFile[] = [
    { name: 'measurements.csv', contentType: CSV, render: () => measurementsCsv(h, objectivesOn) },
    { name: 'measurements.json', contentType: JSON_TYPE, render: () => measurementsJson(h, objectivesOn) },
    { name: 'early-warnings.csv', contentType: CSV, render: () => earlyWarningsCsv(h, currentScorecards(scorecards)) },
  ];
  for (const p of scorecards.periods()) {
    files.push({ name: `scorecard-${p.key}.csv`, contentType: CSV, render: () => scorecardCsv(scorecards.of(p.key)) });
    files.push({ name: `scorecard-${p.key}.json`, contentType: JSON_TYPE, render: () => scorecardJson(scorecards.of(p.key)) });
  }
  return files;
}

/** What `writeExportFiles` wrote, and the seconds it spent computing the files' text and writing them. */
export interface WrittenExports {
  files: number;
  bytes: number;
  seconds: { compute: number; write: number };
}

/**
 * Writes every export file into `<siteDir>/exports/`, yielding to the event loop between files so
 * that work waiting on other processes (the search index) goes on. Returns files and bytes written.
 */
export async function writeExportFiles(h: ExportModel, siteDir: string): Promise<WrittenExports> {
  const dir = join(siteDir, 'exports');
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  let compute = 0;
  let write = 0;
  const files = exportFiles(h);
  for (const f of files) {
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    const text = f.render();
    const computed = performance.now();
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, f.name), text);
    compute += computed - started;
    write += performance.now() - computed;
  }
  return { files: files.length, bytes, seconds: { compute: compute / 1000, write: write / 1000 } };
}

/**
 * The downloadable files of `/exports/`: every period's scorecard (CSV and JSON), all
 * measurements, and the current early warnings (CSV). They are data, not pages: `astro build` does not render them one by one as routes;
 * a worker thread writes them (`writeExportFiles`, see src/integration/exports.ts): under
 * `npm run build` once Astro has exited (src/integration/publish.ts), under `astro build` run
 * directly while Astro bundles and renders. The dev server serves the same files through `src/pages/exports/[file].ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handbook } from '../model/handbook.ts';
import { earlyWarningsCsv } from './early-warnings.ts';
import { measurementsCsv, measurementsJson, scorecardCsv, scorecardJson } from './scorecards.ts';
import { scorecardFor, scorecardPeriods } from '../../site/stores/scorecards.ts';

export interface ExportFile {
  /** File name below `/exports/`, e.g. `scorecard-2026-10.csv`. */
  name: string;
  contentType: string;
  /** Builds the file's text when it is needed. */
  render(): string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Every export file of the handbook, in a stable order. */
export function exportFiles(h: Handbook): ExportFile[] {
  const files: ExportFile[] = [
    { name: 'measurements.csv', contentType: CSV, render: () => measurementsCsv(h) },
    { name: 'measurements.json', contentType: JSON_TYPE, render: () => measurementsJson(h) },
    { name: 'early-warnings.csv', contentType: CSV, render: () => earlyWarningsCsv(h) },
  ];
  for (const p of scorecardPeriods(h)) {
    files.push({ name: `scorecard-${p.key}.csv`, contentType: CSV, render: () => scorecardCsv(scorecardFor(h, p.key)) });
    files.push({ name: `scorecard-${p.key}.json`, contentType: JSON_TYPE, render: () => scorecardJson(scorecardFor(h, p.key)) });
  }
  return files;
}

/**
 * Writes every export file into `<siteDir>/exports/`, yielding to the event loop between files so
 * that work waiting on other processes (the search index) goes on. Returns files and bytes written.
 */
export async function writeExportFiles(h: Handbook, siteDir: string): Promise<{ files: number; bytes: number }> {
  const dir = join(siteDir, 'exports');
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  const files = exportFiles(h);
  for (const f of files) {
    await new Promise((resolve) => setImmediate(resolve));
    const text = f.render();
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, f.name), text);
  }
  return { files: files.length, bytes };
}

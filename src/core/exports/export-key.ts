/**
 * The key of a build's export files: the digest (stable-digest.ts) of everything they are computed
 * from: the export model (export-model.ts, which holds the evaluation date), whether the build is
 * strict, and the files' formats. Equal keys give equal files, as long as the code that computes
 * them is the same: the build cache that holds the files is emptied when any code changes
 * (src/integration/build-cache.ts). A build whose key is the one stored with the previous build's
 * files reuses them (src/integration/export-cache.ts).
 */
import { stableDigest } from '../stable-digest.ts';
import type { ExportModel } from './export-model.ts';
import { MEASUREMENTS_FORMAT, SCORECARD_FORMAT } from './scorecards.ts';

export function exportKey(model: ExportModel, options: { strict: boolean }): string {
  return stableDigest({ model, today: model.today, strict: options.strict, formats: [SCORECARD_FORMAT, MEASUREMENTS_FORMAT] });
}

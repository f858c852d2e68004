/**
 * The search-index step of the reference build of `npm run bench`: indexes the pages of an already
 * built site with the handbook's own indexing code (what `sqms build` runs once Astro has exited).
 *
 *   node scripts/bench-index.ts <siteDir>
 */
import { buildSearchIndex, formatBytes } from '../src/integration/search-index.ts';

const siteDir = process.argv[2];
if (!siteDir) {
  console.error('usage: node scripts/bench-index.ts <siteDir>');
  process.exit(2);
}
const result = await buildSearchIndex(siteDir);
console.log(`Search index: ${result.pages} of ${result.scanned} pages indexed, ${result.files} files, ${formatBytes(result.bytes)}.`);

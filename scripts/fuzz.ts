/**
 * `npm run fuzz -- --runs 20000 --seed 42 [--handbook sample|fixture] [--only RUN]`: seeded
 * random mutations of a handbook's files through the check (scripts/fuzz/harness.ts); prints the
 * mutations run and every crash with the run that reproduces it. Exit 1 when there was a crash.
 * `--handbook fixture` (default) mutates the test fixture (fast, a few ms a run); `sample` the
 * sample organisation of content/ and data/ (richer, about 0.2 s a run).
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { fuzz, loadFuzzBase } from './fuzz/harness.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, seed: { type: 'string' }, handbook: { type: 'string' }, only: { type: 'string' } },
});
const runs = Number(values.runs ?? 2000);
const seed = Number(values.seed ?? Date.now() % 100_000);
const which = values.handbook ?? 'fixture';
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || (which !== 'fixture' && which !== 'sample')) {
  process.stderr.write('Usage: npm run fuzz -- [--runs N] [--seed N] [--handbook fixture|sample] [--only RUN]\n');
  process.exit(2);
}
const root = fileURLToPath(new URL(which === 'sample' ? '..' : '../test/fixtures/valid', import.meta.url));
const base = loadFuzzBase(root);
process.stdout.write(`Fuzzing the ${which} handbook (${base.files.length} files, ${base.approvals.length} approval records), seed ${seed}…\n`);
const result = fuzz(base, {
  runs,
  seed,
  ...(values.only !== undefined ? { only: Number(values.only) } : {}),
  onProgress: (done, r) => process.stdout.write(`  ${done} mutations, ${r.crashes.length} crashes\n`),
});
for (const c of result.crashes) process.stdout.write(`\ncrash in run ${c.run} (${c.file}: ${c.mutation})\n  reproduce: npm run fuzz -- --seed ${seed} --handbook ${which} --only ${c.run}\n  ${c.error.replace(/\n/g, '\n  ')}\n`);
process.stdout.write(`\n${result.runs} mutations run in ${(result.ms / 1000).toFixed(1)} s: ${result.refused} refused with errors, ${result.runs - result.refused - result.crashes.length} passed or warned, ${result.crashes.length} crashes.\n`);
process.exit(result.crashes.length > 0 ? 1 : 0);

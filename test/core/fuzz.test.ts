/**
 * A few hundred seeded random mutations of the fixture handbook's files (byte flips, deleted,
 * duplicated and swapped lines, truncated files, changed indentation, odd Unicode, huge numbers,
 * implausible dates, YAML punctuation; scripts/fuzz/mutations.ts), each run through the check:
 * each must give diagnostics or pass, never throw or give a diagnostic without a code and a place.
 * The seed changes every day, so that the suite explores new mutations while any failure can be
 * repeated: `npm run fuzz -- --seed <seed> --only <run>` (the seed is in the test's name).
 * `npm run fuzz -- --runs 20000` runs many more on demand.
 */
import { describe, expect, it } from 'vitest';
import { fuzz, loadFuzzBase } from '../../scripts/fuzz/harness.ts';
import { VALID_ROOT } from '../helpers/fixture.ts';
import { setting } from '../../src/core/settings.ts';

const SEED = setting('SQMS_FUZZ_SEED') ?? Math.floor(Date.now() / 86_400_000);
const RUNS = 250;

describe('fuzzing the check', () => {
  it(`${RUNS} random mutations (seed ${SEED}) give diagnostics or pass, never an exception`, () => {
    const result = fuzz(loadFuzzBase(VALID_ROOT), { runs: RUNS, seed: SEED });
    expect(result.crashes, result.crashes.map((c) => `run ${c.run} (${c.file}: ${c.mutation}): ${c.error}`).join('\n\n')).toEqual([]);
    expect(result.runs).toBe(RUNS);
    // The mutations do damage: most are refused, some pass (a changed number that is still valid).
    expect(result.refused).toBeGreaterThan(RUNS / 3);
    expect(result.refused).toBeLessThan(RUNS);
  }, 120_000);

  it('the same seed gives the same mutations and the same outcome', () => {
    const base = loadFuzzBase(VALID_ROOT);
    const a = fuzz(base, { runs: 30, seed: 12345 });
    const b = fuzz(base, { runs: 30, seed: 12345 });
    expect(a.refused).toBe(b.refused);
    expect(a.crashes).toEqual(b.crashes);
  });
});

/**
 * `sqms build` (what `npm run build` runs): `astro build`, then the search index and the export
 * files once Astro's process has ended (src/integration/publish.ts), so that the memory Astro held
 * is free before Pagefind writes the index. Arguments are passed to `astro build`
 * (`npm run build -- --outDir public-site`). The exit status is Astro's when it fails, 1 when the
 * last step fails, else 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLISH_LATER, readJob } from '../integration/publish-job.ts';

/** Astro's command-line entry point, run with the Node that runs this command (the pinned one). */
function astroBin(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
}

/**
 * V8 lets a heap grow, after each full garbage collection, by a factor it picks from how fast it
 * collects: Astro's heap reached 2.4 GB with about 1 GB in use at the 5,000-SOP benchmark, most of
 * it the garbage of pages already written. Growing by half instead keeps Astro's process at about
 * 3.2 GB instead of 4.4 GB there, for more collections: Astro took 5-10 % longer in our runs, about
 * as much as two runs of the same build differ on that machine. Left out if this Node does not
 * know the flag.
 */
const HEAP_FLAGS = ['--heap-growing-percent=50'];

function astroNodeFlags(): string[] {
  const probe = spawnSync(process.execPath, [...HEAP_FLAGS, '-e', ''], { stdio: 'ignore' });
  return probe.status === 0 ? HEAP_FLAGS : [];
}

function runAstro(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...astroNodeFlags(), astroBin(), 'build', ...args], { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function build(args: string[]): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), 'sqms-build-'));
  const jobFile = join(work, 'publish.json');
  try {
    const status = await runAstro(args, { ...process.env, [PUBLISH_LATER]: jobFile });
    if (status !== 0) return status;
    const started = Date.now();
    let lines: string[];
    try {
      // Loaded only now: while Astro ran, this process held no more than it needs to wait for it.
      const { publish } = await import('../integration/publish.ts');
      lines = await publish(await readJob(jobFile));
    } catch (error) {
      process.stderr.write(`The site was built but its search index or export files could not be written: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    for (const line of lines) process.stdout.write(`[sqms] ${line}\n`);
    process.stdout.write(`[sqms] Search index and export files written in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The sample handbook built for the browser tests (evaluated on 2026-11-22) into a fresh folder
 * under test-results/. Used by global-setup.ts, which builds it once for all browser test files,
 * and by site.ts when no shared build was provided. Nothing here imports vitest's runtime: the
 * global setup runs in Vitest's main process.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TODAY = '2026-11-22';
export const CHROMIUM = '/usr/bin/chromium';

/** What global-setup.ts hands to the test files (through Vitest's provide/inject). */
export interface SharedBuild {
  /** The folder the sample is being built into (complete once `status` reports ok). */
  outDir: string;
  /** A JSON file written when the build ends: `{ ok: true }` or `{ ok: false, error }`. */
  status: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sampleSite: SharedBuild | undefined;
  }
}

/** Run the browser tests? Skips (with the reason) only outside CI when Chromium is missing. */
export function browserAvailable(): { run: boolean; reason: string } {
  if (existsSync(CHROMIUM)) return { run: true, reason: '' };
  if (process.env['CI']) return { run: true, reason: '' }; // let launching fail loudly
  return { run: false, reason: `Browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium). In CI they run.` };
}

/**
 * Builds a handbook into `outDir` as `npm run build` does (`sqms build`: Astro, then the search
 * index and export files), with the project's Node (the one running vitest): by default the sample,
 * else the handbook folder `root`, deployed below `base` when given.
 */
export async function buildHandbook(outDir: string, options: { root?: string; base?: string } = {}): Promise<void> {
  const sqms = join(ROOT, 'src', 'cli', 'sqms.ts');
  // Vitest sets Vite's BASE_URL, MODE, DEV, PROD and SSR in its environment: a build started from here must not inherit them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, SQMS_TODAY: TODAY, SQMS_ROOT: options.root ?? ROOT, ASTRO_TELEMETRY_DISABLED: '1', SQMS_CACHE_DIR: `${outDir}-cache` };
  if (options.base !== undefined) env['SQMS_BASE'] = options.base;
  delete env['SQMS_STRICT'];
  delete env['SQMS_LINKS'];
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [sqms, 'build', '--outDir', outDir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`sqms build of ${options.root ?? 'the sample'} failed (exit ${code}):\n${output.join('').slice(-4000)}`);
}

/** Builds the sample handbook into `outDir`. */
export function buildSample(outDir: string): Promise<void> {
  return buildHandbook(outDir);
}

/**
 * A fresh output folder inside the project (test-results/, ignored by Git). Astro writes its
 * prerender chunks next to the output when the output lies inside the working directory, and to
 * the shared .astro/ folder otherwise, where a build running at the same time (npm run build, a
 * benchmark) would overwrite them.
 */
export async function freshOutDir(): Promise<string> {
  const parent = join(ROOT, 'test-results');
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, 'site-'));
}

/** Builds into `shared.outDir` and records the outcome in `shared.status`; never rejects. */
export async function buildShared(shared: SharedBuild): Promise<void> {
  let result: { ok: boolean; error?: string };
  try {
    await buildSample(shared.outDir);
    result = { ok: true };
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  // Written whole under another name, then renamed: a reader never sees a half-written file.
  const partial = `${shared.status}.partial`;
  await writeFile(partial, JSON.stringify(result))
    .then(() => rename(partial, shared.status))
    .catch(() => undefined);
}

/** Waits for the shared build to end; rejects with the build's error if it failed. */
export async function waitForShared(shared: SharedBuild, timeoutMs = 170_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    let text: string | undefined;
    try {
      text = await readFile(shared.status, 'utf8');
    } catch {
      // Not written yet.
    }
    if (text !== undefined && text.trim() !== '') {
      const result = JSON.parse(text) as { ok: boolean; error?: string };
      if (!result.ok) throw new Error(`The shared build of the sample (test/browser/global-setup.ts) failed: ${result.error}`);
      return shared.outDir;
    }
    if (Date.now() > until) throw new Error(`The shared build of the sample did not finish within ${timeoutMs / 1000} s (${shared.outDir}).`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

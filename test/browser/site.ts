/**
 * The site under test for the browser tests: the sample handbook built once into a temporary
 * folder under test-results/ (evaluated on 2026-11-22), served by server.ts, and Debian's
 * Chromium driven by playwright-core (no browser is ever downloaded).
 *
 * Without /usr/bin/chromium the tests are skipped with a message, except in CI (CI set), where a
 * missing browser is a failure: CI installs it with apt.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './server.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TODAY = '2026-11-22';
export const CHROMIUM = '/usr/bin/chromium';

/** Run the browser tests? Skips (with the reason) only outside CI when Chromium is missing. */
export function browserAvailable(): { run: boolean; reason: string } {
  if (existsSync(CHROMIUM)) return { run: true, reason: '' };
  if (process.env['CI']) return { run: true, reason: '' }; // let launching fail loudly
  return { run: false, reason: `Browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium). In CI they run.` };
}

/** Builds the sample handbook with the project's Node (the one running vitest) into `outDir`. */
export async function buildSample(outDir: string): Promise<void> {
  // node_modules/.bin/astro runs astro.mjs with whatever `node` is first on PATH; run it with ours.
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env, SQMS_TODAY: TODAY, SQMS_ROOT: ROOT, ASTRO_TELEMETRY_DISABLED: '1', SQMS_CACHE_DIR: `${outDir}-cache` };
  delete env['SQMS_STRICT'];
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.join('').slice(-4000)}`);
}

export interface Site {
  url: string;
  outDir: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * A fresh output folder inside the project (test-results/, ignored by Git). Astro writes its
 * prerender chunks next to the output when the output lies inside the working directory, and to
 * the shared .astro/ folder otherwise, where a build running at the same time (npm run build, a
 * benchmark) would overwrite them.
 */
async function freshOutDir(): Promise<string> {
  const parent = join(ROOT, 'test-results');
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, 'site-'));
}

export async function startSite(): Promise<Site> {
  const outDir = await freshOutDir();
  let server: StaticServer | undefined;
  try {
    await buildSample(outDir);
    server = await serveStatic(outDir);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const s = server;
    return {
      url: s.url,
      outDir,
      browser,
      async close() {
        await browser.close();
        await s.close();
        await rm(outDir, { recursive: true, force: true });
        await rm(`${outDir}-cache`, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    await rm(`${outDir}-cache`, { recursive: true, force: true });
    throw error;
  }
}

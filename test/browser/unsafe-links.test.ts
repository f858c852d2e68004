/**
 * A `javascript:` link written in a body is not a link in the reader's browser: the check refuses
 * it, and the build removes its address even when nobody ran the check (the fixture is built here
 * with test/build/unchecked.config.mjs, the handbook's configuration without the check). In
 * Chromium the link's text is there, it is no link (no href, not focusable), and clicking it runs
 * nothing. Inline handlers on it are gone too.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshOutDir } from './build.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { browserAvailable, CHROMIUM, ROOT, TODAY } from './site.ts';

const available = browserAvailable();
if (!available.run) console.warn(available.reason);

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const POLICY = 'content/policies/quality-policy.md';

async function buildUnchecked(root: string, outDir: string): Promise<void> {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, SQMS_ROOT: root, SQMS_TODAY: TODAY, SQMS_CACHE_DIR: `${outDir}-cache`, ASTRO_TELEMETRY_DISABLED: '1' };
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--config', 'test/build/unchecked.config.mjs', '--outDir', outDir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.join('').slice(-4000)}`);
}

describe.skipIf(!available.run)('javascript: links in content, in Chromium', () => {
  let work: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    work = await freshOutDir();
    const root = join(work, 'handbook');
    cpSync(join(ROOT, 'test/fixtures/valid'), root, { recursive: true });
    // The site's code is the project's (unchecked.config.mjs makes the handbook's folder Astro's root).
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const append = (file: string, text: string) => writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n${text}`);
    append(SOP, '[Markdown link](javascript:window.pwned=1) <a href=" JaVa&#x53;cript:window.pwned=2" onClick="window.pwned=3">JSX link</a>\n');
    append(POLICY, '<a href="java&#115;cript:window.pwned=4" onmouseover="window.pwned=5">HTML link</a>\n');
    await buildUnchecked(root, join(work, 'site'));
    server = await serveStatic(join(work, 'site'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it.each([
    ['/sops/SOP-CS-001/', 'Markdown link'],
    ['/sops/SOP-CS-001/', 'JSX link'],
    ['/zh/sops/SOP-CS-001/', 'JSX link'],
    ['/pages/policies/quality-policy/', 'HTML link'],
  ])('on %s, "%s" is no link and clicking it runs nothing', { timeout: 90_000 }, async (path, text) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(path, server.url).href);
    const link = page.locator('a', { hasText: text });
    await expect(link.count()).resolves.toBe(1);
    const state = await link.evaluate((a: HTMLAnchorElement) => ({ href: a.getAttribute('href'), handlers: a.getAttributeNames().filter((n) => n.startsWith('on')), isLink: a.matches(':any-link') }));
    expect(state).toEqual({ href: null, handlers: [], isLink: false });
    await link.hover();
    await link.click();
    await page.waitForTimeout(100);
    expect(page.url()).toBe(new URL(path, server.url).href);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

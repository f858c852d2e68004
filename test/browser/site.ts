/**
 * The site under test for the browser tests: the sample handbook built into a folder under
 * test-results/ (evaluated on 2026-11-22), served by server.ts, and Debian's Chromium driven by
 * playwright-core (no browser is ever downloaded).
 *
 * The build is shared: global-setup.ts (the "browser" project's globalSetup in vitest.config.ts)
 * builds the sample once per test run and provides its folder; each test file serves that folder
 * with a server and a browser of its own. Without a provided build (a config without the global
 * setup), startSite() builds a private copy, as it did before.
 *
 * Without /usr/bin/chromium the tests are skipped with a message, except in CI (CI set), where a
 * missing browser is a failure: CI installs it with apt.
 */
import { rm } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { buildSample, CHROMIUM, freshOutDir, waitForShared } from './build.ts';
import { serveStatic, type StaticServer } from './server.ts';

export { browserAvailable, buildSample, CHROMIUM, ROOT, TODAY } from './build.ts';

export interface Site {
  url: string;
  outDir: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const shared = inject('sampleSite');
  // The shared folder belongs to the global setup, which removes it; a private one is ours to remove.
  const outDir = shared ? shared.outDir : await freshOutDir();
  const removeOwn = async () => {
    if (shared) return;
    await rm(outDir, { recursive: true, force: true });
    await rm(`${outDir}-cache`, { recursive: true, force: true });
  };
  let server: StaticServer | undefined;
  try {
    if (shared) await waitForShared(shared);
    else await buildSample(outDir);
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
        await removeOwn();
      },
    };
  } catch (error) {
    await server?.close();
    await removeOwn();
    throw error;
  }
}

/** How a test opens a page: the window's size and the colour scheme (default: desk width, light). */
export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

/**
 * For a `describe` block: the built sample served for its tests (started before, closed after),
 * `open(path)`, which loads a page (at desk width unless told otherwise) and expects it to answer
 * 200, and `outDir()`, the folder of the built files.
 */
export function sampleSiteForTests(): { open: (path: string, options?: OpenOptions) => Promise<Page>; outDir: () => string } {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return {
    async open(path: string, options: OpenOptions = {}): Promise<Page> {
      const page = await site!.browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, colorScheme: options.colorScheme ?? 'light' });
      const response = await page.goto(site!.url + path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      return page;
    },
    outDir: () => site!.outDir,
  };
}

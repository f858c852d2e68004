/**
 * The wiki fixture (test/fixtures/wiki) built as a GitHub Pages project site is published
 * (`SQMS_BASE=/handbook`) and read in Chromium: every link of every built page, in both interface
 * languages, leads to a page the server has (status 200) and, with a `#anchor`, to an element of
 * that page with that id; no page shows Markdown or template syntax as text (outside code).
 */
import { readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook, freshOutDir } from './build.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { browserAvailable, CHROMIUM, ROOT } from './site.ts';

const available = browserAvailable();
if (!available.run) console.warn(available.reason);

const BASE = '/handbook';
const WIKI = join(ROOT, 'test/fixtures/wiki');
/** Text a reader should never see outside code: Markdown links and references, alerts, shortcodes, heading ids. */
const RAW = ['](', '][', '[^', '[!NOTE]', '[!WARNING]', '{{<', '{{%', '{#'];


/** The address of every HTML page in `site` (`pages/x/index.html` → `/handbook/pages/x/`). */
function builtPages(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.html')) {
        const rel = relative(site, path).split(sep).join('/');
        const address = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        out.push(`${BASE}/${address.split('/').map(encodeURIComponent).join('/')}`);
      }
    }
  };
  walk(site);
  return out.sort();
}

interface Seen {
  heading: string;
  ids: string[];
  links: { href: string; text: string }[];
  raw: string[];
}

describe.skipIf(!available.run)('the wiki fixture under a base path, in Chromium', () => {
  let work: string;
  let site: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    work = await freshOutDir();
    // Served from the folder above the site, so that the site's addresses begin with the base path.
    site = join(work, 'served', BASE.slice(1));
    await mkdir(join(work, 'served'), { recursive: true });
    await buildHandbook(site, { root: WIKI, base: BASE });
    server = await serveStatic(join(work, 'served'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) {
      await rm(work, { recursive: true, force: true });
      await rm(`${site}-cache`, { recursive: true, force: true });
    }
  });

  it('follows every link of every page in both languages to a page and anchor that exist, and shows no raw Markdown', { timeout: 600_000 }, async () => {
    const pages = builtPages(site);
    const wikiPages = pages.filter((p) => p.startsWith(`${BASE}/pages/`) || p.startsWith(`${BASE}/zh/pages/`));
    // 21 pages of content/, in two languages: the wiki's front page (content/README.md) is the list of pages, /pages/, itself.
    expect(wikiPages.length).toBeGreaterThanOrEqual(2 * 21);
    const tab = await browser.newPage();
    const seen = new Map<string, Seen>();
    const problems: string[] = [];
    for (const path of pages) {
      const response = await tab.goto(new URL(path, server.url).href);
      if (response?.status() !== 200) {
        problems.push(`${path}: status ${response?.status()}`);
        continue;
      }
      seen.set(
        decodeURI(path),
        await tab.evaluate((raw: string[]) => {
          const ids = [...document.querySelectorAll('[id]')].map((e) => e.id).concat([...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')!));
          const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({ href: a.href, text: a.textContent ?? '' }));
          for (const img of document.querySelectorAll<HTMLImageElement>('img[src]')) links.push({ href: img.src, text: `image ${img.alt}` });
          // The text a reader sees, outside code, scripts and templates.
          const text: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('pre, code, script, style, template, noscript')) continue;
            text.push(node.textContent ?? '');
          }
          const visible = text.join('');
          return { heading: document.querySelector('main h1')?.textContent?.trim() ?? '', ids, links, raw: raw.filter((r) => visible.includes(r)).map((r) => `${r} in "${visible.slice(Math.max(0, visible.indexOf(r) - 40), visible.indexOf(r) + 40)}"`) };
        }, RAW),
      );
    }
    for (const [path, page] of seen) for (const r of page.raw) problems.push(`${path}: shows ${r}`);

    const status = new Map<string, number>();
    let followed = 0;
    let anchors = 0;
    for (const [path, page] of seen) {
      for (const { href, text } of page.links) {
        const url = new URL(href);
        if (url.origin !== server.url) continue; // external: https://example.com/…, mailto:
        followed++;
        const where = `${path}: link "${text.trim().replace(/\s+/g, ' ').slice(0, 40)}" → ${url.pathname}${url.hash}`;
        if (!url.pathname.startsWith(`${BASE}/`)) {
          problems.push(`${where} is outside the base path`);
          continue;
        }
        const target = decodeURI(url.pathname);
        if (!status.has(target)) status.set(target, seen.has(target) ? 200 : (await fetch(new URL(url.pathname, server.url))).status);
        if (status.get(target) !== 200) {
          problems.push(`${where} answers ${status.get(target)}`);
          continue;
        }
        if (url.hash.length > 1) {
          anchors++;
          const id = decodeURIComponent(url.hash.slice(1));
          const ids = seen.get(target)?.ids;
          if (!ids) problems.push(`${where}: an anchor on a file that is not a page`);
          else if (!ids.includes(id)) problems.push(`${where}: no element with id "${id}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The test followed the wiki's own links, anchors included (it cannot pass on an empty site).
    expect(followed).toBeGreaterThan(1000);
    expect(anchors).toBeGreaterThan(40);
    // The wiki's home page links to 14 other pages of the wiki, in a dozen styles.
    const home = [...seen.entries()].find(([path, page]) => page.heading === 'River Road wiki' && !path.startsWith(`${BASE}/zh/`))![1];
    const toPages = new Set(home.links.map((l) => new URL(l.href).pathname).filter((p) => p.startsWith(`${BASE}/pages/`) && p !== `${BASE}/pages/`));
    expect(toPages.size).toBeGreaterThanOrEqual(14);
  });
});

/**
 * `npm run dev` shows changes to frontmatter and data as live as changes to the body: a copy of
 * the sample under test-results/ is served by `astro dev` on a free port; editing a step's time
 * limit, the title of an SOP, and a standard's title in data/ each shows on the SOP's page within
 * seconds, without restarting the server (before the fix the model was loaded once per server and
 * the old time limit stayed); so does an edited body, whether it is rendered when the content is
 * synced or compiled by @astrojs/mdx, and when an edit makes it use MDX.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture.ts';

const SOP = 'content/sops/delivery/SOP-DL-001.mdx';
const STANDARD = 'data/standards/STD-RESP-005.yaml';

let root: string;
let server: ChildProcess | undefined;
let url: string;
const output: string[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function page(path: string): Promise<string | undefined> {
  try {
    // A request made while Vite optimizes dependencies may never be answered: give up and ask again.
    const response = await fetch(url + path, { signal: AbortSignal.timeout(20_000) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls `path` until `test` holds for its HTML, or fails after `ms` with what it saw. */
async function until(path: string, test: (html: string) => boolean, ms: number): Promise<number> {
  const started = Date.now();
  let last: string | undefined;
  while (Date.now() - started < ms) {
    last = await page(path);
    if (last !== undefined && test(last)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} did not show the change within ${ms} ms. Server output:\n${output.join('').slice(-3000)}`);
}

/** The text of step `id`'s row in the procedure table. */
function stepRow(html: string, id: string): string {
  const rows = html.split('<tr').filter((r) => new RegExp(`<th[^>]*>\\s*${id}\\s*</th>`).test(r));
  return rows.map((r) => r.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).join(' | ');
}

const edit = (file: string, from: string, to: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  writeFileSync(path, text.replace(from, to));
};

beforeAll(async () => {
  mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
  root = mkdtempSync(join(PROJECT_ROOT, 'test-results', 'dev-'));
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'data'), join(root, 'data'), { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, SQMS_ROOT: root, SQMS_TODAY: '2026-11-22', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['SQMS_STRICT'];
  // Started from Vitest, Astro would see its variables (NODE_ENV=test, VITEST…) and serve no pages.
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  server = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  server.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  await until('/sops/SOP-DL-001/', (html) => html.includes('SOP-DL-001'), 150_000);
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('shows a changed step time limit on the SOP\'s page, without a restart', async () => {
    const before = await page('/sops/SOP-DL-001/');
    expect(stepRow(before!, 'S3')).toContain('2 h');
    edit(SOP, '    timeLimit: 2 h\n    standard: STD-RESP-005', '    timeLimit: 90 min\n    standard: STD-RESP-005');
    await until('/sops/SOP-DL-001/', (html) => stepRow(html, 'S3').includes('90 min'), 30_000);
    expect(stepRow((await page('/sops/SOP-DL-001/'))!, 'S3')).not.toContain('2 h');
  }, 60_000);

  it('shows a changed title, in the page and in the SOP list', async () => {
    edit(SOP, 'title: Delivery exception handling', 'title: Delivery exception handling and call-back');
    await until('/sops/SOP-DL-001/', (html) => html.includes('Delivery exception handling and call-back'), 30_000);
    await until('/sops/', (html) => html.includes('Delivery exception handling and call-back'), 30_000);
  }, 60_000);

  it('shows an edited body, rendered when synced or by MDX, and one that starts to use MDX', async () => {
    // A body without MDX syntax: rendered when the content is synced (src/integration/body-loader.ts).
    edit(SOP, 'two years.', 'three years, then archived.');
    await until('/sops/SOP-DL-001/', (html) => html.includes('three years, then archived.'), 30_000);
    // The same body with an HTML comment (MDX once adapted): now an MDX module.
    edit(SOP, 'three years, then archived.', 'three years. <!-- checked in 2026 -->\n\nArchived records are **sealed**.');
    await until('/sops/SOP-DL-001/', (html) => html.includes('Archived records are <strong>sealed</strong>.') && !html.includes('then archived'), 30_000);
    // And a body that was an MDX module (the quality manual has a comment) edited.
    const manual = readFileSync(join(root, 'content/quality-manual.mdx'), 'utf8').split('\n').find((l) => /^[A-Z][a-z]+ [a-z]/.test(l))!;
    edit('content/quality-manual.mdx', manual, `${manual} Edited in the dev server.`);
    await until('/pages/quality-manual/', (html) => html.includes('Edited in the dev server.'), 30_000);
  }, 120_000);

  it('shows a change to a data file (a standard\'s title) on the standard\'s page', async () => {
    edit(STANDARD, 'Proactive call-back on a delivery exception within 2 hours', 'Proactive call-back on any delivery exception within 2 hours');
    await until('/standards/STD-RESP-005/', (html) => html.includes('Proactive call-back on any delivery exception'), 30_000);
  }, 60_000);
});

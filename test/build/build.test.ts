/**
 * `npm run build` uses the same model as the check: it prints the same diagnostics and fails on
 * errors, and a valid handbook anywhere on disk builds into a static site with no JavaScript on
 * document pages. `npm run build` (`sqms build`) writes the search index and export files after
 * Astro's process has ended; `astro build` run directly writes them itself; both give the same.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const project = fileURLToPath(new URL('../..', import.meta.url));
const valid = join(project, 'test/fixtures/valid');
const work = mkdtempSync(join(tmpdir(), 'sqms-build-'));
/** A build of the fixture takes 10–40 s on a loaded machine (more than the suite's 30 s per test). */
const BUILD_TIME = 240_000;
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds with `npm run build`'s command (`sqms build`), or with `astro build` run directly. */
function build(root: string, name: string, how: 'sqms' | 'astro' = 'sqms', env: Record<string, string> = {}) {
  const command = how === 'sqms' ? [join(project, 'src/cli/sqms.ts'), 'build'] : [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'];
  // Vitest sets Vite's BASE_URL, MODE, DEV, PROD and SSR in its environment: a build started from here must not inherit them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [...command, '--outDir', join(work, `out-${name}`)], {
    cwd: project,
    encoding: 'utf8',
    env: { ...inherited, SQMS_ROOT: root, SQMS_TODAY: '2026-11-22', SQMS_CACHE_DIR: join(work, `cache-${name}`), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out: join(work, `out-${name}`) };
}

describe('astro build', () => {
  it('fails on a broken handbook and prints every diagnostic with file, line and column', () => {
    const root = join(work, 'broken');
    cpSync(valid, root, { recursive: true });
    const kpi = join(root, 'data/kpis/KPI-CSAT.yaml');
    writeFileSync(kpi, readFileSync(kpi, 'utf8').replace('direction: higher', 'direction: hgher'));
    const action = join(root, 'data/actions/IA-2025-001.yaml');
    writeFileSync(action, readFileSync(action, 'utf8').replace(/^opened: .*$/m, 'opened: 2025-02-30'));
    // A migrated wiki page with 25 broken links: 20 are listed, the rest counted, then a table of codes.
    const policy = join(root, 'content/policies/quality-policy.md');
    const links = Array.from({ length: 25 }, (_, i) => `- [old page ${i}](/pages/old/page-${i}/)`).join('\n');
    writeFileSync(policy, `${readFileSync(policy, 'utf8')}\n${links}\n`);

    const { status, output, out } = build(root, 'broken');
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/kpis\/KPI-CSAT\.yaml:\d+:\d+ error schema\/invalid-value/);
    expect(output).toContain('Did you mean "higher"?');
    expect(output).toMatch(/data\/actions\/IA-2025-001\.yaml:\d+:\d+ error date\/impossible/);
    expect(output.match(/quality-policy\.md:\d+:\d+ error link\/broken/g)).toHaveLength(20);
    expect(output).toContain('… 5 more link/broken not shown');
    expect(output).toMatch(/link\/broken\s+error\s+25/);
    expect(output).toMatch(/The handbook has 27 error\(s\)/);
    // Printed once, without a stack trace.
    expect(output.match(/error schema\/invalid-value/g)).toHaveLength(1);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(output).not.toContain('Search index:');
  }, BUILD_TIME);

  it('refuses, quickly and with the check\'s diagnostics, a handbook with an alias bomb, a link out of the handbook and a file name in capitals, publishing nothing', () => {
    const root = join(work, 'unsafe');
    cpSync(valid, root, { recursive: true });
    const policy = join(root, 'content/policies/quality-policy.md');
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghijk'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghijk'[i]}`).join(', ')}]`)].join('\n');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('order: 1\n', `order: 1\n${laughs}\n`));
    const outside = mkdtempSync(join(tmpdir(), 'sqms-outside-'));
    writeFileSync(join(outside, 'secret.md'), '# Top secret\n\nSECRET-TOKEN-4711\n');
    symlinkSync(join(outside, 'secret.md'), join(root, 'content/leak.md'));
    writeFileSync(join(root, 'content/sops/customer-service/SOP-CS-009.MDX'), '---\nid: SOP-CS-009\n---\n');
    try {
      const started = Date.now();
      const { status, output, out } = build(root, 'unsafe', 'astro');
      expect(status).not.toBe(0);
      expect(Date.now() - started).toBeLessThan(90_000);
      expect(output).toMatch(/content\/leak\.md:1:1 error file\/outside-root/);
      expect(output).toMatch(/content\/policies\/quality-policy\.md:8:8 error limit\/yaml-aliases/);
      expect(output).toMatch(/SOP-CS-009\.MDX:1:1 error file\/name-case/);
      expect(output).toMatch(/The handbook has 3 error\(s\)/);
      expect(output).not.toContain('SECRET-TOKEN-4711');
      expect(existsSync(join(out, 'index.html'))).toBe(false);
      expect(existsSync(join(out, 'leak/index.html'))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  }, BUILD_TIME);

  let validBuild: ReturnType<typeof build> | undefined;
  /** The valid handbook built with `sqms build`, once for the tests that read it. */
  const builtValid = () => (validBuild ??= build(valid, 'valid'));

  it('builds a valid handbook from another folder, with no JavaScript on document pages', () => {
    const { status, output, out } = builtValid();
    expect(status, output).toBe(0);
    const sop = readFileSync(join(out, 'sops/SOP-CS-001/index.html'), 'utf8');
    expect(sop).toContain('SOP-CS-001');
    expect(sop).not.toMatch(/<script\b(?![^>]*type="application\/(ld\+)?json")/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    // The search index and export files came after Astro had exited.
    expect(output).toContain('written next, once Astro has exited');
    expect(output).toMatch(/\[sqms\] Search index: \d+ of \d+ pages indexed/);
    expect(existsSync(join(out, 'exports/measurements.csv'))).toBe(true);
  }, BUILD_TIME);

  it('writes the same search index and export files when astro build is run directly', () => {
    const { status, output, out } = build(valid, 'direct', 'astro');
    expect(status, output).toBe(0);
    expect(output).not.toContain('once Astro has exited');
    const deferred = builtValid().out;
    // Pagefind names fragments (a page's URL, words and excerpt) by their content: the same pages, the same text.
    const fragments = (site: string) => readdirSync(join(site, 'pagefind/fragment')).sort();
    expect(fragments(out).length).toBeGreaterThan(10);
    expect(fragments(out)).toEqual(fragments(deferred));
    const exports = (site: string) => readdirSync(join(site, 'exports')).sort().map((f) => [f, readFileSync(join(site, 'exports', f), 'utf8')]);
    expect(exports(out)).toEqual(exports(deferred));
  }, BUILD_TIME);

  it('takes links to Markdown files and folders to their pages, under a base path and in both interfaces, in .md and .mdx alike', () => {
    const root = join(work, 'wiki');
    cpSync(valid, root, { recursive: true });
    mkdirSync(join(root, 'content/team'));
    writeFileSync(
      join(root, 'content/team/index.md'),
      '# Team\n\nRead [the policy](../policies/quality-policy.md#scope), [onboarding](./onboarding), [the SOP](../sops/customer-service/SOP-CS-001.mdx), [the KPI list](/kpis/), [web](https://example.com/x) and [below](#team).\n',
    );
    writeFileSync(join(root, 'content/team/onboarding.md'), '# Onboarding\n\nBack to [the team](./).\n\n![the org chart](./org-chart.png) and [the leave form](forms/leave.pdf).\n');
    // An image and an attachment next to the pages: published at /files/…, the same in both interfaces.
    writeFileSync(join(root, 'content/team/org-chart.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    mkdirSync(join(root, 'content/team/forms'));
    writeFileSync(join(root, 'content/team/forms/leave.pdf'), '%PDF-1.4\n');
    const sop = join(root, 'content/sops/customer-service/SOP-CS-001.mdx');
    writeFileSync(sop, `${readFileSync(sop, 'utf8')}\nSee [the team page](../../team/index.md) and [the next SOP](../SOP-CS-002/).\n`);
    const { status, output, out } = build(root, 'wiki', 'sqms', { SQMS_BASE: '/handbook' });
    expect(status, output).toBe(0);
    const hrefs = (page: string) => [...readFileSync(join(out, page), 'utf8').matchAll(/<a href="([^"]*)"[^>]*>(?:the policy|onboarding|the SOP|the KPI list|web|below|the team|the team page|the next SOP)</g)].map((m) => m[1]);
    expect(hrefs('pages/team/index.html')).toEqual(['/handbook/pages/policies/quality-policy/#scope', '/handbook/pages/team/onboarding/', '/handbook/sops/SOP-CS-001/', '/handbook/kpis/', 'https://example.com/x', '#team']);
    expect(hrefs('zh/pages/team/index.html')).toEqual(['/handbook/zh/pages/policies/quality-policy/#scope', '/handbook/zh/pages/team/onboarding/', '/handbook/zh/sops/SOP-CS-001/', '/handbook/zh/kpis/', 'https://example.com/x', '#team']);
    expect(hrefs('pages/team/onboarding/index.html')).toEqual(['/handbook/pages/team/']);
    for (const page of ['pages/team/onboarding/index.html', 'zh/pages/team/onboarding/index.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html).toContain('<img src="/handbook/files/team/org-chart.png" alt="the org chart"');
      expect(html).toContain('<a href="/handbook/files/team/forms/leave.pdf">the leave form</a>');
    }
    expect(readFileSync(join(out, 'files/team/org-chart.png')).toString('hex')).toBe('89504e470d0a1a0a');
    expect(readFileSync(join(out, 'files/team/forms/leave.pdf'), 'utf8')).toBe('%PDF-1.4\n');
    expect(hrefs('sops/SOP-CS-001/index.html')).toEqual(['/handbook/pages/team/', '../SOP-CS-002/']);
    expect(hrefs('zh/sops/SOP-CS-001/index.html')).toEqual(['/handbook/zh/pages/team/', '../SOP-CS-002/']);
  }, BUILD_TIME);
});

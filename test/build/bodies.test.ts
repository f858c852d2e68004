/**
 * Bodies in a real build. A body with what would run stops `npm run build` with the check's
 * diagnostics. The other builds use the handbook's Astro configuration minus the sqms integration
 * (test/build/unchecked.config.mjs: the same pages, MDX integration and Markdown processor, but
 * no check, and the handbook's folder as Astro's root, so that the sample built at the same time
 * for the browser tests cannot overwrite its content modules in `.astro/`): a body the check
 * accepts, wiki markup included (HTML comments, `<br>`, autolinks in `.mdx`), is one the build
 * compiles and publishes; and a body nobody checked publishes nothing that runs, because the
 * build's Markdown processor removes it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/core/load.ts';

const project = fileURLToPath(new URL('../..', import.meta.url));
const valid = join(project, 'test/fixtures/valid');
// Inside the project (test-results/, ignored by Git): Astro cannot build a root outside the project
// whose srcDir is the project's (it resolves the pages' modules under the root), so a system
// temporary folder (/tmp in CI) would fail the build for the wrong reason.
mkdirSync(join(project, 'test-results'), { recursive: true });
const work = mkdtempSync(join(project, 'test-results', 'bodies-'));
/** A build takes 10–30 s on a loaded machine. */
const BUILD_TIME = 240_000;
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const POLICY = 'content/policies/quality-policy.md';

/** A copy of the valid fixture with text appended to the SOP's and the policy's bodies. */
function handbook(name: string, sop: string, policy: string): string {
  const root = join(work, name);
  cpSync(valid, root, { recursive: true });
  writeFileSync(join(root, SOP), `${readFileSync(join(root, SOP), 'utf8')}\n${sop}`);
  writeFileSync(join(root, POLICY), `${readFileSync(join(root, POLICY), 'utf8')}\n${policy}`);
  // The organisation's public address the accepted SOP prints (SOPs are checked for personal data: content/personal-data).
  writeFileSync(join(root, 'data/check-settings.yaml'), 'settings:\n  - personalData: { publicContacts: [help@example.com] }\n');
  // The site's code is the project's (unchecked.config.mjs makes the handbook's folder Astro's root).
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

function build(root: string, name: string, how: 'sqms' | 'unchecked') {
  const out = join(work, `out-${name}`);
  const command =
    how === 'sqms'
      ? [join(project, 'src/cli/sqms.ts'), 'build', '--outDir', out]
      : [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'test/build/unchecked.config.mjs', '--outDir', out];
  const result = spawnSync(process.execPath, command, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SQMS_ROOT: root, SQMS_TODAY: '2026-11-22', SQMS_CACHE_DIR: join(work, `cache-${name}`), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out };
}

/** The pages that show the two bodies, in both interfaces (document pages: no script of the site's either). */
function bodyPages(out: string): string {
  const pages = ['sops/SOP-CS-001', 'zh/sops/SOP-CS-001', 'pages/policies/quality-policy', 'zh/pages/policies/quality-policy'];
  return pages.map((page) => readFileSync(join(out, page, 'index.html'), 'utf8')).join('\n');
}

const ACCEPTED_SOP = [
  '<!-- Reviewed by the quality team in March. -->',
  '',
  'Call back<br>within the hour, see <https://example.com/callbacks> or write to <help@example.com>.',
  '',
  'Answer in \\<5 minutes; braces as text: \\{name\\} {/* a comment */}',
  '',
  '<details>',
  '<summary>Why</summary>',
  '',
  'Customers wait less than <kbd>5</kbd> minutes.',
  '',
  '</details>',
  '',
].join('\n');
const ACCEPTED_POLICY = 'Ask <https://example.com/ask>.<br>\n\n<!-- not shown -->\n\n<details><summary>More</summary>Details.</details>\n';

const UNSAFE_SOP = [
  'export const leaked = process.env.HOME;',
  '',
  'Home is {leaked}.',
  '',
  '<script>window.pwned = 1</script>',
  '',
  '[call](javascript:window.pwned=2) <a href=" JaVa&#x53;cript:window.pwned=3" onClick="window.pwned=4">two</a> <img src="https://example.com/a.png" onError="window.pwned=5" />',
  '',
  '<iframe src="https://evil.example/"></iframe>',
  '',
].join('\n');
const UNSAFE_POLICY = '<script>window.pwned = 6</script>\n\n<div>\n<a href="java&#115;cript:window.pwned=7" onclick="window.pwned=8">html</a>\n</div>\n\n<style>body { display: none }</style>\n';

/** An element, handler or address that runs, in HTML. */
const RUNS_IN_HTML = /<(iframe|object|embed)\b|<script(?![^>]*type="application\/(ld\+)?json")|\son[a-z]+\s*=|\s(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):|pwned|process\.env/i;

describe('bodies in the build', () => {
  it('a body the check accepts, wiki markup included, is one the build publishes', () => {
    const root = handbook('accepted', ACCEPTED_SOP, ACCEPTED_POLICY);
    const { diagnostics } = loadHandbook(root, { today: '2026-11-22' });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);

    const { status, output, out } = build(root, 'accepted', 'unchecked');
    expect(status, output).toBe(0);
    const sop = readFileSync(join(out, 'sops/SOP-CS-001/index.html'), 'utf8');
    expect(sop).toMatch(/Call back<br\s*\/?>within the hour/);
    expect(sop).toContain('<a href="https://example.com/callbacks">https://example.com/callbacks</a>');
    expect(sop).toContain('<a href="mailto:help@example.com">help@example.com</a>');
    expect(sop).toContain('Answer in &lt;5 minutes; braces as text: {name}');
    expect(sop).toContain('<kbd>5</kbd>');
    expect(sop).not.toContain('Reviewed by the quality team');
    const policy = readFileSync(join(out, 'pages/policies/quality-policy/index.html'), 'utf8');
    expect(policy).toContain('<a href="https://example.com/ask">https://example.com/ask</a>');
    expect(policy).toContain('<summary>More</summary>');
  }, BUILD_TIME);

  it('a body with what would run stops npm run build with the check\'s diagnostics', () => {
    const root = handbook('unsafe', UNSAFE_SOP, UNSAFE_POLICY);
    const { status, output, out } = build(root, 'unsafe', 'sqms');
    expect(status).not.toBe(0);
    for (const code of ['body/import-export', 'body/expression', 'body/element', 'body/url', 'body/event-handler']) {
      expect(output).toMatch(new RegExp(`content/sops/customer-service/SOP-CS-001\\.mdx:\\d+:\\d+ error ${code}`));
    }
    expect(output).toMatch(/content\/policies\/quality-policy\.md:\d+:\d+ error body\/element/);
    expect(output).not.toContain('MDXError');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, BUILD_TIME);

  it('even without the check, the build publishes nothing of it that runs', () => {
    const root = handbook('unchecked', UNSAFE_SOP, UNSAFE_POLICY);
    // And nothing of a file outside the handbook that a symbolic link in content/ points to: pages
    // are made from the model, whose reader refuses the link (src/core/source/read-file.ts).
    const outside = join(work, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'secret.md'), '# Secret\n\nSECRET-TOKEN-4711\n');
    symlinkSync(join(outside, 'secret.md'), join(root, 'content/leak.md'));
    const { status, output, out } = build(root, 'unchecked', 'unchecked');
    expect(status, output).toBe(0);
    expect(existsSync(join(out, 'pages/leak'))).toBe(false);
    expect(existsSync(join(out, 'leak'))).toBe(false);
    const published = spawnSync('grep', ['-rl', 'SECRET-TOKEN-4711', out], { encoding: 'utf8' });
    expect(published.stdout).toBe('');
    const sop = readFileSync(join(out, 'sops/SOP-CS-001/index.html'), 'utf8');
    expect(sop).toContain('>call</a>');
    expect(sop).toContain('>two</a>');
    const html = bodyPages(out);
    expect(html).toContain('>html</a>');
    expect(html.match(RUNS_IN_HTML)?.[0]).toBeUndefined();
    expect(html).not.toContain('display: none');
  }, BUILD_TIME);
});

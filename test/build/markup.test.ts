/**
 * Other tools' markup in a real build (`npm run build` of the valid fixture with an SOP in `.mdx`
 * and a policy in `.md` written as GitHub and Hugo write them): GitHub alerts and Hugo notices are
 * callouts labelled in each interface's language, `{#id}` heading ids are ids and are not shown,
 * details, figures and ref links are rendered, an unknown shortcode is a labelled mark and a
 * warning of the build, and every anchor the check found in a body is an id of the built page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/core/load.ts';

const project = fileURLToPath(new URL('../..', import.meta.url));
mkdirSync(join(project, 'test-results'), { recursive: true });
const work = mkdtempSync(join(project, 'test-results', 'markup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const POLICY = 'content/policies/quality-policy.md';

const SOP_TEXT = `
## Scope of work {#scope-of-work}

> [!WARNING]
> Never promise a refund on the phone. See [the promise](../../policies/quality-policy.md#our-promise).

{{< notice tip >}}
Call back within the hour: [step S2](#step-S2).
{{< /notice >}}

{{< details "Why within the hour" >}}
Customers wait less.
{{< /details >}}

Watch {{< youtube abc123 >}} before your first shift.
`;

const POLICY_TEXT = `
## Our promise

> [!NOTE]
> We answer every complaint.

{{< figure src="https://example.com/counter.png" caption="Our counter" alt="The counter" >}}

Back to [scope]({{< ref "../sops/customer-service/SOP-CS-001.mdx#scope-of-work" >}}).
`;

function handbook(): string {
  const root = join(work, 'handbook');
  cpSync(join(project, 'test/fixtures/valid'), root, { recursive: true });
  for (const [file, text] of [[SOP, SOP_TEXT], [POLICY, POLICY_TEXT]] as const) writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n${text}`);
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

describe('other tools\' markup in the build', () => {
  it('is rendered as the check reads it, in both interfaces', () => {
    const root = handbook();
    const { diagnostics, handbook: h } = loadHandbook(root, { today: '2026-11-22' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'link/anchor-missing')).toEqual([]);
    const out = join(work, 'out');
    const result = spawnSync(process.execPath, [join(project, 'src/cli/sqms.ts'), 'build', '--outDir', out], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, SQMS_ROOT: root, SQMS_TODAY: '2026-11-22', SQMS_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 240_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/SOP-CS-001\.mdx:\d+:7 warning markdown\/template-syntax/);

    const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    const sop = page('sops/SOP-CS-001');
    expect(sop).toContain('<div class="callout callout-warning" role="note"><p class="callout-label">Warning</p>');
    expect(sop).toContain('<div class="callout callout-tip" role="note"><p class="callout-label">Tip</p>');
    expect(sop).toMatch(/<h2 id="scope-of-work">Scope of work<\/h2>/);
    expect(sop).not.toContain('{#');
    expect(sop).toMatch(/<details><summary>Why within the hour<\/summary>/);
    expect(sop).toContain('<span class="unsupported-markup"><span>Not shown here:</span> <code>{{&lt; youtube &gt;}}</code></span>');
    expect(sop).toContain('href="/pages/policies/quality-policy/#our-promise"');
    expect(sop).not.toMatch(/data-sqms-word|__sqms-/);
    const zhSop = page('zh/sops/SOP-CS-001');
    expect(zhSop).toContain('<p class="callout-label">警告</p>');
    expect(zhSop).toContain('<span>此处未显示：</span>');
    expect(zhSop).toContain('href="/zh/pages/policies/quality-policy/#our-promise"');

    const policy = page('pages/policies/quality-policy');
    expect(policy).toContain('<p class="callout-label">Note</p>');
    expect(policy).toMatch(/<figure>\s*<p><img src="https:\/\/example.com\/counter.png" alt="The counter"[^>]*><\/p>\s*<figcaption>Our counter<\/figcaption>/);
    expect(policy).toContain('href="/sops/SOP-CS-001/#scope-of-work"');

    // Every anchor the check found in a body is an id of the page the build made of it.
    for (const [file, path] of [[SOP, 'sops/SOP-CS-001'], [POLICY, 'pages/policies/quality-policy']] as const) {
      const html = page(path);
      const anchors = [...h.compiledBodies.get(file)!.anchors!];
      expect(anchors.length).toBeGreaterThan(0);
      for (const anchor of anchors) expect(html, anchor).toContain(`id="${anchor}"`);
    }
  }, 300_000);
});

/**
 * `npm run build` uses the same model as the check: it prints the same diagnostics and fails on
 * errors, and a valid handbook anywhere on disk builds into a static site with no JavaScript on
 * document pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const project = fileURLToPath(new URL('../..', import.meta.url));
const valid = join(project, 'test/fixtures/valid');
const work = mkdtempSync(join(tmpdir(), 'sqms-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(root: string, name: string) {
  const result = spawnSync(join(project, 'node_modules/.bin/astro'), ['build', '--outDir', join(work, `out-${name}`)], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SQMS_ROOT: root, SQMS_TODAY: '2026-11-22', SQMS_CACHE_DIR: join(work, `cache-${name}`), FORCE_COLOR: '0', NO_COLOR: '1' },
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

    const { status, output, out } = build(root, 'broken');
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/kpis\/KPI-CSAT\.yaml:\d+:\d+ error schema\/invalid-value/);
    expect(output).toContain('Did you mean "higher"?');
    expect(output).toMatch(/data\/actions\/IA-2025-001\.yaml:\d+:\d+ error date\/impossible/);
    expect(output).toMatch(/The handbook has 2 error\(s\)/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('builds a valid handbook from another folder, with no JavaScript on document pages', () => {
    const { status, output, out } = build(valid, 'valid');
    expect(status, output).toBe(0);
    const sop = readFileSync(join(out, 'sops/SOP-CS-001/index.html'), 'utf8');
    expect(sop).toContain('SOP-CS-001');
    expect(sop).not.toMatch(/<script\b(?![^>]*type="application\/(ld\+)?json")/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});

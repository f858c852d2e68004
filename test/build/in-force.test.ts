/**
 * The version in force, end to end: a handbook repository where version 2.0 of SOP-CS-001 is
 * merged with an effective date of 2026-12-15 is built the day before and on that date. The day
 * before, the SOP's page and the search show 1.10 with a notice of 2.0, and 2.0 has its own page,
 * marked not in force and left out of the search; on the date, 2.0 is the SOP's page and 1.10 is
 * superseded from that date.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, BO, TempRepo } from '../git/repo.ts';
import { PROJECT_ROOT, validFiles } from '../helpers/fixture.ts';

const PATH = 'content/sops/customer-service/SOP-CS-001.mdx';
const v2 = validFiles()
  .get(PATH)!
  .replace('version: "1.10"', 'version: "2.0"')
  .replace('effective: 2026-03-01', 'effective: 2026-12-15')
  .replace('timeLimit: 30 min', 'timeLimit: 20 min')
  .replace('Complaints are answered quickly', 'Complaints are answered within twenty minutes')
  .replace('    summary: Clarified who records the ticket.\n', '    summary: Clarified who records the ticket.\n  - version: "2.0"\n    date: 2026-12-15\n    change: major\n    summary: First response in 20 minutes.\n');

const work = mkdtempSync(join(tmpdir(), 'sqms-in-force-'));
let repo: TempRepo;
beforeAll(() => {
  repo = new TempRepo();
  repo.write(validFiles()).commit('1.10 in force', ANN, '2026-03-01T09:00:00+08:00');
  repo.write({ [PATH]: v2 }).commit('2.0 approved, takes effect on 15 Dec', BO, '2026-11-20T09:00:00+08:00');
});
afterAll(() => {
  repo?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

function build(today: string): string {
  const out = join(work, `out-${today}`);
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/sqms.ts'), 'build', '--outDir', out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SQMS_ROOT: repo.root, SQMS_TODAY: today, SQMS_CACHE_DIR: join(work, `cache-${today}`), FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 240_000,
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return out;
}

const page = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
/** The text the search index holds, per page URL (Pagefind's fragments are gzipped JSON behind a signature). */
function searchRecords(out: string): Map<string, string> {
  const dir = join(out, 'pagefind/fragment');
  const records = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const data = gunzipSync(readFileSync(join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(data) as { url: string; content: string };
    records.set(fragment.url, fragment.content.replace(/\u200b/g, ''));
  }
  return records;
}

describe('a version approved for a later date', () => {
  it('the day before: the SOP shows the version in force with a notice, search finds it, the new version has its own page', () => {
    const out = build('2026-12-14');
    const sop = page(out, 'sops/SOP-CS-001');
    expect(sop).toContain('Complaints are answered quickly');
    expect(sop).not.toContain('twenty minutes');
    expect(sop).toMatch(/Version 2\.0 takes effect on 15 Dec 2026\. Until then this version is in force\.\s*<a href="\/sops\/SOP-CS-001\/upcoming\/">See what changes<\/a>/);
    expect(sop).toMatch(/<dt>Version<\/dt>\s*<dd>1\.10<\/dd>/);
    const zh = page(out, 'zh/sops/SOP-CS-001');
    expect(zh).toContain('版本 2.0 将于 2026年12月15日 生效。在此之前，本版本为现行版本。');
    expect(zh).toContain('href="/zh/sops/SOP-CS-001/upcoming/"');

    const upcoming = page(out, 'sops/SOP-CS-001/upcoming');
    expect(upcoming).toContain('Not in force yet: do not work to this text. Version 2.0 takes effect on 15 Dec 2026. Until then, version 1.10 is in force.');
    expect(upcoming).toContain('data-pagefind-ignore="all"');
    expect(upcoming).toContain('name="robots" content="noindex');
    expect(upcoming).toMatch(/Step S1 changed: Time limit\s*<\/th>\s*<td>30 min<\/td>\s*<td>20 min<\/td>/);
    expect(upcoming).toContain('+ Complaints are answered within twenty minutes');
    // 1.10 is in force: no page calls it superseded.
    expect(existsSync(join(out, 'sops/SOP-CS-001/v/1.10/index.html'))).toBe(false);

    const records = searchRecords(out);
    expect(records.get('/sops/SOP-CS-001/')).toContain('Complaints are answered quickly');
    expect([...records.values()].filter((text) => text.includes('twenty minutes'))).toEqual([]);
    expect([...records.keys()].filter((url) => url.includes('upcoming'))).toEqual([]);
  }, 300_000);

  it('on the effective date: the new version is the SOP, the old one superseded from that date', () => {
    const out = build('2026-12-15');
    const sop = page(out, 'sops/SOP-CS-001');
    expect(sop).toContain('Complaints are answered within twenty minutes');
    expect(sop).not.toContain('Until then this version is in force');
    expect(sop).toMatch(/<dt>Version<\/dt>\s*<dd>2\.0<\/dd>/);
    expect(existsSync(join(out, 'sops/SOP-CS-001/upcoming/index.html'))).toBe(false);
    const old = page(out, 'sops/SOP-CS-001/v/1.10');
    expect(old).toContain('This is version 1.10 of SOP-CS-001, in force from 1 Mar 2026. Superseded on 15 Dec 2026 by version 2.0.');
    expect(searchRecords(out).get('/sops/SOP-CS-001/')).toContain('Complaints are answered within twenty minutes');
  }, 300_000);
});

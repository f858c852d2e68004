/**
 * The version in force, end to end: a handbook repository where version 2.0 of SOP-CS-001 is
 * merged with an effective date of 2026-12-15 is built the day before and on that date. The day
 * before, the SOP's page and the search show 1.10 with a notice of 2.0, and 2.0 has its own page,
 * marked not in force and left out of the search; on the date, 2.0 is the SOP's page and 1.10 is
 * superseded from that date. A KPI target change merged the same way is announced on the day
 * before and applied from its date (KPI page; scorecards from the first period that begins on or after it).
 * A policy and its translation changed the same way: the Chinese page never shows the translation of the version not in force yet.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, BO, TempRepo } from '../helpers/git-repo.ts';
import { PROJECT_ROOT, validFiles } from '../helpers/fixture.ts';

const PATH = 'content/sops/customer-service/SOP-CS-001.mdx';
const v2 = validFiles()
  .get(PATH)!
  .replace('version: "1.10"', 'version: "2.0"')
  .replace('effective: 2026-03-01', 'effective: 2026-12-15')
  .replace('timeLimit: 30 min', 'timeLimit: 20 min')
  .replace('Complaints are answered quickly', 'Complaints are answered within twenty minutes')
  .replace('    summary: Clarified who records the ticket.\n', '    summary: Clarified who records the ticket.\n  - version: "2.0"\n    date: 2026-12-15\n    change: major\n    summary: First response in 20 minutes.\n');

// A KPI target change goes through the same control: KPI-CSAT 1.0 (target 85) in force from 2026-01-01, 2.0 (target 88) approved for 2026-12-15.
const KPI = 'data/kpis/KPI-CSAT.yaml';
const kpiVersion = (version: string, target: number, effective: string, log: string) =>
  validFiles()
    .get(KPI)!
    .replace('target: 85', `target: ${target}`)
    .concat(`version: "${version}"\neffective: ${effective}\napprovers: [bo-chen]\nreviewIntervalMonths: 12\nchangeLog:\n${log}`);
const kpi1 = kpiVersion('1.0', 85, '2026-01-01', '  - { version: "1.0", date: 2026-01-01, change: major, summary: Target 85 for 2026. }\n');
const kpi2 = kpiVersion('2.0', 88, '2026-12-15', '  - { version: "1.0", date: 2026-01-01, change: major, summary: Target 85 for 2026. }\n  - { version: "2.0", date: 2026-12-15, change: major, summary: Target raised to 88. }\n');

// A policy and its Chinese translation: 1.0 in force (30 minutes), 2.0 approved for 2026-12-15 (20 minutes) with the translation updated in the same commit.
const POLICY = 'content/policies/quality-policy.md';
const POLICY_ZH = 'content/policies/quality-policy.zh-CN.md';
const policyVersion = (version: string, effective: string, minutes: number, log: string) =>
  `---\ntitle: Quality policy\ndescription: What we promise our customers.\nowner: ann-lee\nupdated: ${effective}\norder: 1\nstatus: effective\nversion: "${version}"\neffective: ${effective}\napprovers: [bo-chen]\nreviewIntervalMonths: 24\nchangeLog:\n${log}---\n\nWe answer every complaint within ${minutes} minutes.\n`;
const policyLog1 = '  - { version: "1.0", date: 2026-01-01, change: major, summary: "First policy." }\n';
const policy1 = policyVersion('1.0', '2026-01-01', 30, policyLog1);
const policy2 = policyVersion('2.0', '2026-12-15', 20, `${policyLog1}  - { version: "2.0", date: 2026-12-15, change: major, summary: "Answer in 20 minutes." }\n`);
const policyZh = (minutes: number, updated: string) =>
  `---\ntranslationOf: policies/quality-policy\nlang: zh-CN\ntitle: 质量方针\nupdated: ${updated}\n---\n\n我们在${minutes}分钟内答复每一项投诉。\n`;

const work = mkdtempSync(join(tmpdir(), 'sqms-in-force-'));
let repo: TempRepo;
beforeAll(() => {
  repo = new TempRepo();
  repo.write(validFiles()).write({ [KPI]: kpi1, [POLICY]: policy1, [POLICY_ZH]: policyZh(30, '2026-01-02') }).commit('1.10 in force', ANN, '2026-03-01T09:00:00+08:00');
  repo.write({ [PATH]: v2, [KPI]: kpi2, [POLICY]: policy2, [POLICY_ZH]: policyZh(20, '2026-12-15') }).commit('2.0 approved, takes effect on 15 Dec', BO, '2026-11-20T09:00:00+08:00');
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
/** The targets of KPI-CSAT in the exported scorecards (CSV column `target`). */
function exportedTargets(out: string): Set<string> {
  const targets = new Set<string>();
  for (const file of readdirSync(join(out, 'exports')).filter((f) => /^scorecard-.*\.csv$/.test(f))) {
    const [header, ...rows] = readFileSync(join(out, 'exports', file), 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    const cells = (line: string) => line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    const column = cells(header!).indexOf('target');
    for (const row of rows) if (cells(row)[2] === 'KPI-CSAT') targets.add(cells(row)[column]!);
  }
  return targets;
}
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

    // The KPI target approved for 15 Dec is announced, not applied: the page, the scorecards and the exports use 85.
    const kpi = page(out, 'kpis/KPI-CSAT');
    expect(kpi).toMatch(/Version 2\.0 takes effect on 15 Dec 2026\. Until then this version is in force\./);
    expect(kpi).toMatch(/<dt>Target<\/dt>\s*<dd>at least 85%<\/dd>/);
    expect(kpi).toMatch(/<tr data-field="target">\s*<th scope="row">Target<\/th>\s*<td><span>85<\/span><\/td>\s*<td><span>88<\/span><\/td>/);
    expect(page(out, 'zh/kpis/KPI-CSAT')).toContain('版本 2.0 将于 2026年12月15日 生效。在此之前，本版本为现行版本。');
    expect(exportedTargets(out)).toEqual(new Set(['85']));

    // The policy in force (1.0) is shown from history; its Chinese page shows 1.0 in English rather than the translation of 2.0.
    expect(page(out, 'pages/policies/quality-policy')).toContain('We answer every complaint within 30 minutes.');
    const policyZhPage = page(out, 'zh/pages/policies/quality-policy');
    expect(policyZhPage).toContain('We answer every complaint within 30 minutes.');
    expect(policyZhPage).not.toContain('20分钟');
    expect(policyZhPage).toContain('现有译文已按尚未生效的新版本更新。以下为现行版本的原文。');

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
    // On its date the new target is in force, and 1.0 is superseded from that date.
    const kpi = page(out, 'kpis/KPI-CSAT');
    expect(kpi).not.toContain('takes effect on 15 Dec 2026');
    expect(kpi).toMatch(/<dt>Target<\/dt>\s*<dd>at least 88%<\/dd>/);
    expect(kpi).toContain('Version 1.0, in force from 1 Jan 2026, superseded on 15 Dec 2026 by version 2.0.');
    // The scorecards are of periods that began before 15 Dec: they keep the target in force then (test/site/stores/period-objectives.test.ts).
    expect(exportedTargets(out)).toEqual(new Set(['85']));
    // On its date the policy's 2.0 and its translation are shown.
    expect(page(out, 'pages/policies/quality-policy')).toContain('We answer every complaint within 20 minutes.');
    expect(page(out, 'zh/pages/policies/quality-policy')).toContain('我们在20分钟内答复每一项投诉。');
  }, 300_000);
});

/**
 * An incremental build gives what a clean build gives (issue #17). The sample, with its Git history
 * (a clone of this repository: the versions in force, superseded versions and "changed since
 * approval" come from it), is built clean with a fresh cache; then SOP-DL-001's title and the actions
 * of its steps S1 and S2 are changed and committed, which shows on other pages too (SOP-CS-001 and
 * SOP-DL-002, the standards it implements, the KPIs that measure it and its owner's page list it by
 * its title; RISK-004 shows the words of S2), with the title of SOP-DL-002 (the units it is scoped to list it); the commit is built again with the first build's cache, and
 * built clean with a fresh one. Every file of the two sites is compared byte for byte: every HTML
 * page, the export files and the search index (Pagefind writes the same files for the same pages,
 * so equal files are equal search results). The rebuild must have restored pages from the cache
 * (Astro's log says "(restored)" for each), the unchanged SOPs' pages among them, and rendered the
 * pages that show the edit; else the test could pass by rendering everything.
 *
 * The clone holds what is committed: run it on a clean checkout (CI does).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIT_ENV } from '../helpers/git-repo.ts';
import { PROJECT_ROOT } from '../helpers/fixture.ts';

const TODAY = '2026-11-22';
const SOP = 'content/sops/delivery/SOP-DL-001.mdx';
const OLD_TITLE = 'title: Delivery exception handling';
const NEW_TITLE = 'Handling delivery exceptions and call-backs';
const OLD_ACTION = 'action: Report the exception in the driver app';
const NEW_ACTION = 'action: Report the exception at once in the driver app';
// Step S2 is named by a control of RISK-004, whose page shows its words.
const OLD_ACTION_2 = 'action: Review the early-warning list,';
const NEW_ACTION_2 = 'action: Review the early-warning list at once,';
// Also in the commit: the title of SOP-DL-002 (written in Chinese), which the pages of the four branches it is scoped to list.
const LISTED = 'content/sops/delivery/SOP-DL-002.mdx';
const OLD_LISTED_TITLE = 'title: 夜间配送作业';
const NEW_LISTED_TITLE = '夜间配送与交接作业';
const LISTING_UNITS = ['br-pudong', 'br-xuhui', 'br-guangzhou', 'br-shenzhen'];

// Inside the project (test-results/, ignored by Git): Astro writes its prerender chunks next to an
// output folder there, not in the shared .astro/ folder another build may be using (test/browser/build.ts).
mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
const work = mkdtempSync(join(PROJECT_ROOT, 'test-results', 'incremental-'));
const repo = join(work, 'handbook');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...env } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** `npm run build` (`sqms build`) of the clone into `out-<name>` with the cache folder `cache-<cache>`; returns the log. */
function build(name: string, cache: string): string {
  // Vitest sets Vite's BASE_URL, MODE, DEV, PROD and SSR in its environment: a build started from here must not inherit them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, SQMS_STRICT: _st, SQMS_LINKS: _l, SQMS_BASE: _ba, SQMS_REPO_URL: _r, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/sqms.ts'), 'build', '--outDir', join(work, `out-${name}`)], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...inherited, ...GIT_ENV, SQMS_ROOT: repo, SQMS_TODAY: TODAY, SQMS_CACHE_DIR: join(work, `cache-${cache}`), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`The build "${name}" failed (exit ${result.status}):\n${log.slice(-4000)}`);
  return log;
}

/** Every file below `dir`, by its path relative to it. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

/** The pages Astro's log says it restored from the cache (`/sops/SOP-QM-001/index.html`). */
// Not anchored to the line: with pages rendered four at a time, another page's name may stand before it on its line.
const restored = (log: string) => new Set([...log.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]!));

let rebuildLog = '';
let firstLog = '';
let cleanLog = '';
let rebuilt: Map<string, Buffer>;
let clean: Map<string, Buffer>;

beforeAll(() => {
  const cloned = spawnSync('git', ['clone', '-q', '--no-hardlinks', PROJECT_ROOT, repo], { encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (cloned.status !== 0) throw new Error(`git clone: ${cloned.stderr}`);
  firstLog = build('first', 'first');
  const file = join(repo, SOP);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(OLD_TITLE);
  expect(text).toContain(OLD_ACTION);
  expect(text).toContain(OLD_ACTION_2);
  writeFileSync(file, text.replace(OLD_TITLE, `title: ${NEW_TITLE}`).replace(OLD_ACTION, NEW_ACTION).replace(OLD_ACTION_2, NEW_ACTION_2));
  const listed = readFileSync(join(repo, LISTED), 'utf8');
  expect(listed).toContain(OLD_LISTED_TITLE);
  writeFileSync(join(repo, LISTED), listed.replace(OLD_LISTED_TITLE, `title: ${NEW_LISTED_TITLE}`));
  git(['add', '-A']);
  git(['-c', 'user.name=Qian Yun', '-c', 'user.email=qian.yun@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'SOP-DL-001: clearer title and first step'], {
    GIT_AUTHOR_DATE: '2026-11-21T10:00:00+08:00',
    GIT_COMMITTER_DATE: '2026-11-21T10:00:00+08:00',
  });
  rebuildLog = build('rebuild', 'first');
  cleanLog = build('clean', 'clean');
  rebuilt = files(join(work, 'out-rebuild'));
  clean = files(join(work, 'out-clean'));
}, 1_800_000);

describe('a rebuild with the previous build\'s cache', () => {
  it('restored the pages of the SOPs that do not show the edit, and rendered those that do', () => {
    const back = restored(rebuildLog);
    expect(back.size, 'pages restored').toBeGreaterThan(10);
    for (const page of ['/sops/SOP-QM-001/index.html', '/zh/sops/SOP-QM-001/index.html', '/sops/SOP-TR-001/index.html', '/sops/SOP-DC-001/v/2.1/index.html']) expect(back, page).toContain(page);
    // The SOP itself, and the SOPs that list it by its title (SOP-CS-001 in force from Git history).
    for (const page of ['/sops/SOP-DL-001/index.html', '/zh/sops/SOP-DL-001/index.html', '/sops/SOP-DL-002/index.html', '/sops/SOP-CS-001/index.html']) {
      expect(back, page).not.toContain(page);
      expect(rebuilt.has(page.slice(1)), page).toBe(true);
    }
    const related = readFileSync(join(work, 'out-rebuild', 'sops/SOP-DL-002/index.html'), 'utf8');
    expect(related).toContain(NEW_TITLE);
  });

  it('restored the pages of risks, standards, KPIs and people that do not show the SOP, and rendered those that do', () => {
    const back = restored(rebuildLog);
    for (const page of ['/risks/RISK-001/index.html', '/zh/risks/RISK-001/index.html', '/standards/STD-EMP-001/index.html', '/kpis/KPI-CSAT/index.html', '/zh/kpis/KPI-CSAT/index.html', '/people/li-wei/index.html']) {
      expect(back, page).toContain(page);
    }
    // RISK-004 shows the words of its step S2; the standards it implements, the KPIs that measure it and its owner list it by its title.
    for (const page of ['/risks/RISK-004/index.html', '/zh/risks/RISK-004/index.html', '/standards/STD-RESP-005/index.html', '/zh/standards/STD-RESP-005/index.html', '/kpis/KPI-OTD/index.html', '/people/qian-yun/index.html']) {
      expect(back, page).not.toContain(page);
      expect(rebuilt.has(page.slice(1)), page).toBe(true);
    }
    expect(readFileSync(join(work, 'out-rebuild', 'risks/RISK-004/index.html'), 'utf8')).toContain(NEW_ACTION_2.replace('action: ', ''));
    expect(readFileSync(join(work, 'out-rebuild', 'standards/STD-RESP-005/index.html'), 'utf8')).toContain(NEW_TITLE);
  });

  it('restored the pages of units, scorecards, audits and findings that show neither SOP, and rendered the units that list SOP-DL-002', () => {
    const back = restored(rebuildLog);
    const pages = (folder: string) => [...clean.keys()].filter((f) => new RegExp(`^(zh/)?${folder}/[^/]+/index\\.html$`).test(f)).map((f) => `/${f}`);
    const kinds = { units: pages('units'), unitScorecards: pages('scorecards/units'), periods: pages('scorecards').filter((p) => /\/\d{4}-/.test(p)), audits: pages('audits'), findings: pages('findings') };
    for (const [kind, list] of Object.entries(kinds)) expect(list.length, kind).toBeGreaterThan(kind === 'units' ? 10 : 1);
    // The audits of delivery name both SOPs, and findings name SOPs, by id only; scorecards read no SOP's title or steps.
    for (const page of [...kinds.unitScorecards, ...kinds.periods, ...kinds.audits, ...kinds.findings]) expect(back, page).toContain(page);
    const listing = kinds.units.filter((p) => LISTING_UNITS.some((u) => p.endsWith(`/units/${u}/index.html`)));
    expect(listing).toHaveLength(LISTING_UNITS.length * 2);
    for (const page of kinds.units) expect(back.has(page), page).toBe(!listing.includes(page));
    expect(readFileSync(join(work, 'out-rebuild', 'zh/units/br-pudong/index.html'), 'utf8')).toContain(NEW_LISTED_TITLE);
  });

  it('gives the same site as a clean build of the same commit: every page, export file and search index file, byte for byte', () => {
    const html = [...clean.keys()].filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(300);
    expect([...clean.keys()].some((f) => f.startsWith('exports/'))).toBe(true);
    expect([...clean.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    // Every file that differs, is missing or is extra, HTML pages first.
    const paths = [...new Set([...clean.keys(), ...rebuilt.keys()])];
    const differ = paths.filter((path) => !(clean.get(path) && rebuilt.get(path)?.equals(clean.get(path)!)));
    expect(differ.sort((a, b) => Number(b.endsWith('.html')) - Number(a.endsWith('.html')) || a.localeCompare(b))).toEqual([]);
  });
});

/** The export files of a built site, by name. */
const exportFiles = (site: Map<string, Buffer>) => new Map([...site].filter(([path]) => path.startsWith('exports/')));
const REUSED = 'export files reused from the previous build';
const COMPUTED = 'export worker (meanwhile)';

describe('the export files', () => {
  // After the SOP edit above: one measurement's counts change, which every export of its KPI reads.
  const MEASUREMENTS = 'data/measurements/2025-01.yaml';
  const OLD_COUNTS = '{ kpi: KPI-CSAT, unit: br-pudong, period: "2025-01", responses: [7, 9, 22, 169, 241] }';
  const NEW_COUNTS = '{ kpi: KPI-CSAT, unit: br-pudong, period: "2025-01", responses: [7, 9, 22, 170, 241] }';
  let measurementLog = '';
  let afterMeasurement: Map<string, Buffer>;
  let cleanAfterMeasurement: Map<string, Buffer>;
  beforeAll(() => {
    const file = join(repo, MEASUREMENTS);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(OLD_COUNTS);
    writeFileSync(file, text.replace(OLD_COUNTS, NEW_COUNTS));
    git(['add', '-A']);
    git(['-c', 'user.name=Qian Yun', '-c', 'user.email=qian.yun@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'January CSAT of br-pudong corrected'], {
      GIT_AUTHOR_DATE: '2026-11-21T11:00:00+08:00',
      GIT_COMMITTER_DATE: '2026-11-21T11:00:00+08:00',
    });
    measurementLog = build('measurement', 'first');
    build('clean-measurement', 'clean-measurement');
    afterMeasurement = exportFiles(files(join(work, 'out-measurement')));
    cleanAfterMeasurement = exportFiles(files(join(work, 'out-clean-measurement')));
  }, 1_800_000);

  it('are reused after an SOP edit (no export reads an SOP\'s steps or title), and are the clean build\'s byte for byte', () => {
    expect(firstLog).toContain(COMPUTED);
    expect(cleanLog).toContain(COMPUTED);
    expect(rebuildLog).toContain(REUSED);
    expect(rebuildLog).not.toContain(COMPUTED);
    const reused = exportFiles(rebuilt);
    expect(reused.size).toBeGreaterThan(10);
    expect([...reused.keys()].sort()).toEqual([...exportFiles(clean).keys()].sort());
    for (const [path, bytes] of exportFiles(clean)) expect(reused.get(path)?.equals(bytes), path).toBe(true);
  });

  it('are computed again after a measurement edit, and are the clean build\'s byte for byte', () => {
    expect(measurementLog).toContain(COMPUTED);
    expect(measurementLog).not.toContain(REUSED);
    // The edit shows in the files: they are not the previous build's.
    expect(afterMeasurement.get('exports/measurements.csv')?.equals(exportFiles(rebuilt).get('exports/measurements.csv')!)).toBe(false);
    expect([...afterMeasurement.keys()].sort()).toEqual([...cleanAfterMeasurement.keys()].sort());
    for (const [path, bytes] of cleanAfterMeasurement) expect(afterMeasurement.get(path)?.equals(bytes), path).toBe(true);
  });
});

/**
 * The wiki rows of `npm run bench` (issues 17 and 19): a wiki-shaped handbook (scripts/synth/wiki.ts:
 * plain Markdown pages in nested folders, many links of every style, some Chinese pages, 1 % of the
 * links broken) at each size the bench runs (small 500 pages, medium 2,000, large 4,500), with the
 * time and peak memory of `sqms check` and of `sqms build` (with `SQMS_LINKS=warn`, as during a
 * migration, since the broken links would stop it). Then the check's worst case: every link broken,
 * at 500 and at 2,000 pages; the time per link at 4× the pages shows whether the check stays linear
 * (the "did you mean" search is bounded).
 *
 * Handbooks are generated into .bench/wiki-<pages>[-broken]/ and reused while the generator and
 * its options are unchanged; results are written to .bench/wiki-results.json.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Run as MeasuredRun } from './bench.ts';
import { generateWiki, WIKI_GENERATOR_VERSION, type WikiOptions, type WikiStats } from './synth/wiki.ts';

export interface WikiBenchOptions {
  project: string;
  bench: string;
  /** The bench's sizes: small, medium, large. */
  sizes: readonly string[];
  skipBuild: boolean;
  regenerate: boolean;
  measure(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<MeasuredRun>;
}

export const WIKI_PAGES: Record<string, number> = { small: 500, medium: 2000, large: 4500 };
const SEED = 19;
/** The check's worst case is measured at these sizes: one and four times. */
const ALL_BROKEN_PAGES = [500, 2000] as const;

interface WikiRow {
  pages: number;
  allBroken: boolean;
  stats: Omit<WikiStats, 'broken'> & { brokenDeclared: number };
  check?: MeasuredRun & { errors: number | null };
  build?: MeasuredRun & { htmlPages: number };
}

function ensureWiki(dir: string, options: Omit<WikiOptions, 'out'>, regenerate: boolean): WikiStats {
  const marker = join(dir, '.wiki.json');
  if (!regenerate && existsSync(marker)) {
    try {
      const previous = JSON.parse(readFileSync(marker, 'utf8')) as { generator: number; options: unknown; stats: WikiStats };
      if (previous.generator === WIKI_GENERATOR_VERSION && JSON.stringify(previous.options) === JSON.stringify(options)) return previous.stats;
    } catch {
      // Generate again below.
    }
  }
  const stats = generateWiki({ ...options, out: dir });
  writeFileSync(marker, JSON.stringify({ generator: WIKI_GENERATOR_VERSION, options, stats }));
  return stats;
}

const peak = (r: MeasuredRun | undefined) => (r && r.peakTreeMB !== null ? Math.max(r.peakTreeMB, r.peakProcessMB ?? 0) : null);

/** The number of errors in the check's closing line ("…: 25 errors, 3 warnings…"). */
function errorsOf(logFile: string): number | null {
  const m = /: ([\d,]+) errors?, /.exec(readFileSync(logFile, 'utf8'));
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}

function countHtml(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
}

/** Runs the wiki rows; false when a run failed or the check did not report exactly the broken links declared. */
export async function benchWiki(o: WikiBenchOptions): Promise<boolean> {
  const node = process.execPath;
  const sqms = join(o.project, 'src/cli/sqms.ts');
  const rows: WikiRow[] = [];
  let ok = true;
  const plans = [
    ...o.sizes.filter((s) => WIKI_PAGES[s] !== undefined).map((s) => ({ pages: WIKI_PAGES[s]!, allBroken: false })),
    ...ALL_BROKEN_PAGES.map((pages) => ({ pages, allBroken: true })),
  ];
  for (const plan of plans) {
    const name = `wiki-${plan.pages}${plan.allBroken ? '-broken' : ''}`;
    const dir = join(o.bench, name);
    const stats = ensureWiki(dir, { pages: plan.pages, seed: SEED, ...(plan.allBroken ? { allBroken: true } : {}) }, o.regenerate);
    const { broken, ...rest } = stats;
    const row: WikiRow = { pages: plan.pages, allBroken: plan.allBroken, stats: { ...rest, brokenDeclared: broken.length } };
    console.log(`\n[${name}] ${stats.pages} pages (${stats.chinesePages} in Chinese) in ${stats.folders} folders, ${stats.links.toLocaleString('en')} links, ${broken.length.toLocaleString('en')} broken`);
    const checkLog = join(o.bench, `check-${name}.log`);
    const check = await o.measure(node, [sqms, 'check', '--root', dir, '--today', '2026-11-22'], { ...process.env, SQMS_LINKS: '' }, checkLog);
    const errors = errorsOf(checkLog);
    row.check = { ...check, errors };
    const agrees = errors === broken.length;
    if (!agrees) ok = false;
    console.log(`  check: ${check.seconds} s, peak ${peak(check)} MB, ${errors ?? '?'} errors for ${broken.length} broken links declared${agrees ? '' : ' (DISAGREE)'}; ${((check.seconds * 1e6) / Math.max(1, stats.links)).toFixed(1)} µs per link (${relative(o.project, checkLog)})`);
    if (!o.skipBuild && !plan.allBroken) {
      const outDir = join(o.bench, `out-${name}`);
      rmSync(outDir, { recursive: true, force: true });
      const config = join(o.bench, `astro.config.${name}.mjs`);
      writeFileSync(config, `import base from '../astro.config.mjs';\nexport default { ...base, cacheDir: './.bench/cache-${name}' };\n`);
      rmSync(join(o.bench, `cache-${name}`), { recursive: true, force: true });
      const buildLog = join(o.bench, `build-${name}.log`);
      const build = await o.measure(node, [sqms, 'build', '--config', relative(o.project, config), '--outDir', outDir], { ...process.env, SQMS_ROOT: dir, SQMS_LINKS: 'warn', SQMS_TODAY: '2026-11-22', ASTRO_TELEMETRY_DISABLED: '1' }, buildLog);
      const htmlPages = countHtml(outDir);
      row.build = { ...build, htmlPages };
      if (!build.ok) ok = false;
      console.log(`  build: ${build.seconds} s, peak ${peak(build)} MB, exit ${build.exitCode}, ${htmlPages} HTML pages, ${((build.seconds * 1000) / Math.max(1, htmlPages)).toFixed(1)} s per 1,000 HTML pages (${relative(o.project, buildLog)})`);
    }
    rows.push(row);
  }

  console.log('\nWiki-shaped handbook (scripts/synth/wiki.ts):');
  console.log('  pages  links    broken  check s  µs/link  build s  build MB  HTML pages');
  for (const r of rows) {
    const cells = [
      `${r.pages}${r.allBroken ? '*' : ''}`.padStart(6),
      String(r.stats.links).padStart(6),
      String(r.stats.brokenDeclared).padStart(8),
      (r.check?.seconds.toFixed(2) ?? '-').padStart(8),
      (r.check ? ((r.check.seconds * 1e6) / Math.max(1, r.stats.links)).toFixed(1) : '-').padStart(8),
      (r.build?.seconds.toFixed(1) ?? '-').padStart(8),
      String(peak(r.build) ?? '-').padStart(9),
      String(r.build?.htmlPages ?? '-').padStart(11),
    ];
    console.log(`  ${cells.join(' ')}`);
  }
  console.log('  (* every link broken)');
  const [one, four] = ALL_BROKEN_PAGES.map((p) => rows.find((r) => r.allBroken && r.pages === p));
  if (one?.check && four?.check) {
    const perLink = (r: WikiRow) => (r.check!.seconds * 1e6) / Math.max(1, r.stats.links);
    const ratio = four.check.seconds / one.check.seconds;
    const links = four.stats.links / one.stats.links;
    // Linear: the time grows with the links (plus a fixed start-up cost); quadratic would be links² (16× for 4×).
    console.log(`  check with every link broken stays linear: ${links.toFixed(1)}× the links take ${ratio.toFixed(2)}× the time (${one.check.seconds} → ${four.check.seconds} s; ${perLink(one).toFixed(0)} → ${perLink(four).toFixed(0)} µs per link, the start-up cost spread over more links; quadratic would be ${(links * links).toFixed(0)}×)  ${ratio <= links * 1.25 ? 'PASS' : 'FAIL'}`);
  }
  writeFileSync(join(o.bench, 'wiki-results.json'), `${JSON.stringify({ date: new Date().toISOString(), seed: SEED, rows }, null, 2)}\n`);
  return ok;
}

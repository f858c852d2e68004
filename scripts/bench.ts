/**
 * Benchmarks the check and the site build on synthetic handbooks of several sizes.
 *
 *   npm run bench [-- --sizes small,medium] [-- --skip-build] [-- --skip-check] [-- --skip-baseline]
 *                 [-- --skip-reference]
 *                 [-- --measurement-format yaml] [-- --regenerate] [-- --skip-wiki] [-- --wiki-only]
 *
 * Handbooks are generated into .bench/<size>/ (git-ignored) and reused while the generator and its
 * options are unchanged. For each size the check (`sqms check --format json`) and the build
 * (`sqms build`, what `npm run build` runs, with SQMS_ROOT pointing at the handbook) run as child processes; wall time and the
 * peak memory of the whole process tree are measured by sampling /proc every 100 ms (Linux; no
 * extra packages). Results are printed as a table and written to .bench/results.json.
 *
 * Baseline: after our build, the same size is built by scripts/bench-baseline/, a minimal Astro site
 * of its own (its own Astro root, src/ and config; none of the handbook's pages, model or search)
 * that renders the same MDX bodies (every SOP under SQMS_ROOT/content/sops) into one page each. It is
 * measured the same way (cold: its cache in .bench/cache-baseline-<size>, output in
 * .bench/out-baseline-<size>, log in .bench/baseline-<size>.log), and the table compares the two:
 * seconds, seconds per 1,000 SOP pages, peak MB, and the ratio of peak memory against its target
 * (≤ 1.2× the baseline's, issue #17). --skip-baseline leaves the baseline and the reference out;
 * --skip-build leaves out every build.
 *
 * Rebuild after one edit (--skip-rebuild leaves it out): right after our build, one step of one SOP is
 * changed (its `action` text) and the handbook is built again with the first build's cache in place
 * (the same config and cache folder, a fresh output folder), then the file is restored. Issue #17's
 * target is ≤ 0.5× the clean build of the same run. Before the file is restored, the handbook is
 * built a third time with nothing changed since the rebuild ("rebuild, nothing changed"): every
 * keyed page is restored, so its time is the floor of any rebuild, what a build costs whatever
 * changed (Astro's start, bundling, the pages without a key, the search index and the exports).
 * Under every build of ours the bench prints Astro's phases from its log (start and content sync,
 * bundling, generating pages) and the last step's (`Phases:`).
 *
 * Reference (--skip-reference leaves it out): the same minimal site with only the two things every
 * SOP costs in the handbook beyond its body: a second page under /zh/ (the handbook shows every SOP
 * in both interface languages) and a search index over the first pages, written by the handbook's
 * own indexing code once Astro has exited (scripts/bench-index.ts), as `sqms build` does. Its time
 * is the sum of the two steps, its memory the higher peak. Issue #17's target for the clean build
 * is ≤ 1.3× the reference's time.
 *
 * The three targets of issue #17, each a ratio of two builds of the same run, are printed together
 * at the end ("Targets"): clean build ≤ 1.3× the reference's time, its peak memory ≤ 1.2× the
 * baseline's, and the rebuild after a one-SOP edit ≤ 0.5× the clean build.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS, GENERATOR_VERSION, generateHandbook, type SynthOptions, type SynthStats } from './synth/generate.ts';
import { benchWiki } from './bench-wiki.ts';

const PROJECT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BENCH = join(PROJECT, '.bench');

const SIZES: Record<string, Pick<SynthOptions, 'sops' | 'units' | 'kpis' | 'months'>> = {
  small: { sops: 500, units: 50, kpis: 20, months: 24 },
  medium: { sops: 2000, units: 100, kpis: 30, months: 36 },
  large: { sops: 5000, units: 200, kpis: 40, months: 36 },
};

/** Targets printed next to the results. */
const CHECK_TARGET_SECONDS = 10;
/** Issue #17: our clean build takes at most this many times the reference's time (the baseline in two languages with a search index). */
const REFERENCE_TIME_RATIO = 1.3;
/** Issue #17: our clean build's peak memory is at most this many times the minimal baseline's. */
const BASELINE_MEMORY_RATIO = 1.2;
const BASELINE_ROOT = 'scripts/bench-baseline';

export interface Run {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  /** Highest sum of VmRSS over the process tree seen in one sample, in MB. */
  peakTreeMB: number | null;
  /** Highest VmHWM (own peak RSS) of any single process in the tree, in MB. */
  peakProcessMB: number | null;
  log: string;
}

interface SizeResult {
  size: string;
  options: Omit<SynthOptions, 'out'>;
  stats: SynthStats;
  generatedNow: boolean;
  generationSeconds: number;
  check?: Run & { errors: number | null; warnings: number | null };
  build?: Run & { htmlPages: number };
  /** The same build again after one step of one SOP was changed, with the first build's cache present. */
  rebuild?: Run & { htmlPages: number; edited: string; restored: number };
  /** A third build right after the rebuild, nothing changed: the fixed cost of any rebuild. */
  unchanged?: Run & { htmlPages: number; restored: number };
  /** The minimal Astro site of scripts/bench-baseline/ built from the same SOP bodies. */
  baseline?: Run & { htmlPages: number };
  /** The same site with each body also under /zh/, then a search index over it (see the top). */
  reference?: Run & { htmlPages: number; indexSeconds: number | null };
}

function parseArgs(argv: string[]) {
  const o = { sizes: ['small', 'medium', 'large'], skipBuild: false, skipCheck: false, skipBaseline: false, skipReference: false, skipRebuild: false, regenerate: false, format: 'csv' as 'csv' | 'yaml', skipWiki: false, wikiOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--sizes') o.sizes = (argv[++i] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--skip-build') o.skipBuild = true;
    else if (a === '--skip-check') o.skipCheck = true;
    else if (a === '--skip-baseline') o.skipBaseline = true;
    else if (a === '--skip-reference') o.skipReference = true;
    else if (a === '--skip-rebuild') o.skipRebuild = true;
    else if (a === '--regenerate') o.regenerate = true;
    else if (a === '--skip-wiki') o.skipWiki = true;
    else if (a === '--wiki-only') o.wikiOnly = true;
    else if (a === '--measurement-format') {
      const f = argv[++i];
      if (f !== 'csv' && f !== 'yaml') throw new Error('--measurement-format is csv or yaml.');
      o.format = f;
    } else if (a === '--help' || a === '-h') {
      console.log('Usage: npm run bench -- [--sizes small,medium,large] [--skip-build] [--skip-check] [--skip-baseline] [--skip-reference] [--skip-rebuild] [--measurement-format csv|yaml] [--regenerate] [--skip-wiki] [--wiki-only]');
      process.exit(0);
    } else throw new Error(`Unknown option ${a}. Try --help.`);
  }
  for (const s of o.sizes) if (!SIZES[s]) throw new Error(`Unknown size "${s}"; sizes are ${Object.keys(SIZES).join(', ')}.`);
  return o;
}

/** Generates the handbook for `size` unless .bench/<dir>/.synth.json shows the same generator and options. */
function ensureHandbook(dir: string, options: Omit<SynthOptions, 'out'>, regenerate: boolean): { stats: SynthStats; generatedNow: boolean; seconds: number } {
  const marker = join(dir, '.synth.json');
  if (!regenerate && existsSync(marker)) {
    try {
      const previous = JSON.parse(readFileSync(marker, 'utf8')) as { generator: number; options: unknown; stats: SynthStats };
      if (previous.generator === GENERATOR_VERSION && JSON.stringify(previous.options) === JSON.stringify(options)) {
        return { stats: previous.stats, generatedNow: false, seconds: previous.stats.seconds };
      }
    } catch {
      // Regenerate below.
    }
  }
  const stats = generateHandbook({ ...options, out: dir });
  return { stats, generatedNow: true, seconds: stats.seconds };
}

// ---------------------------------------------------------------------------------------------
// Process-tree memory sampling through /proc.

function readStatusKB(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(text);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(text);
    if (!rss) return undefined;
    return { rss: Number(rss[1]), hwm: hwm ? Number(hwm[1]) : Number(rss[1]) };
  } catch {
    return undefined;
  }
}

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (text) for (const c of text.split(/\s+/)) out.push(Number(c));
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  } catch {
    // The process ended.
  }
  return out;
}

function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all;
}

const procAvailable = existsSync('/proc/self/status');

/** Runs a command, sampling the memory of its process tree every 100 ms; output goes to `logFile`. */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<Run> {
  return new Promise((resolveRun) => {
    const fd = openSync(logFile, 'w');
    const started = performance.now();
    const child = spawn(command, args, { cwd: PROJECT, env, stdio: ['ignore', fd, fd] });
    let peakTree = 0;
    let peakProcess = 0;
    const sample = () => {
      if (!procAvailable || child.pid === undefined) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        const s = readStatusKB(pid);
        if (!s) continue;
        sum += s.rss;
        peakProcess = Math.max(peakProcess, s.hwm);
      }
      peakTree = Math.max(peakTree, sum);
    };
    const timer = setInterval(sample, 100);
    sample();
    child.on('exit', (code) => {
      clearInterval(timer);
      closeSync(fd);
      const seconds = (performance.now() - started) / 1000;
      resolveRun({
        ok: code === 0,
        exitCode: code,
        seconds: round(seconds, 2),
        peakTreeMB: procAvailable ? round(peakTree / 1024, 0) : null,
        peakProcessMB: procAvailable ? round(peakProcess / 1024, 0) : null,
        log: relative(PROJECT, logFile),
      });
    });
  });
}

/** Two runs one after the other as one: times add up, the peak is the higher one; the second is missing when the first failed. */
function sequence(first: Run, second: Run | undefined): Run {
  if (!second) return first;
  const max = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.max(a, b));
  return {
    ok: first.ok && second.ok,
    exitCode: second.exitCode,
    seconds: round(first.seconds + second.seconds, 2),
    peakTreeMB: max(first.peakTreeMB, second.peakTreeMB),
    peakProcessMB: max(first.peakProcessMB, second.peakProcessMB),
    log: second.ok ? `${first.log}, ${second.log}` : second.log,
  };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));
const peakMB = (r: Run | undefined) => (r && r.peakTreeMB !== null ? Math.max(r.peakTreeMB, r.peakProcessMB ?? 0) : null);

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) n += countHtml(full);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------

/**
 * Builds scripts/bench-baseline/ for a size, cold (output and cache emptied first), measured. Its
 * own Astro root (--root), so neither the project's astro.config.mjs nor its src/ is used; it reads
 * only SQMS_ROOT/content/sops.
 */
async function buildMinimalSite(kind: 'baseline' | 'reference', size: string, handbookDir: string, env: NodeJS.ProcessEnv) {
  const outDir = join(BENCH, `out-${kind}-${size}`);
  const cacheDir = join(BENCH, `cache-${kind}-${size}`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const astro = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
  const run = await measure(
    process.execPath,
    [astro, 'build', '--root', BASELINE_ROOT, '--outDir', outDir],
    { ...process.env, ...env, SQMS_ROOT: handbookDir, SQMS_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    join(BENCH, `${kind}-${size}.log`),
  );
  return { run, outDir, htmlPages: countHtml(outDir) };
}

/** Issue #17: a rebuild after a one-SOP edit costs at most this share of the clean build. */
const REBUILD_RATIO = 0.5;

/**
 * Changes the first step's `action` of the first SOP (in file order) and builds again with the
 * cache of the build just made (same config, so the same cache folder), into its own output folder;
 * the file is put back afterwards, whatever happens.
 */
/** Astro's log marks each page copied from the previous build (incremental build) "(restored)". */
function restoredIn(log: string): number {
  return existsSync(log) ? (readFileSync(log, 'utf8').match(/\(restored\)/g) ?? []).length : 0;
}

type Rebuilds = { edit: Run & { htmlPages: number; edited: string; restored: number }; unchanged: (Run & { htmlPages: number; restored: number }) | undefined };

async function rebuildAfterOneEdit(dir: string, name: string, config: string, env: NodeJS.ProcessEnv): Promise<Rebuilds> {
  const sops = join(dir, 'content/sops');
  const area = readdirSync(sops).sort()[0]!;
  const file = join(sops, area, readdirSync(join(sops, area)).filter((f) => f.endsWith('.mdx')).sort()[0]!);
  const original = readFileSync(file, 'utf8');
  const edited = original.replace(/^(\s+action: )/m, '$1Edited for the rebuild benchmark, ');
  if (edited === original) throw new Error(`No step action to edit in ${file}.`);
  const outDir = join(BENCH, `out-${name}-rebuild`);
  rmSync(outDir, { recursive: true, force: true });
  writeFileSync(file, edited);
  try {
    const log = join(BENCH, `rebuild-${name}.log`);
    const run = await measure(process.execPath, [join(PROJECT, 'src/cli/sqms.ts'), 'build', '--config', relative(PROJECT, config), '--outDir', outDir], env, log);
    const edit = { ...run, htmlPages: countHtml(outDir), edited: relative(dir, file), restored: restoredIn(log) };
    if (!run.ok) return { edit, unchanged: undefined };
    const again = join(BENCH, `out-${name}-unchanged`);
    rmSync(again, { recursive: true, force: true });
    const againLog = join(BENCH, `unchanged-${name}.log`);
    const second = await measure(process.execPath, [join(PROJECT, 'src/cli/sqms.ts'), 'build', '--config', relative(PROJECT, config), '--outDir', again], env, againLog);
    return { edit, unchanged: { ...second, htmlPages: countHtml(again), restored: restoredIn(againLog) } };
  } finally {
    writeFileSync(file, original);
  }
}

/** Seconds in one of Astro's "Completed in 1m 15s." / "built in 43.60s" texts. */
function astroSeconds(text: string): number | null {
  const m = /(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)/.exec(text);
  if (!m) return null;
  return Number(m[1] ?? 0) * 60 + (m[2] !== undefined ? Number(m[2]) : Number(m[3]) / 1000);
}

/**
 * Astro's phases as its log reports them: collecting build info (start, content sync, types),
 * bundling (Vite's first "built in": every page module and MDX body), generating the pages.
 */
function astroPhases(lines: readonly string[]): string | undefined {
  const strip = (l: string) => l.replace(/\x1b\[[0-9;]*m/g, '');
  const plain = lines.map(strip);
  const collect = plain.findIndex((l) => l.includes('Collecting build info'));
  const start = collect < 0 ? undefined : plain.slice(collect + 1).find((l) => /\[build\] ✓ Completed in/.test(l));
  const bundle = plain.find((l) => /\[vite\] ✓ built in/.test(l));
  const gen = plain.findIndex((l) => l.includes('generating static routes'));
  const pages = gen < 0 ? undefined : plain.slice(gen + 1).find((l) => /^\S*\s*✓ Completed in/.test(l) && !l.includes('[build]'));
  const parts: string[] = [];
  const put = (what: string, line: string | undefined, after: RegExp) => {
    const s = line === undefined ? null : astroSeconds(line.split(after)[1] ?? '');
    if (s !== null) parts.push(`${what} ${s.toFixed(1)} s`);
  };
  put('start, content sync and types', start, /Completed in/);
  put('bundling', bundle, /built in/);
  put('generating pages', pages, /Completed in/);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * One line on a finished build, and the end of its log when it failed; for our builds, the phases
 * of the last step (search index and export files) as `sqms build` printed them.
 */
function report(what: string, run: Run, htmlPages: number): void {
  console.log(`  ${what}: ${run.seconds} s, peak ${peakMB(run)} MB, exit ${run.exitCode}, ${htmlPages} HTML pages (${run.log})`);
  const lastLog = readFileSync(join(PROJECT, run.log.split(', ').at(-1)!), 'utf8').split('\n');
  if (!run.ok) console.log(lastLog.slice(-15).map((l) => `    ${l}`).join('\n'));
  const astro = astroPhases(lastLog);
  if (astro) console.log(`    Astro: ${astro}`);
  for (const line of lastLog) {
    if (/^\[sqms\] (Phases: |Search index and export files written in )/.test(line)) console.log(`    ${line.replace(/^\[sqms\] /, '')}`);
  }
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(BENCH, { recursive: true });
  const node = process.execPath;
  const sqms = join(PROJECT, 'src/cli/sqms.ts');
  const results: SizeResult[] = [];

  for (const size of o.wikiOnly ? [] : o.sizes) {
    const name = o.format === 'csv' ? size : `${size}-${o.format}`;
    const dir = join(BENCH, name);
    const options = { ...DEFAULTS, ...SIZES[size]!, measurementFormat: o.format };
    process.stdout.write(`\n[${name}] ${options.sops} SOPs, ${options.units} units, ${options.kpis} KPIs, ${options.months} months: `);
    const gen = ensureHandbook(dir, options, o.regenerate);
    process.stdout.write(
      gen.generatedNow
        ? `generated ${gen.stats.measurements.toLocaleString('en')} measurements, ${gen.stats.files} files in ${gen.seconds.toFixed(2)} s\n`
        : `reusing ${relative(PROJECT, dir)} (generated earlier in ${gen.seconds.toFixed(2)} s)\n`,
    );
    console.log(`  records: ${recordCounts(gen.stats)}`);
    const result: SizeResult = { size: name, options, stats: gen.stats, generatedNow: gen.generatedNow, generationSeconds: gen.seconds };

    if (!o.skipCheck) {
      const log = join(BENCH, `check-${name}.json`);
      const run = await measure(node, [sqms, 'check', '--root', dir, '--format', 'json'], process.env, log);
      let errors: number | null = null;
      let warnings: number | null = null;
      try {
        const report = JSON.parse(readFileSync(log, 'utf8')) as { errors?: number; warnings?: number; diagnostics?: { severity: string }[] };
        errors = report.errors ?? report.diagnostics?.filter((d) => d.severity === 'error').length ?? null;
        warnings = report.warnings ?? report.diagnostics?.filter((d) => d.severity === 'warning').length ?? null;
      } catch {
        // Not JSON: the check crashed; the log says why.
      }
      result.check = { ...run, errors, warnings };
      console.log(`  check: ${run.seconds} s, peak ${peakMB(run)} MB, exit ${run.exitCode}, ${errors ?? '?'} errors, ${warnings ?? '?'} warnings (${run.log})`);
    }

    if (!o.skipBuild) {
      const outDir = join(BENCH, `out-${name}`);
      rmSync(outDir, { recursive: true, force: true });
      // A config of its own per size keeps Astro's content cache apart from the project's own
      // (node_modules/.astro), so benchmarks neither reuse nor overwrite it.
      const config = join(BENCH, `astro.config.${name}.mjs`);
      writeFileSync(config, `import base from '../astro.config.mjs';\nexport default { ...base, cacheDir: './.bench/cache-${name}' };\n`);
      rmSync(join(BENCH, `cache-${name}`), { recursive: true, force: true });
      const log = join(BENCH, `build-${name}.log`);
      const env = { ...process.env, SQMS_ROOT: dir, ASTRO_TELEMETRY_DISABLED: '1' };
      const run = await measure(node, [sqms, 'build', '--config', relative(PROJECT, config), '--outDir', outDir], env, log);
      const htmlPages = countHtml(outDir);
      result.build = { ...run, htmlPages };
      report('build', run, htmlPages);
      if (run.ok && !o.skipRebuild) {
        const rebuilds = await rebuildAfterOneEdit(dir, name, config, env);
        result.rebuild = rebuilds.edit;
        result.unchanged = rebuilds.unchanged;
        report(`rebuild after editing a step of ${result.rebuild.edited}`, result.rebuild, result.rebuild.htmlPages);
        console.log(`  rebuild: ${result.rebuild.restored} of ${result.rebuild.htmlPages} HTML pages restored from the first build, the others rendered`);
        console.log(`  rebuild / clean build: ${(result.rebuild.seconds / run.seconds).toFixed(2)}× (target ≤ ${REBUILD_RATIO}×)`);
        const floor = result.unchanged;
        if (floor) {
          report('rebuild, nothing changed since the rebuild (the fixed cost of any rebuild)', floor, floor.htmlPages);
          console.log(`  rebuild, nothing changed: ${floor.restored} of ${floor.htmlPages} HTML pages restored; ${(floor.seconds / run.seconds).toFixed(2)}× the clean build`);
        }
      }
    }

    if (!o.skipBuild && !o.skipBaseline) {
      const { run, htmlPages } = await buildMinimalSite('baseline', name, dir, {});
      result.baseline = { ...run, htmlPages };
      report('baseline', run, htmlPages);
    }

    if (!o.skipBuild && !o.skipBaseline && !o.skipReference) {
      const site = await buildMinimalSite('reference', name, dir, { SQMS_BASELINE_REFERENCE: '1' });
      const index = site.run.ok
        ? await measure(node, [join(PROJECT, 'scripts/bench-index.ts'), site.outDir], process.env, join(BENCH, `reference-index-${name}.log`))
        : undefined;
      const run = sequence(site.run, index);
      result.reference = { ...run, htmlPages: site.htmlPages, indexSeconds: index?.ok ? index.seconds : null };
      report('reference (baseline in two languages, then a search index)', run, site.htmlPages);
    }
    results.push(result);
  }

  printTable(results);
  // Keep the results of sizes not run this time, so that runs of single sizes add up.
  const file = join(BENCH, 'results.json');
  let previous: (SizeResult & { date?: string })[] = [];
  try {
    previous = (JSON.parse(readFileSync(file, 'utf8')) as { results: (SizeResult & { date?: string })[] }).results ?? [];
  } catch {
    // First run, or an unreadable file: start afresh.
  }
  const date = new Date().toISOString();
  const merged = [...previous.filter((p) => !results.some((r) => r.size === p.size)), ...results.map((r) => ({ ...r, date }))];
  merged.sort((a, b) => a.stats.sops - b.stats.sops || a.size.localeCompare(b.size));
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryMB: Math.round(totalmem() / 2 ** 20) };
  const sampling = procAvailable ? '/proc VmRSS summed over the process tree every 100 ms, and VmHWM per process' : 'unavailable';
  writeFileSync(file, `${JSON.stringify({ date, machine, memorySampling: sampling, results: merged }, null, 2)}\n`);
  console.log(`\nResults written to ${relative(PROJECT, file)}.`);
  // A failed target is reported, not an error; a build that fails is.
  const failed = results.some((r) => (r.check && r.check.errors !== 0) || (r.build && !r.build.ok) || (r.rebuild && !r.rebuild.ok) || (r.unchanged && !r.unchanged.ok) || (r.baseline && !r.baseline.ok) || (r.reference && !r.reference.ok));
  // The wiki-shaped handbook's rows (scripts/bench-wiki.ts).
  const wikiOk = o.skipWiki || (await benchWiki({ project: PROJECT, bench: BENCH, sizes: o.sizes, skipBuild: o.skipBuild, regenerate: o.regenerate, measure }));
  return failed || !wikiOk ? 1 : 0;
}

/** The quality records of a synthetic handbook, as one line. */
function recordCounts(s: SynthStats): string {
  const n = (x: number) => x.toLocaleString('en');
  return (
    `${n(s.actions)} actions (${n(s.recordActions)} opened by records), ${n(s.complaintEntries)} complaint register entries ` +
    `(${n(s.complaintsReceived)} complaints, ${n(s.majorComplaints)} major), ${n(s.audits)} audits, ${n(s.findings)} findings, ` +
    `${n(s.inspections)} monthly inspection records, ${n(s.visits)} mystery-shopper visits`
  );
}

function printTable(results: SizeResult[]): void {
  const head = ['size', 'SOPs', 'measurements', 'gen s', 'check s', 'check MB', 'errors', 'build s', 'build MB', 'HTML', 'build s/1k SOPs', 'check s/1k SOPs'];
  const rows = results.map((r) => [
    r.size,
    String(r.stats.sops),
    r.stats.measurements.toLocaleString('en'),
    r.generationSeconds.toFixed(2),
    r.check ? r.check.seconds.toFixed(2) : '–',
    r.check ? String(peakMB(r.check) ?? '?') : '–',
    r.check ? String(r.check.errors ?? '?') : '–',
    r.build ? (r.build.ok ? r.build.seconds.toFixed(1) : 'failed') : '–',
    r.build ? String(peakMB(r.build) ?? '?') : '–',
    r.build ? String(r.build.htmlPages) : '–',
    r.build?.ok ? (r.build.seconds / (r.stats.sops / 1000)).toFixed(1) : '–',
    r.check ? (r.check.seconds / (r.stats.sops / 1000)).toFixed(2) : '–',
  ]);
  printRows(head, rows);

  const compared = results.filter((r) => r.build || r.baseline);
  if (compared.some((r) => r.baseline)) {
    console.log(`\nBuild next to the minimal Astro baseline (${BASELINE_ROOT}, same MDX bodies; time for information, memory ≤ ${BASELINE_MEMORY_RATIO}×) and the reference (time ≤ ${REFERENCE_TIME_RATIO}×)`);
    const cmp = compared.map((r) => {
      const v = versusBaseline(r);
      const secs = (run: Run | undefined) => (run ? (run.ok ? run.seconds.toFixed(1) : 'failed') : '–');
      const perK = (run: Run | undefined) => (run?.ok ? (run.seconds / (r.stats.sops / 1000)).toFixed(1) : '–');
      const mb = (run: Run | undefined) => (run ? String(peakMB(run) ?? '?') : '–');
      return [
        r.size,
        String(r.stats.sops),
        secs(r.build),
        secs(r.baseline),
        perK(r.build),
        perK(r.baseline),
        v.time === null ? '–' : `${v.time.toFixed(2)}×`,
        secs(r.reference),
        v.referenceTime === null ? '–' : `${v.referenceTime.toFixed(2)}× ${v.referenceTime <= REFERENCE_TIME_RATIO ? 'PASS' : 'FAIL'}`,
        mb(r.build),
        mb(r.baseline),
        v.memory === null ? '–' : `${v.memory.toFixed(2)}× ${v.memory <= BASELINE_MEMORY_RATIO ? 'PASS' : 'FAIL'}`,
        r.build ? String(r.build.htmlPages) : '–',
        r.baseline ? String(r.baseline.htmlPages) : '–',
      ];
    });
    printRows(
      ['size', 'SOPs', 'ours s', 'base s', 'ours s/1k SOPs', 'base s/1k SOPs', 'time / base', 'ref s', `time / ref ≤${REFERENCE_TIME_RATIO}`, 'ours MB', 'base MB', `mem ratio ≤${BASELINE_MEMORY_RATIO}`, 'ours HTML', 'base HTML'],
      cmp,
    );
  }

  console.log('\nTargets:');
  const large = results.find((r) => r.stats.sops >= 5000 && r.stats.measurements >= 200_000 && r.check);
  if (large?.check) {
    const pass = large.check.seconds < CHECK_TARGET_SECONDS && large.check.errors === 0;
    console.log(`  check of ${large.stats.sops.toLocaleString('en')} SOPs + ${large.stats.measurements.toLocaleString('en')} measurements < ${CHECK_TARGET_SECONDS} s: ${large.check.seconds.toFixed(2)} s  ${pass ? 'PASS' : 'FAIL'}`);
  } else {
    console.log(`  check of 5,000 SOPs + 200k measurements < ${CHECK_TARGET_SECONDS} s: not measured (run the large size)`);
  }
  // Issue #17's three targets, from the builds of one run, each as a ratio.
  for (const r of results) {
    if (!r.build) continue;
    const note = r.stats.sops >= 5000 ? '' : ' (the targets are set at 5,000 SOPs; smaller sizes carry more fixed start-up cost)';
    const v = versusBaseline(r);
    const verdict = (ratio: number, limit: number) => `${ratio.toFixed(2)}×  ${ratio <= limit ? 'PASS' : 'FAIL'}`;
    console.log(
      `  ${r.size}: clean build ≤ ${REFERENCE_TIME_RATIO}× the reference's time: ` +
        (v.referenceTime === null ? 'not measured (needs our build and the reference; drop --skip-baseline/--skip-reference)' : `${r.build.seconds.toFixed(1)} s vs ${r.reference!.seconds.toFixed(1)} s = ${verdict(v.referenceTime, REFERENCE_TIME_RATIO)}${note}`),
    );
    console.log(
      `  ${r.size}: clean build's peak memory ≤ ${BASELINE_MEMORY_RATIO}× the baseline's: ` +
        (v.memory === null ? 'not measured (needs our build and the baseline; drop --skip-baseline)' : `${peakMB(r.build)} MB vs ${peakMB(r.baseline)} MB = ${verdict(v.memory, BASELINE_MEMORY_RATIO)}`),
    );
    const rebuild = r.rebuild;
    console.log(
      `  ${r.size}: rebuild after a one-SOP edit ≤ ${REBUILD_RATIO}× the clean build: ` +
        (!r.build.ok || !rebuild ? 'not measured (needs the clean build and the rebuild; drop --skip-rebuild)' : !rebuild.ok ? 'the rebuild failed' : `${rebuild.seconds.toFixed(1)} s vs ${r.build.seconds.toFixed(1)} s = ${verdict(rebuild.seconds / r.build.seconds, REBUILD_RATIO)}`),
    );
    const floor = r.unchanged;
    if (r.build.ok && floor?.ok) console.log(`  ${r.size}: rebuild with nothing changed (information: the fixed cost of any rebuild): ${floor.seconds.toFixed(1)} s = ${(floor.seconds / r.build.seconds).toFixed(2)}× the clean build`);
    if (v.time === null) continue;
    // For information (not targets): next to the baseline, and the time per page written (the
    // handbook builds more pages from the same SOPs: each in two interface languages, and unit,
    // standard, KPI and scorecard pages).
    console.log(`  ${r.size}: build time next to the baseline (information): ${r.build.seconds.toFixed(1)} s vs ${r.baseline!.seconds.toFixed(1)} s = ${v.time.toFixed(2)}×`);
    const perPage = (run: Run & { htmlPages: number }) => (run.seconds / Math.max(1, run.htmlPages)) * 1000;
    const ours = perPage(r.build);
    const base = perPage(r.baseline!);
    console.log(`  ${r.size}: seconds per 1,000 HTML pages (information): ${ours.toFixed(1)} s (${r.build.htmlPages} pages) vs ${base.toFixed(1)} s (${r.baseline!.htmlPages} pages) = ${(ours / base).toFixed(2)}×`);
    if (r.reference?.ok) {
      const ref = r.reference;
      console.log(
        `  ${r.size}: the reference (information; the baseline with each SOP in two languages and a search index, the least those cost): ` +
          `${peakMB(ref)} MB; it alone is ${(ref.seconds / r.baseline!.seconds).toFixed(2)}× the baseline's time` +
          (ref.indexSeconds === null ? '' : `, and its search index step alone (${ref.indexSeconds.toFixed(1)} s) ${(ref.indexSeconds / r.baseline!.seconds).toFixed(2)}×`),
      );
    }
  }
  const built = results.filter((r) => r.build?.ok);
  if (built.length >= 2) {
    const per = built.map((r) => r.build!.seconds / (r.stats.sops / 1000));
    const spread = Math.max(...per) / Math.min(...per);
    console.log(`  build time linear in SOPs (s per 1,000 SOPs: ${per.map((p) => p.toFixed(1)).join(', ')}; largest/smallest ${spread.toFixed(2)}, fixed start-up cost makes small sizes look slower)`);
  } else {
    console.log('  build time linear in SOPs: needs builds at two sizes or more');
  }
}

/**
 * Our build's time and peak memory as multiples of the baseline's, and its time as a multiple of
 * the reference's (each null unless both builds succeeded).
 */
function versusBaseline(r: SizeResult): { time: number | null; memory: number | null; referenceTime: number | null } {
  const referenceTime = r.build?.ok && r.reference?.ok && r.reference.seconds > 0 ? r.build.seconds / r.reference.seconds : null;
  if (!r.build?.ok || !r.baseline?.ok) return { time: null, memory: null, referenceTime };
  const ours = peakMB(r.build);
  const base = peakMB(r.baseline);
  return {
    time: r.baseline.seconds > 0 ? r.build.seconds / r.baseline.seconds : null,
    memory: ours !== null && base !== null && base > 0 ? ours / base : null,
    referenceTime,
  };
}

function printRows(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);

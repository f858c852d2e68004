/**
 * Generates a large synthetic handbook that is valid against the schemas in src/core/schema, for
 * benchmarks and scale tests. Deterministic: the same options give the same files.
 *
 *   node scripts/synth/generate.ts --out DIR [--sops 5000] [--units 200] [--kpis 40] [--months 36]
 *        [--seed 1] [--measurement-format csv|yaml] [--end 2026-10]
 *
 * Only DIR/data and DIR/content are written (and replaced), plus DIR/.synth.json describing the run.
 *
 * Every kind of record is made, so that `npm run bench` loads, checks and renders each at scale: the
 * organisation, SOPs, standards, KPIs and measurements, improvement actions, certification coverage,
 * the complaint register (first: KPI-CPT's counts come from it, and the compliance KPIs of its
 * promises are computed from it by the check), daily inspections and mystery-shopper visits
 * (KPI-MYSTERY-SHOPPER's values are the visits' mean), the audit programme and its findings, risks and
 * management reviews. The actions that complaints, inspections, visits and findings open are numbered
 * with the general ones (one ActionIds) and written after them.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ActionIds, buildActions, buildRequestedActions } from './actions.ts';
import { buildAudits } from './audits.ts';
import { buildComplaints, RATE_KPI } from './complaints.ts';
import { buildCoverage } from './training.ts';
import { buildManagementReviews, buildRisks } from './records.ts';
import { lastDayOfMonth, monthsEnding, quartersIn } from './dates.ts';
import { buildInspections, MYSTERY_KPI } from './inspections.ts';
import { buildKpis, kpiYaml } from './kpis.ts';
import { buildMeasurements, type Row } from './measurements.ts';
import { areasYaml, buildAreas, buildPeople, buildUnits, peopleYaml, rolesYaml, unitsYaml } from './organisation.ts';
import { buildPages } from './pages.ts';
import { Random } from './random.ts';
import { planSops, SopWriter } from './sops.ts';
import { buildStandards, REGISTER_PROMISES } from './standards.ts';
import { ROLES } from './vocabulary.ts';
import type { World } from './world.ts';

/** Bump when the output changes for the same options, so that cached benchmark handbooks are rebuilt. */
export const GENERATOR_VERSION = 3;

export interface SynthOptions {
  out: string;
  sops: number;
  units: number;
  kpis: number;
  months: number;
  seed: number;
  measurementFormat: 'csv' | 'yaml';
  /** Last month with measurements, `YYYY-MM`. */
  end: string;
}

export interface SynthStats {
  units: number;
  branches: number;
  roles: number;
  people: number;
  areas: number;
  standards: number;
  kpis: number;
  sops: number;
  actions: number;
  /** Of `actions`, those opened by a record: a major complaint, an audit finding, a failed inspection item or visit. */
  recordActions: number;
  complaintEntries: number;
  complaintsReceived: number;
  majorComplaints: number;
  inspections: number;
  visits: number;
  audits: number;
  findings: number;
  pages: number;
  measurements: number;
  measurementFiles: number;
  files: number;
  bytes: number;
  seconds: number;
}

export const DEFAULTS: Omit<SynthOptions, 'out'> = { sops: 5000, units: 200, kpis: 40, months: 36, seed: 1, measurementFormat: 'csv', end: '2026-10' };

export function generateHandbook(options: SynthOptions): SynthStats {
  const started = performance.now();
  const o = { ...DEFAULTS, ...options };
  const root = resolve(o.out);
  if (existsSync(join(root, 'package.json'))) throw new Error(`${root} holds a package.json; refusing to replace its data/ and content/.`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.end)) throw new Error('--end must be a month written YYYY-MM.');
  for (const [k, v] of [['sops', o.sops], ['units', o.units], ['kpis', o.kpis], ['months', o.months]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a positive whole number.`);
  }
  const seed = new Random(o.seed);
  const rng = {
    org: seed.fork('organisation'),
    kpis: seed.fork('kpis'),
    standards: seed.fork('standards'),
    sops: seed.fork('sops'),
    actions: seed.fork('actions'),
    measurements: seed.fork('measurements'),
    yaml: seed.fork('yaml'),
    pages: seed.fork('pages'),
    training: seed.fork('training'),
    records: seed.fork('records'),
    complaints: seed.fork('complaints'),
    recordActions: seed.fork('record-actions'),
    inspections: seed.fork('inspections'),
    audits: seed.fork('audits'),
  };

  const units = buildUnits(rng.org, o.units);
  const people = buildPeople(rng.org, units, Math.min(1000, Math.max(20, Math.round(o.units * 1.5) + 20)));
  const { areas, counts } = buildAreas(rng.org, o.sops);
  const world: World = {
    endMonth: o.end,
    endDate: lastDayOfMonth(o.end),
    units,
    branches: units.filter((u) => u.type === 'branch'),
    regions: units.filter((u) => u.type === 'region'),
    departments: units.filter((u) => u.type === 'department'),
    roles: ROLES,
    people,
    areas,
    areaOwners: new Map(),
    kpis: [],
    standards: [],
    sops: [],
  };
  world.kpis = buildKpis(rng.kpis, o.kpis, world);
  const standards = buildStandards(rng.standards, Math.max(3, Math.round(o.sops / 10)), world);
  world.standards = standards.map((s) => s.rec);
  world.sops = planSops(rng.sops, areas, counts);
  // The compliance KPIs of the register's promises count their standard (the check computes them from the register).
  for (const p of REGISTER_PROMISES) {
    const kpi = world.kpis.find((k) => k.id === p.kpi);
    const std = world.standards.find((s) => s.category === p.category && s.limitMinutes === p.minutes && s.status === 'effective' && s.all);
    if (kpi && std) kpi.standard = std.id;
  }

  // Write.
  for (const sub of ['data', 'content']) rmSync(join(root, sub), { recursive: true, force: true });
  const dirs = new Set<string>();
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    const full = join(root, path);
    const dir = dirname(full);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(full, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  write('data/units.yaml', unitsYaml(rng.yaml, units));
  write('data/roles.yaml', rolesYaml(world));
  write('data/people.yaml', peopleYaml(world));
  write('data/process-areas.yaml', areasYaml(rng.yaml, world));
  for (const k of world.kpis) write(`data/kpis/${k.id}.yaml`, kpiYaml(rng.yaml, k));
  for (const s of standards) write(`data/standards/${s.rec.id}.yaml`, s.yaml);
  const writer = new SopWriter(world);
  for (const sop of world.sops) {
    const f = writer.write(rng.sops, sop);
    write(f.path, f.text);
  }
  const ids = new ActionIds();
  const actions = buildActions(rng.actions, Math.max(2, Math.round(o.sops / 20)), world, ids);
  for (const a of actions) write(a.path, a.text);
  const months = monthsEnding(o.end, o.months);
  const complaints = buildComplaints(rng.complaints, world, months, ids);
  for (const f of complaints.files) write(f.path, f.text);
  const inspections = buildInspections(rng.inspections, world, months, quartersIn(months), complaints.deteriorating, ids);
  for (const f of inspections.files) write(f.path, f.text);
  const audits = buildAudits(rng.audits, world, months, ids);
  for (const f of audits.files) write(f.path, f.text);
  const requested = [...complaints.actions, ...inspections.actions, ...audits.actions];
  const recordActions = buildRequestedActions(rng.recordActions, world, requested);
  for (const a of recordActions) write(a.path, a.text);
  for (const c of buildCoverage(rng.training, world, o.end)) write(c.path, c.text);
  const actionIds = actions.map((a) => a.path.replace(/^data\/actions\/|\.yaml$/g, ''));
  for (const f of buildRisks(rng.records, world, actionIds)) write(f.path, f.text);
  for (const f of buildManagementReviews(rng.records, world, o.months, actionIds)) write(f.path, f.text);
  const pages = buildPages(rng.pages, world);
  for (const p of pages) write(p.path, p.text);
  const given = new Map<string, Map<string, Row>>([
    [RATE_KPI, new Map([...complaints.rate].map(([key, c]) => [key, { k: c.k, n: c.n }]))],
    [MYSTERY_KPI, inspections.mystery],
  ]);
  const m = buildMeasurements(rng.measurements, world, o.months, o.measurementFormat, given);
  for (const f of m.files) write(f.path, f.text);

  const stats: SynthStats = {
    units: units.length,
    branches: world.branches.length,
    roles: ROLES.length,
    people: people.length,
    areas: areas.length,
    standards: standards.length,
    kpis: world.kpis.length,
    sops: world.sops.length,
    actions: actions.length + recordActions.length,
    recordActions: recordActions.length,
    complaintEntries: complaints.entries,
    complaintsReceived: complaints.received,
    majorComplaints: complaints.major,
    inspections: inspections.inspections,
    visits: inspections.visits,
    audits: audits.audits,
    findings: audits.findings,
    pages: pages.length,
    measurements: m.count,
    measurementFiles: m.files.length,
    files,
    bytes,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
  };
  const { out: _out, ...params } = o;
  writeFileSync(join(root, '.synth.json'), `${JSON.stringify({ generator: GENERATOR_VERSION, options: params, stats }, null, 2)}\n`);
  return stats;
}

function parseArgs(argv: string[]): SynthOptions {
  const o: Partial<SynthOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value.`);
      return v;
    };
    const int = () => Number.parseInt(value(), 10);
    switch (arg) {
      case '--out': o.out = value(); break;
      case '--sops': o.sops = int(); break;
      case '--units': o.units = int(); break;
      case '--kpis': o.kpis = int(); break;
      case '--months': o.months = int(); break;
      case '--seed': o.seed = int(); break;
      case '--end': o.end = value(); break;
      case '--measurement-format': {
        const f = value();
        if (f !== 'csv' && f !== 'yaml') throw new Error('--measurement-format is csv or yaml.');
        o.measurementFormat = f;
        break;
      }
      case '--help':
      case '-h':
        console.log('Usage: node scripts/synth/generate.ts --out DIR [--sops 5000] [--units 200] [--kpis 40] [--months 36] [--seed 1] [--measurement-format csv|yaml] [--end 2026-10]');
        process.exit(0);
      default:
        throw new Error(`Unknown option ${arg}. Try --help.`);
    }
  }
  if (!o.out) throw new Error('Give the output directory with --out DIR.');
  return { ...DEFAULTS, ...o } as SynthOptions;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const s = generateHandbook(options);
    console.log(
      `Generated ${s.sops} SOPs, ${s.standards} standards, ${s.kpis} KPIs, ${s.actions} actions, ${s.units} units (${s.branches} branches), ` +
        `${s.complaintEntries} complaint register entries (${s.majorComplaints} major complaints), ${s.audits} audits, ${s.findings} findings, ` +
        `${s.inspections} inspection records, ${s.visits} mystery-shopper visits, ` +
        `${s.people} people, ${s.measurements} measurements in ${s.measurementFiles} files: ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${s.seconds.toFixed(2)} s → ${resolve(options.out)}`,
    );
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

/**
 * The synthetic handbook generator (scripts/synth/generate.ts) must produce handbooks that are
 * valid per the schemas and the checker, at any size, and the same files for the same seed.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateHandbook, type SynthOptions, type SynthStats } from '../../scripts/synth/generate.ts';
import { buildAreas } from '../../scripts/synth/organisation.ts';
import { Random } from '../../scripts/synth/random.ts';
import { KPI_METHODS } from '../../src/core/schema/kpi-method.ts';
import { loadHandbook } from '../../src/core/load.ts';
import { ImprovementAction } from '../../src/core/schema/improvement-action.ts';
import { Kpi } from '../../src/core/schema/kpi.ts';
import { Measurement, MeasurementsFile } from '../../src/core/schema/measurement.ts';
import { PeopleFile, ProcessAreasFile, RolesFile, UnitsFile } from '../../src/core/schema/organisation.ts';
import { PageFrontmatter } from '../../src/core/schema/page.ts';
import { SopFrontmatter } from '../../src/core/schema/sop.ts';
import { Standard } from '../../src/core/schema/standard.ts';
import { splitFrontmatter } from '../../src/core/source/frontmatter.ts';
import { conflictsOf, earlierFinding, findingDate, programmeCoverage } from '../../src/core/derive/audits.ts';
import { visitsByUnitQuarter } from '../../src/core/derive/inspections.ts';
import { daysBetween } from '../../src/core/time/dates.ts';
import type { Handbook } from '../../src/core/model/handbook.ts';
import { parseCsv } from '../../src/core/source/csv.ts';

const TODAY = '2026-11-22';
const TINY = { sops: 20, units: 5, kpis: 4, months: 3, seed: 1, end: '2026-10' } as const;

let base: string;
const made = new Map<string, { root: string; stats: SynthStats }>();
function generate(name: string, options: Partial<SynthOptions> = {}) {
  const root = join(base, name);
  const stats = generateHandbook({ ...TINY, measurementFormat: 'csv', ...options, out: root });
  made.set(name, { root, stats });
  return { root, stats };
}

/** The larger handbook, generated and checked once for the tests that read it. */
let mediumMade: { root: string; stats: SynthStats; handbook: Handbook; diagnostics: ReturnType<typeof loadHandbook>['diagnostics'] } | undefined;
function medium() {
  if (!mediumMade) {
    const { root, stats } = generate('medium', { sops: 600, units: 40, kpis: 32, months: 14, seed: 7 });
    const { handbook, diagnostics } = loadHandbook(root, { today: TODAY });
    mediumMade = { root, stats, handbook, diagnostics };
  }
  return mediumMade;
}

/** Every file under `dir`, as paths relative to `root`. */
function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, root) : [relative(root, full).split('\\').join('/')];
  });
}

const yaml = (root: string, path: string): unknown => parse(readFileSync(join(root, path), 'utf8'), { schema: 'core' });
const issues = (result: { success: boolean; error?: { issues: unknown[] } }, file: string) =>
  result.success ? [] : [`${file}: ${JSON.stringify(result.error?.issues)}`];

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'sqms-synth-'));
  generate('csv');
  generate('yaml', { measurementFormat: 'yaml' });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('synthetic handbook generator', () => {
  it('writes the requested number of each kind of file', () => {
    const { root, stats } = made.get('csv')!;
    const files = walk(root);
    const under = (dir: string, ext: string) => files.filter((f) => f.startsWith(dir) && f.endsWith(ext));
    expect(under('content/sops/', '.mdx')).toHaveLength(20);
    expect(under('data/kpis/', '.yaml')).toHaveLength(4);
    expect(under('data/standards/', '.yaml')).toHaveLength(stats.standards);
    expect(stats.standards).toBeGreaterThanOrEqual(2);
    expect(under('data/actions/', '.yaml')).toHaveLength(stats.actions);
    expect(stats.units).toBe(5);
    // Three months (2026-08 to 2026-10) plus the one quarter that ends inside them (2026-Q3).
    expect(under('data/measurements/', '.csv').sort()).toEqual(
      ['2026-08', '2026-09', '2026-10', '2026-Q3'].map((p) => `data/measurements/${p}.csv`),
    );
    for (const f of ['data/units.yaml', 'data/roles.yaml', 'data/people.yaml', 'data/process-areas.yaml']) expect(files).toContain(f);
  });

  it('writes organisation files that parse with their schemas', () => {
    const { root, stats } = made.get('csv')!;
    const units = UnitsFile.parse(yaml(root, 'data/units.yaml'));
    expect(units.units.map((u) => u.type)).toEqual(['organisation', 'department', 'region', 'branch', 'branch']);
    expect(RolesFile.parse(yaml(root, 'data/roles.yaml')).roles.length).toBeGreaterThan(5);
    expect(PeopleFile.parse(yaml(root, 'data/people.yaml')).people).toHaveLength(stats.people);
    expect(ProcessAreasFile.parse(yaml(root, 'data/process-areas.yaml')).areas).toHaveLength(stats.areas);
  });

  it('writes SOPs whose frontmatter parses with SopFrontmatter and whose body is plain Markdown', () => {
    const { root } = made.get('csv')!;
    const problems: string[] = [];
    const langs = new Set<string>();
    for (const file of walk(root).filter((f) => f.startsWith('content/sops/'))) {
      const { yaml: fm, body } = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
      const result = SopFrontmatter.safeParse(parse(fm ?? '', { schema: 'core' }));
      problems.push(...issues(result, file));
      if (!result.success) continue;
      const sop = result.data;
      langs.add(sop.lang);
      expect(file).toBe(`content/sops/${sop.area}/${sop.id}.mdx`);
      expect(sop.steps.length).toBeGreaterThanOrEqual(4);
      expect(sop.steps.length).toBeLessThanOrEqual(10);
      expect(sop.changeLog.at(-1)!.version).toBe(sop.version);
      if (sop.effective) expect(sop.changeLog.at(-1)!.date).toBe(sop.effective);
      expect(body).not.toMatch(/[{}<]/);
      expect(body).not.toMatch(/^(import|export)\b/m);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^\|---/m);
      const words = body.split(/\s+/).filter(Boolean).length + Math.round((body.match(/[\u3400-\u9fff]/g) ?? []).length / 1.6);
      expect(words).toBeGreaterThanOrEqual(400);
      expect(words).toBeLessThanOrEqual(900);
    }
    expect(problems).toEqual([]);
  });

  it('writes KPIs, standards, actions and pages that parse with their schemas', () => {
    const { root } = made.get('csv')!;
    const problems: string[] = [];
    for (const file of walk(root)) {
      if (file.startsWith('data/kpis/')) problems.push(...issues(Kpi.safeParse(yaml(root, file)), file));
      if (file.startsWith('data/standards/')) problems.push(...issues(Standard.safeParse(yaml(root, file)), file));
      if (file.startsWith('data/actions/')) problems.push(...issues(ImprovementAction.safeParse(yaml(root, file)), file));
      if (file.startsWith('content/') && !file.startsWith('content/sops/')) {
        const { yaml: fm } = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
        problems.push(...issues(PageFrontmatter.safeParse(parse(fm ?? '', { schema: 'core' })), file));
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes a measurement for every KPI, branch and period, in CSV or YAML', () => {
    for (const name of ['csv', 'yaml']) {
      const { root, stats } = made.get(name)!;
      const rows: unknown[] = [];
      for (const file of walk(root).filter((f) => f.startsWith('data/measurements/'))) {
        const text = readFileSync(join(root, file), 'utf8');
        if (file.endsWith('.yaml')) {
          rows.push(...MeasurementsFile.parse(parse(text, { schema: 'core' })).measurements);
          continue;
        }
        const { rows: csv, errors } = parseCsv(text);
        expect(errors).toEqual([]);
        const [header, ...data] = csv;
        const columns = header!.cells.map((c) => c.text);
        expect(columns).toEqual(['kpi', 'unit', 'period', 'value', 'k', 'n', 'promoters', 'passives', 'detractors', 'sd', 'median', 'p90', 'note']);
        for (const row of data) {
          const record: Record<string, unknown> = {};
          row.cells.forEach((c, i) => {
            const name = columns[i]!;
            if (c.text === '') return;
            record[name] = ['kpi', 'unit', 'period', 'note'].includes(name) ? c.text : Number(c.text);
          });
          rows.push(Measurement.parse(record));
        }
      }
      // 4 KPIs (one quarterly) × 2 branches: 3 × 3 months × 2 + 1 quarter × 2.
      expect(rows).toHaveLength(stats.measurements);
      expect(stats.measurements).toBe(3 * 3 * 2 + 1 * 2);
    }
  });

  it('produces a handbook the checker accepts without errors', () => {
    for (const name of ['csv', 'yaml']) {
      const { root, stats } = made.get(name)!;
      const { handbook, diagnostics } = loadHandbook(root, { today: TODAY });
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
      // Every value comes with its counts.
      expect(diagnostics.filter((d) => d.code === 'measurement/value-without-counts')).toEqual([]);
      expect(handbook.measurements.filter((m) => m.value !== null && KPI_METHODS[handbook.kpis.get(m.kpi)!.method].needsSampleSize && m.counts?.from !== 'counts')).toEqual([]);
      expect(handbook.sops.size).toBe(stats.sops);
      expect(handbook.measurements.length).toBe(stats.measurements);
    }
  });

  it('stays valid at a larger size (more areas, more branches, channel KPIs)', () => {
    const { root, stats, handbook, diagnostics } = medium();
    expect(stats.kpis).toBe(32);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
    // Quality records at scale: a risk per fourth effective SOP, some high (treated by an action), and a review per quarter of the window whose date has come.
    const effective = [...handbook.sops.values()].filter((s) => s.status === 'effective').length;
    expect(handbook.risks.size).toBe(Math.ceil(effective / 4));
    expect([...handbook.risks.values()].some((r) => r.levelAfter === 'high')).toBe(true);
    expect(handbook.managementReviews.size).toBeGreaterThanOrEqual(3);
    expect(handbook.trainingCoverage.size).toBeGreaterThan(0);
    // Checked years later (npm run bench checks with the real day), the records are still valid: no acceptance runs out.
    const later = loadHandbook(root, { today: '2029-06-30' }).diagnostics.filter((d) => d.severity === 'error');
    expect(later.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
  });

  it('writes a complaint register per branch and month whose counts add up, with noise and the KPIs that come from it', () => {
    const { stats, handbook: h, diagnostics } = medium();
    const branches = [...h.units.values()].filter((u) => u.type === 'branch');
    expect(stats.complaintEntries).toBe(branches.length * 14);
    expect(h.complaints).toHaveLength(stats.complaintEntries);
    expect(h.complaintCauses.size).toBeGreaterThanOrEqual(8);
    const sum = (counts: Readonly<Record<string, number | undefined>>) => Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
    for (const c of h.complaints) {
      expect([sum(c.channels), sum(c.causes), sum(c.severity)]).toEqual([c.received, c.received, c.received]);
      for (const p of Object.values(c.promises)) {
        expect(p.kept).toBeLessThanOrEqual(p.of);
        expect(p.of).toBeLessThanOrEqual(c.received);
      }
      for (const p of Object.values(c.feedback?.promises ?? {})) expect(p.of).toBeLessThanOrEqual(c.feedback!.received);
      expect(c.reopened!).toBeLessThanOrEqual(c.received);
      expect(c.repeat!).toBeLessThanOrEqual(c.received);
      expect(c.resolutionHours!.p90).toBeGreaterThanOrEqual(c.resolutionHours!.median);
      expect(c.major).toHaveLength(c.severity.major ?? 0);
    }
    // Noisy, not round: many different totals, few multiples of ten, and every branch's series moves.
    const received = h.complaints.map((c) => c.received);
    expect(new Set(received).size).toBeGreaterThan(30);
    expect(received.filter((n) => n % 10 === 0).length).toBeLessThan(received.length * 0.2);
    for (const b of branches) expect(new Set(h.complaints.filter((c) => c.unit === b.id).map((c) => c.received)).size).toBeGreaterThan(3);
    // Each major complaint opened its corrective action the day it was logged or the next.
    const majors = h.complaints.flatMap((c) => c.major);
    expect(majors.length).toBe(stats.majorComplaints);
    expect(majors.length).toBeGreaterThan(0);
    for (const m of majors) {
      const action = h.actions.get(m.action);
      expect(action?.source, m.ticket).toBe('complaint');
      expect(daysBetween(m.logged, action!.opened)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(m.logged, action!.opened)).toBeLessThanOrEqual(1);
    }
    // KPI-CPT counts the register's complaints; the compliance KPIs are computed from it (none typed).
    const cpt = h.index.measurementsByKpi.get('KPI-CPT')!;
    for (const c of h.complaints) expect(cpt.get(c.unit)?.get(c.month)?.k).toBe(c.received);
    for (const kpi of ['KPI-FR-SLA', 'KPI-SOLUTION-SLA', 'KPI-SUGGESTION-SLA']) {
      expect(h.kpis.get(kpi)?.standard).toBeDefined();
      const computed = h.derived.complaintKpis.filter((c) => c.kpi === kpi);
      expect(computed).toHaveLength(stats.complaintEntries);
      for (const c of computed) expect(h.index.measurementsByKpi.get(kpi)!.get(c.unit)!.get(c.period)!).toMatchObject({ k: c.k, n: c.n });
    }
    // Only the few branches that deteriorate show rising repeat complaints (a warning the check is right to give).
    const said = diagnostics.filter((d) => d.code.startsWith('complaints/'));
    expect(said.filter((d) => d.code !== 'complaints/repeat-share')).toEqual([]);
    expect(said.length).toBeLessThan(branches.length / 5);
  });

  it('writes an audit programme that covers every area and unit with independent auditors, and findings with their actions', () => {
    const { stats, handbook: h, diagnostics } = medium();
    expect(h.audits.size).toBe(stats.audits);
    expect(h.findings.size).toBe(stats.findings);
    const audits = [...h.audits.values()];
    expect(audits.filter((a) => a.status === 'done').length).toBeGreaterThan(10);
    expect(audits.filter((a) => a.status === 'planned').length).toBeGreaterThan(0);
    // Nobody audits their own SOPs, areas or units.
    for (const a of audits) for (const p of [a.lead!, ...a.auditors]) expect(conflictsOf(h, a, p), `${a.id} ${p}`).toEqual([]);
    // Each programme year up to the next one covers every area and unit, and high-risk SOPs twice.
    for (const year of ['2025', '2026', '2027']) {
      const cover = programmeCoverage(h, year);
      expect([cover.areasNotCovered, cover.unitsNotCovered, cover.highRiskUnder]).toEqual([[], [], []]);
    }
    const findings = [...h.findings.values()];
    expect(new Set(findings.map((f) => f.grade))).toEqual(new Set(['major', 'minor', 'observation']));
    for (const f of findings) {
      const audit = h.audits.get(f.audit)!;
      expect(audit.status).toBe('done');
      if (f.grade === 'observation') continue;
      const action = h.actions.get(f.action!);
      expect(action?.source, f.id).toBe('audit-finding');
      const days = daysBetween(findingDate(h, f)!, action!.opened);
      expect(days).toBeGreaterThanOrEqual(0);
      expect(days).toBeLessThanOrEqual(audit.actionWithinDays);
    }
    // A few repeat findings, each graded major and naming the finding it repeats; no repeat unnamed.
    const repeats = findings.filter((f) => f.repeatOf !== undefined);
    expect(repeats.length).toBeGreaterThan(0);
    for (const f of findings) {
      const earlier = earlierFinding(h, f);
      if (earlier) expect([f.id, f.grade, f.repeatOf]).toEqual([f.id, 'major', earlier.id]);
    }
    expect(diagnostics.filter((d) => /^(audit|finding)\//.test(d.code) && d.code !== 'audit/overdue')).toEqual([]);
  });

  it('writes daily inspections and mystery-shopper visits whose counts hold, failures with actions, and the mystery-shop KPI from the visits', () => {
    const { stats, handbook: h, diagnostics } = medium();
    const branches = [...h.units.values()].filter((u) => u.type === 'branch');
    expect(h.inspections).toHaveLength(branches.length * 14);
    expect(stats.inspections).toBe(h.inspections.length);
    const inspection = h.checklists.get('daily-inspection')!;
    for (const i of h.inspections) {
      expect(i.done).toBeLessThanOrEqual(i.planned);
      for (const c of i.items) {
        expect(c.checked).toBeLessThanOrEqual(i.done);
        expect(c.failed).toBeLessThanOrEqual(c.checked);
        if (c.failed >= inspection.repeatFailures) expect(h.actions.has(c.action ?? ''), `${i.unit} ${i.month} ${c.item}`).toBe(true);
      }
    }
    expect(h.inspections.some((i) => i.items.some((c) => c.action !== undefined))).toBe(true);
    const shop = h.checklists.get('mystery-shop')!;
    expect(h.mysteryShopVisits.size).toBe(stats.visits);
    const summaries = visitsByUnitQuarter(h, shop.id);
    // Every branch, every quarter that ends in the window (2025-Q3 to 2026-Q3), at least the minimum of visits.
    expect(summaries).toHaveLength(branches.length * 5);
    for (const s of summaries) expect(s.n).toBeGreaterThanOrEqual(shop.minVisitsPerQuarter!);
    const mustHave = new Set(shop.items.filter((it) => it.mustHave).map((it) => it.id));
    for (const v of h.mysteryShopVisits.values()) {
      if (Object.entries(v.items).some(([item, result]) => result === 'fail' && mustHave.has(item))) expect(h.actions.get(v.action ?? '')?.source, v.id).toBe('mystery-shopper');
    }
    const kpi = h.index.measurementsByKpi.get(shop.kpi!)!;
    for (const s of summaries) {
      const m = kpi.get(s.unit)!.get(s.quarter)!;
      expect(Math.abs(m.valueWritten! - s.mean)).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(m.n).toBe(s.n);
      expect(Math.abs(m.sd! - s.sd)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    expect(diagnostics.filter((d) => /^(inspection|checklist|visit)\//.test(d.code))).toEqual([]);
  });

  it('is deterministic: the same seed gives the same files, another seed different ones', () => {
    const digest = (root: string) => {
      const hash = createHash('sha256');
      for (const f of walk(root).filter((f) => f !== '.synth.json').sort()) hash.update(f).update(readFileSync(join(root, f)));
      return hash.digest('hex');
    };
    const again = generate('again');
    const other = generate('other', { seed: 2 });
    expect(digest(again.root)).toBe(digest(made.get('csv')!.root));
    expect(digest(other.root)).not.toBe(digest(made.get('csv')!.root));
  });

  it('spreads SOPs over enough process areas that none has more than 999', () => {
    for (const sops of [20, 5000, 30000]) {
      const { areas, counts } = buildAreas(new Random(1), sops);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(sops);
      expect(Math.max(...counts)).toBeLessThanOrEqual(999);
      expect(new Set(areas.map((a) => a.code)).size).toBe(areas.length);
      for (const a of areas) expect(a.code).toMatch(/^[A-Z]{2,6}$/);
    }
  });
});

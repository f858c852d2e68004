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
    const { root, stats } = generate('medium', { sops: 600, units: 40, kpis: 32, months: 14, seed: 7 });
    expect(stats.kpis).toBe(32);
    const { handbook, diagnostics } = loadHandbook(root, { today: TODAY });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
    // Quality records at scale: a risk per fourth effective SOP, some high (treated by an action), and a review per quarter of the window whose date has come.
    const effective = [...handbook.sops.values()].filter((s) => s.status === 'effective').length;
    expect(handbook.risks.size).toBe(Math.ceil(effective / 4));
    expect([...handbook.risks.values()].some((r) => r.levelAfter === 'high')).toBe(true);
    expect(handbook.managementReviews.size).toBeGreaterThanOrEqual(3);
    expect(handbook.trainingCoverage.size).toBeGreaterThan(0);
    // Checked years later (npm run bench checks with the real day), the records are still valid: no acceptance runs out.
    const later = loadHandbook(root, { today: '2029-06-30' }).diagnostics.filter((d) => d.severity === 'error' && /^(risk|management)\//.test(d.code));
    expect(later.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
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

/**
 * Small handbooks for the scoring tests: just the units, KPIs, measurements and actions a test
 * needs, written as the handbook's files and loaded through the real loader (the shared builder,
 * test/helpers/handbook.ts), so each value, count, period and scope is what the check derives.
 */
import type { Handbook, KpiEntity, Origin } from '../../../src/core/model/handbook.ts';
import type { ImprovementAction } from '../../../src/core/schema/improvement-action.ts';
import type { Kpi } from '../../../src/core/schema/kpi.ts';
import type { CountField, Measurement } from '../../../src/core/schema/measurement.ts';
import type { Acknowledgement, PhaseEntry } from '../../../src/core/schema/control-chart.ts';
import type { Unit } from '../../../src/core/schema/organisation.ts';
import { parsePeriod, nextPeriod, type Frequency, type Period } from '../../../src/core/time/period.ts';
import type { SeriesPoint } from '../../../src/core/scoring/series.ts';
import { loadFiles } from '../../helpers/handbook.ts';

const origin = (file: string): Origin => ({
  file,
  at: () => ({ file, line: 1, column: 1 }),
  atKey: () => ({ file, line: 1, column: 1 }),
});

/** A KPI with sensible defaults: monthly CSAT-like, higher is better, target 85, warning 80. */
export function kpi(overrides: Partial<Kpi> & { id: string }): KpiEntity {
  return {
    name: overrides.id,
    definition: 'test KPI',
    method: 'csat-top-two-box',
    unitOfMeasure: 'percent',
    scale: { min: 0, max: 100 },
    direction: 'higher',
    target: 85,
    warning: 80,
    frequency: 'monthly',
    layer: 'satisfaction',
    weight: 1,
    owner: 'owner',
    dataSource: 'test',
    units: 'all',
    notApplicable: [],
    ...overrides,
    origin: origin(`data/kpis/${overrides.id}.yaml`),
  } as KpiEntity;
}

/**
 * A measurement as a file would give it: a value (null for no data), its counts, or both. The
 * value and the model's `counts` are derived from the counts as the loader does.
 */
export interface MeasurementSpec extends Partial<Pick<Measurement, CountField>> {
  kpi: string;
  unit: string;
  period: string;
  value?: number | null;
  n?: number;
  note?: string;
  provisional?: boolean;
}

export interface ActionSpec {
  id: string;
  stage?: ImprovementAction['stage'];
  kpis?: string[];
  units?: string[];
  due?: string;
  /** For a closed action: its closing date (default 2026-06-01) and whether it was effective (or the whole evaluation). */
  closed?: string;
  effective?: boolean;
  evaluation?: ImprovementAction['evaluation'];
}

export interface HandbookSpec {
  today?: string;
  /** Units as `[id, type, parent]`. */
  units: [string, Unit['type'], string?][];
  kpis: KpiEntity[];
  measurements?: MeasurementSpec[];
  actions?: ActionSpec[];
  /** Declared phases and acknowledged signals, as in data/phases.yaml and data/acknowledgements.yaml. */
  phases?: PhaseEntry[];
  acknowledgements?: Acknowledgement[];
}

/** Codes of diagnostics that mean a test's handbook is not what the test wrote (a value or record left out, counts unusable). */
const LEFT_OUT = /^(schema|yaml|date|id|file|limit)\/|^measurement\/(count-exceeds-sample|counts-mismatch|wrong-counts)$/;

export function buildTestHandbook(spec: HandbookSpec): Handbook {
  const today = spec.today ?? '2026-11-22';
  const files: Record<string, object> = {
    'data/units.yaml': { units: spec.units.map(([id, type, parent]) => ({ id, name: id, type, ...(parent ? { parent } : {}) })) },
  };
  for (const k of spec.kpis) files[`data/kpis/${k.id}.yaml`] = k;
  if (spec.measurements) files['data/measurements/test.yaml'] = { measurements: spec.measurements };
  for (const a of spec.actions ?? []) {
    const stage = a.stage ?? 'do';
    files[`data/actions/${a.id}.yaml`] = {
      id: a.id,
      title: `Action ${a.id}`,
      stage,
      source: 'kpi-breach',
      links: { kpis: a.kpis ?? [], units: a.units ?? [], sops: [], standards: [] },
      owner: 'owner',
      opened: '2026-01-01',
      due: a.due ?? '2027-03-31',
      ...(stage === 'closed' ? { closed: a.closed ?? '2026-06-01' } : {}),
      goal: 'goal',
      measures: ['measure'],
      evaluation: a.evaluation ?? { method: 'method', ...(a.effective !== undefined ? { result: 'result', effective: a.effective } : {}) },
    };
  }
  if (spec.phases) files['data/phases.yaml'] = { phases: spec.phases };
  if (spec.acknowledgements) files['data/acknowledgements.yaml'] = { acknowledgements: spec.acknowledgements };
  // In the order the spec lists them: the scorecard shows KPIs and units in that order.
  const { handbook, diagnostics } = loadFiles(files, { today, dateWindow: { from: 1900, to: 2100 }, bodies: false, order: 'given' }, '/test');
  const leftOut = diagnostics.filter((d) => LEFT_OUT.test(d.code));
  if (leftOut.length > 0) throw new Error(`the test handbook is not loaded as written:\n${leftOut.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join('\n')}`);
  return handbook;
}

/** Consecutive periods from `first`, e.g. `periods('2025-01', 'monthly', 3)` → 2025-01, 2025-02, 2025-03. */
export function periods(first: string, frequency: Frequency, count: number): Period[] {
  const out: Period[] = [];
  let p = parsePeriod(first, frequency);
  if (!p) throw new Error(`${first} is not a ${frequency} period`);
  for (let i = 0; i < count; i++, p = nextPeriod(p)) out.push(p);
  return out;
}

/**
 * A monthly series from 2025-01 for chart tests. Each entry is a value, `null` (an explicit null
 * value), `'gap'` (the period is not reported at all), or `[value, n]`.
 */
export function monthlySeries(values: readonly (number | null | 'gap' | [number, number])[], first = '2025-01'): SeriesPoint[] {
  const ps = periods(first, 'monthly', values.length);
  const out: SeriesPoint[] = [];
  values.forEach((v, i) => {
    if (v === 'gap') return;
    const [value, n] = Array.isArray(v) ? v : [v, null];
    out.push({ period: ps[i]!, value, n, note: null });
  });
  return out;
}

/** A period by key (monthly unless the key says otherwise). */
export function period(key: string, frequency: Frequency = 'monthly'): Period {
  const p = parsePeriod(key, frequency);
  if (!p) throw new Error(`${key} is not a ${frequency} period`);
  return p;
}

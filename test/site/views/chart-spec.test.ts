import { describe, expect, it } from 'vitest';
import { chartTable, controlChartSpec, controlChartUnits, kpiTrendChart, MAX_TREND_UNITS, type ChartSpec } from '../../../src/site/views/chart-spec.ts';
import { latestScorecard } from '../../../src/site/stores/scorecards.ts';
import { formatValue } from '../../../src/site/words/format.ts';
import { chartFor } from '../../../src/core/scoring/index.ts';
import type { ControlChart } from '../../../src/core/scoring/spc.ts';
import { sampleHandbook } from '../sample-handbook.ts';

const h = sampleHandbook();
const sc = latestScorecard(h);
const shenzhenCsat = chartFor(h, 'KPI-CSAT', 'br-shenzhen', '2026-10') as ControlChart;
/** The first unfavourable signal of the Shenzhen CSAT drift, as the engine found it. */
const firstSignal = shenzhenCsat.signals.find((s) => s.unfavourable)!;

describe('the trend chart of a KPI', () => {
  const spec = kpiTrendChart(h, sc, 'KPI-CSAT')!;

  it('has a line per unit, the pooled value, and target and warning lines', () => {
    expect(spec.labels[0]).toBe('2025-01');
    expect(spec.labels.at(-1)).toBe('2026-10');
    expect(spec.series.filter((s) => s.kind === 'unit')).toHaveLength(6);
    expect(spec.series.filter((s) => s.kind === 'pooled')).toHaveLength(1);
    expect(spec.series.find((s) => s.kind === 'target')!.values.every((v) => v === 85)).toBe(true);
    expect(spec.series.find((s) => s.kind === 'warning')!.values.every((v) => v === 80)).toBe(true);
    for (const s of spec.series) expect(s.values).toHaveLength(spec.labels.length);
  });

  it('leaves gaps for missing values and says "No data" in the table', () => {
    const xuhui = spec.series.find((s) => s.label === 'Xuhui branch')!;
    expect(xuhui.values[spec.labels.indexOf('2026-02')]).toBeNull();
    const row = spec.table.rows.find((r) => r.period === '2026-02')!;
    expect(row.cells[spec.table.columns.indexOf('Xuhui branch')]).toBe('No data');
  });

  it('summarises the chart in words', () => {
    const october = h.index.measurementsByKpi.get('KPI-CSAT')!.get('br-shenzhen')!.get('2026-10')!.value!;
    expect(spec.summary).toContain(`Shenzhen branch ${formatValue(october, 'percent')} (off target)`);
    const problems = sc.rows.filter((r) => r.kpi === 'KPI-CSAT' && r.problem.length > 0).length;
    expect(spec.summary).toContain(`${problems} of 6 units show a problem`);
  });

  it('draws at most MAX_TREND_UNITS units, problem units first', () => {
    expect(MAX_TREND_UNITS).toBeGreaterThanOrEqual(6);
    expect(kpiTrendChart(h, sc, 'KPI-NOPE')).toBeUndefined();
  });
});

describe('control charts', () => {
  it('are drawn for the units that signal first', () => {
    expect(controlChartUnits(sc, 'KPI-CSAT')[0]).toBe('br-shenzhen');
    expect(controlChartUnits(sc, 'KPI-RET')).toEqual([]); // 7 quarters: no chart yet
  });

  it('carry the values, centre line, varying p-chart limits, thresholds and the signalled points', () => {
    const spec = controlChartSpec(h, 'KPI-CSAT', 'br-shenzhen', '2026-10') as ChartSpec;
    const kinds = spec.series.map((s) => s.kind);
    expect(kinds).toEqual(['value', 'centre', 'limit', 'limit', 'target', 'warning', 'signal']);
    // The lower limit of a point follows its own n: p̄ − 3·√(p̄(1−p̄)/n).
    const lower = spec.series[3]!.values;
    const july = shenzhenCsat.points.find((p) => p.period === '2026-07')!;
    const p = shenzhenCsat.centre / 100;
    const widen = Math.max(1, shenzhenCsat.dispersion!); // Laney p′ when the baseline is over-dispersed
    expect(lower[spec.labels.indexOf('2026-07')]).toBeCloseTo(100 * (p - 3 * widen * Math.sqrt((p * (1 - p)) / july.n!)), 9);
    // The signal series marks the signalled points with their value, and nothing before the first.
    const signal = spec.series.find((s) => s.kind === 'signal')!;
    const at = spec.labels.indexOf(firstSignal.period);
    expect(signal.values[at]).toBe(shenzhenCsat.points.find((q) => q.period === firstSignal.period)!.value);
    expect(signal.values.slice(spec.labels.indexOf('2026-01'), at).every((v) => v === null)).toBe(true);
    expect(spec.summary).toContain(`the first in ${firstSignal.period}`);
    expect(['we1', 'we2']).toContain(firstSignal.rule); // the drift first shows beyond the lower limit or 2 of 3 beyond 2σ
    const first = spec.table.rows.find((r) => r.period === firstSignal.period)!;
    expect(first.cells.at(-1)).toMatch(/^Warning: Rule [12]\b.*\(below the centre line\)$/);
  });

  it('speak the page\'s language, with the same numbers', () => {
    const en = controlChartSpec(h, 'KPI-CSAT', 'br-shenzhen', '2026-10') as ChartSpec;
    const zh = controlChartSpec(h, 'KPI-CSAT', 'br-shenzhen', '2026-10', 'zh-CN') as ChartSpec;
    expect(zh.series.map((s) => s.values)).toEqual(en.series.map((s) => s.values));
    expect(zh.series.map((s) => s.label).slice(0, 4)).toEqual(['数值', '中心线', '控制上限', '控制下限']);
    expect(zh.title).toBe(`深圳分店客户满意度：${shenzhenCsat.kind === 'p-prime' ? 'Laney p′' : 'p'} 控制图`);
    expect(zh.yTitle).toBe('百分比');
    expect(zh.table.columns.at(-1)).toBe('信号');
    expect(zh.table.rows.find((r) => r.period === firstSignal.period)!.cells.at(-1)).toMatch(/^预警：规则 [12].*（低于中心线）$/);
    expect(zh.summary).toContain(`首次出现在 ${firstSignal.period}`);
    const trend = kpiTrendChart(h, sc, 'KPI-CSAT', 'zh-CN')!;
    expect(trend.title).toBe('客户满意度：各单位趋势');
    expect(trend.series.find((s) => s.kind === 'pooled')!.label).toBe('海港里服务有限公司（汇总）');
    expect(controlChartSpec(h, 'KPI-RET', 'br-pudong', '2026-Q3', 'zh-CN')).toMatchObject({ none: true, reason: '仅有 7 个有数值的点；控制图至少需要 8 个点作为基线。' });
  });

  it('mark where each phase after the first begins, in the page\'s language', () => {
    // Pudong's complaint rate: a new phase after IA-2025-001 was closed as effective (2025-09-12).
    const en = controlChartSpec(h, 'KPI-CPT', 'br-pudong', '2026-10') as ChartSpec;
    expect(en.boundaries).toEqual([{ index: en.labels.indexOf('2025-10'), label: 'Phase 2' }]);
    expect(en.boundaries![0]!.index).toBeGreaterThan(0);
    const zh = controlChartSpec(h, 'KPI-CPT', 'br-pudong', '2026-10', 'zh-CN') as ChartSpec;
    expect(zh.boundaries).toEqual([{ index: en.boundaries![0]!.index, label: '阶段 2' }]);
    // A chart of one phase has none.
    expect((controlChartSpec(h, 'KPI-CSAT', 'br-shenzhen', '2026-10') as ChartSpec).boundaries).toBeUndefined();
  });

  it('say why there is none', () => {
    expect(controlChartSpec(h, 'KPI-RET', 'br-pudong', '2026-Q3')).toMatchObject({ none: true, reason: expect.stringMatching(/needs at least 8/) });
    expect(controlChartSpec(h, 'KPI-CSAT', 'nowhere', '2026-10')).toMatchObject({ none: true });
  });
});

describe('chartTable', () => {
  it('formats values with their unit and leaves reference lines blank where absent', () => {
    const t = chartTable('c', ['2026-01'], [{ label: 'A', kind: 'unit', values: [null] }, { label: 'L', kind: 'limit', values: [null] }, { label: 'T', kind: 'target', values: [85.123] }], 'percent');
    expect(t.rows[0]!.cells).toEqual(['No data', '—', '85.12%']);
  });
});

import { describe, expect, it } from 'vitest';
import { STATUSES, type PeriodChange } from '../../../src/core/scoring/index.ts';
import { changeView, compositeText, formatDifference, ruleLabel, overviewGrid, scorecardGrid, signalSummary, STATUS_META, statusCounts, statusMetas, unitScorecard, unitsInTreeOrder, valueText } from '../../../src/site/views/scorecard-view.ts';
import { scorecardFor } from '../../../src/site/stores/scorecards.ts';
import { sampleHandbook } from '../sample-handbook.ts';

const h = sampleHandbook();
const latest = scorecardFor(h, '2026-10');
/** Shenzhen's CSAT row in October 2026, as the engine computed it. */
const shenzhenCsat = latest.rows.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'br-shenzhen')!;
const csatText = valueText(shenzhenCsat.value, 'percent'); // e.g. 79.36%: derived from the counts, to 2 decimals

describe('status words and icons', () => {
  it('gives every status its own word and icon shape', () => {
    const icons = STATUSES.map((s) => STATUS_META[s].icon);
    const labels = STATUSES.map((s) => STATUS_META[s].label);
    expect(new Set(icons).size).toBe(STATUSES.length);
    expect(new Set(labels).size).toBe(STATUSES.length);
  });

  it('never shows a missing value as zero', () => {
    expect(valueText(null, 'percent')).toBe('—');
    expect(valueText(0, 'percent')).toBe('0%');
    expect(valueText(-5, 'points')).toBe('-5 points');
  });
});

describe('changes', () => {
  it('write the difference with sign and unit, percentages as percentage points', () => {
    expect(formatDifference(-5.1000000000000005, 'percent')).toBe('−5.1 pp');
    expect(formatDifference(1.1, 'minutes')).toBe('+1.1 min');
    expect(formatDifference(0, 'points')).toBe('±0 points');
  });

  it('say whether a change is better given the direction', () => {
    const change: PeriodChange = { from: '2026-09', fromValue: 20, difference: 1.1, effect: 'worsened', improvement: false };
    expect(changeView(change, 'minutes')).toEqual({ from: '2026-09', text: '+1.1 min', effect: 'worsened', effectLabel: 'worse', arrow: '▲' });
    expect(changeView(null, 'minutes')).toBeNull();
  });
});

describe('the overview grid', () => {
  const grid = scorecardGrid(latest);

  it('has a cell for every row and roll-up of the engine, with its value and status', () => {
    const cells = grid.rows.flatMap((r) => r.cells).filter((c) => c !== null);
    expect(cells).toHaveLength(latest.rows.length + latest.rollups.length);
    for (const row of latest.rows) {
      const r = grid.rows.find((x) => x.unit.id === row.unit)!;
      const cell = r.cells[grid.columns.findIndex((k) => k.id === row.kpi)]!;
      expect(cell).toMatchObject({ kind: 'row', status: row.status, value: row.value });
    }
  });

  it('orders units as the tree, each roll-up before its units', () => {
    expect(unitsInTreeOrder(latest).map((u) => `${u.depth}:${u.unit.id}`)).toEqual([
      '0:harbour-lane',
      '1:region-east',
      '2:br-pudong',
      '2:br-xuhui',
      '2:br-hangzhou',
      '2:br-suzhou',
      '1:region-south',
      '2:br-guangzhou',
      '2:br-shenzhen',
    ]);
    expect(grid.rows.filter((r) => r.rollup).map((r) => r.unit.id)).toEqual(['harbour-lane', 'region-east', 'region-south']);
  });

  it('groups KPI columns by layer', () => {
    expect(grid.groups.map((g) => g.layer)).toEqual(['efficiency', 'accuracy', 'satisfaction']);
    expect(grid.groups.reduce((s, g) => s + g.span, 0)).toBe(grid.columns.length);
  });

  it('flags the Shenzhen breach with its signal and its place below the other branches', () => {
    const shenzhen = grid.rows.find((r) => r.unit.id === 'br-shenzhen')!;
    const csat = shenzhen.cells[grid.columns.findIndex((k) => k.id === 'KPI-CSAT')]!;
    expect(csat).toMatchObject({ status: 'off-target', valueText: csatText });
    expect(csat.flags.map((f) => f.key)).toEqual(expect.arrayContaining(['signal', 'below']));
    expect(csat.flags.map((f) => f.key)).not.toContain('no-action');
  });

  it('flags problems without an action: Shenzhen in September 2026, before IA-2026-003', () => {
    const sep = scorecardFor(h, '2026-09');
    const sepGrid = scorecardGrid(sep);
    const withoutAction = sep.rows.filter((r) => r.noAction);
    expect(withoutAction.map((r) => `${r.kpi} ${r.unit}`)).toEqual(expect.arrayContaining(['KPI-CSAT br-shenzhen', 'KPI-FR-SLA br-shenzhen']));
    for (const r of withoutAction) {
      const cell = sepGrid.rows.find((x) => x.unit.id === r.unit)!.cells[sepGrid.columns.findIndex((k) => k.id === r.kpi)]!;
      expect(cell.flags.map((f) => f.key)).toContain('no-action');
    }
  });

  it('shows a miss within noise with its interval, in both languages', () => {
    // First-response compliance in Guangzhou, 2026-10: 94 % of about 90 complaints; its Wilson interval reaches 95.
    const row = latest.rows.find((r) => r.kpi === 'KPI-FR-SLA' && r.unit === 'br-guangzhou')!;
    const { lower, upper } = row.interval!;
    expect(lower).toBeLessThan(94);
    expect(upper).toBeGreaterThan(95);
    const col = grid.columns.findIndex((k) => k.id === 'KPI-FR-SLA');
    const gz = grid.rows.find((r) => r.unit.id === 'br-guangzhou')!.cells[col]!;
    const one = (x: number) => x.toFixed(1);
    expect(gz).toMatchObject({ status: 'within-noise', intervalText: `95 % interval ${one(lower)}–${one(upper)}` });
    const zh = scorecardGrid(latest, 'zh-CN').rows.find((r) => r.unit.id === 'br-guangzhou')!.cells[col]!;
    expect(zh.intervalText).toBe(`95% 区间 ${one(lower)}–${one(upper)}`);
    const two = (x: number) => String(Math.round(x * 100) / 100);
    expect(zh.reason).toBe(`94 未达到目标（≥ 95），但其 95% 区间 ${two(lower)} 至 ${two(upper)} 仍触及目标：在噪声范围内。`);
  });

  it('shows missing values as no data on the period they are missing', () => {
    const sep = scorecardGrid(scorecardFor(h, '2026-09'));
    const gz = sep.rows.find((r) => r.unit.id === 'br-guangzhou')!;
    expect(gz.cells[sep.columns.findIndex((k) => k.id === 'KPI-NPS')]).toMatchObject({ status: 'no-data', value: null, valueText: '—' });
    expect(statusCounts(sep)['no-data']).toBeGreaterThan(0);
  });

  it('counts every shown cell once', () => {
    const counts = statusCounts(grid);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(latest.rows.length + latest.rollups.length);
    expect(counts['off-target']).toBe(latest.rows.filter((r) => r.status === 'off-target').length + latest.rollups.filter((r) => r.status === 'off-target').length);
    expect(counts['off-target']).toBeGreaterThanOrEqual(2);
  });
});

describe('a unit scorecard', () => {
  it('has a line per KPI with target, trend, sparkline, signals and actions', () => {
    const v = unitScorecard(h, latest, 'br-shenzhen')!;
    expect(v.lines).toHaveLength(h.kpis.size);
    const csat = v.lines.find((l) => l.kpi.id === 'KPI-CSAT')!;
    expect(csat).toMatchObject({ kind: 'row', status: 'off-target', valueText: csatText, targetText: 'at least 85%' });
    const september = h.index.measurementsByKpi.get('KPI-CSAT')!.get('br-shenzhen')!.get('2026-09')!.value!;
    expect(csat.vsPrevious).toMatchObject({ from: '2026-09', effect: 'worsened', text: formatDifference(shenzhenCsat.value! - september, 'percent') });
    expect(csat.vsYearEarlier).toMatchObject({ from: '2025-10', effect: 'worsened' });
    expect(csat.sparkPeriods).toHaveLength(12);
    expect(csat.sparkPeriods.at(-1)).toBe('2026-10');
    expect(csat.sparkValues.at(-1)).toBe(shenzhenCsat.value);
    expect(csat.sparkline.lines.length).toBeGreaterThan(0);
    expect(csat.signals.some((s) => s.unfavourable)).toBe(true);
    expect(csat.actions.map((a) => a.id)).toEqual(['IA-2026-003']);
    for (const line of v.lines) expect(line.noAction, line.kpi.id).toBe(latest.rows.find((r) => r.kpi === line.kpi.id && r.unit === 'br-shenzhen')!.noAction);
    expect(v.composite?.score).toBeGreaterThan(0);
  });

  it('shows roll-ups for a region, with their trend computed from the pooled values', () => {
    const v = unitScorecard(h, latest, 'region-south')!;
    const csat = v.lines.find((l) => l.kpi.id === 'KPI-CSAT')!;
    const branches = ['br-guangzhou', 'br-shenzhen'].map((u) => latest.rows.find((r) => r.kpi === 'KPI-CSAT' && r.unit === u)!);
    const n = branches.reduce((s, r) => s + r.n!, 0);
    expect(csat).toMatchObject({ kind: 'rollup', n });
    expect(csat.value).toBeCloseTo(branches.reduce((s, r) => s + r.value! * r.n!, 0) / n, 9);
    expect(csat.vsPrevious?.from).toBe('2026-09');
    expect(csat.sparkValues.filter((x) => x !== null)).toHaveLength(12);
    expect(v.children.map((c) => c.id)).toEqual(['br-guangzhou', 'br-shenzhen']);
  });

  it('is undefined for a unit not on the scorecard', () => {
    expect(unitScorecard(h, latest, 'nowhere')).toBeUndefined();
  });
});

describe('signalSummary', () => {
  it('names the rules, most serious first, and the sides', () => {
    const row = shenzhenCsat;
    const rules = [...new Set(row.signals.map((s) => s.rule))];
    // Rule 1 (beyond the limits) is the most serious; the drift is below the centre line.
    expect(rules).toContain('we1');
    expect(signalSummary(row.signals)).toMatch(/^Rule 1, Rule 2\b.*\(below the centre line\)$/);
    expect(signalSummary([])).toBe('');
  });

  it('names them in Chinese', () => {
    const row = shenzhenCsat;
    expect(signalSummary(row.signals, 'zh-CN')).toMatch(/^规则 1、规则 2.*（低于中心线）$/);
    expect(signalSummary(row.signals, 'zh-CN').split('、')).toHaveLength(signalSummary(row.signals).split(', ').length);
    expect(ruleLabel('we1', 'zh-CN')).toBe('规则 1：超出控制限');
    expect(ruleLabel('we1')).toBe('Rule 1: beyond the control limits');
  });
});

describe('in Chinese', () => {
  it('has a word per status, with the same icons as in English', () => {
    const zh = statusMetas('zh-CN');
    expect(zh['off-target']).toEqual({ label: '未达标', icon: STATUS_META['off-target'].icon });
    expect(zh['no-data'].label).toBe('无数据');
    expect(new Set(STATUSES.map((s) => zh[s].label)).size).toBe(STATUSES.length);
    expect(statusMetas('en')).toEqual(STATUS_META);
    expect(STATUS_META['on-target'].label).toBe('On target');
  });

  it('writes values, differences and changes with Chinese units', () => {
    expect(valueText(18.5, 'minutes', 'zh-CN')).toBe('18.5 分钟');
    expect(valueText(null, 'minutes', 'zh-CN')).toBe('—');
    expect(formatDifference(-5.1000000000000005, 'percent', 'zh-CN')).toBe('−5.1 个百分点');
    const change: PeriodChange = { from: '2026-09', fromValue: 20, difference: 1.1, effect: 'worsened', improvement: false };
    expect(changeView(change, 'minutes', 'zh-CN')).toEqual({ from: '2026-09', text: '+1.1 分钟', effect: 'worsened', effectLabel: '变差', arrow: '▲' });
    expect(compositeText(undefined, 'zh-CN')).toEqual({ score: '—', coverage: '未计分', statuses: '' });
  });

  it('keeps every value and status of the grid, only the words change', () => {
    const en = scorecardGrid(latest);
    const zh = scorecardGrid(latest, 'zh-CN');
    const strip = (g: typeof en) => g.rows.flatMap((r) => r.cells.map((c) => (c ? [c.kpi, c.unit, c.status, c.value, c.flags.map((f) => f.key)] : null)));
    expect(strip(zh)).toEqual(strip(en));
    const cell = zh.rows.find((r) => r.unit.id === 'br-shenzhen')!.cells.find((c) => c?.kpi === 'KPI-CSAT')!;
    expect(cell.valueText).toBe(csatText);
    // August, September and October all missed 85: the miss persists.
    expect(cell.reason).toBe(`${Number(shenzhenCsat.value!.toFixed(2))} 超出预警线（≥ 80）。已连续 3 期未达到目标。`);
    expect(cell.flags.map((f) => f.text)).toContain('SPC 信号');
  });

  it('translates the reasons of roll-ups and the lines of a unit scorecard', () => {
    const view = unitScorecard(h, latest, 'region-south', 'zh-CN')!;
    const csat = view.lines.find((l) => l.kpi.id === 'KPI-CSAT')!;
    expect(csat.reason).toMatch(/^汇总值：按样本量汇总/);
    expect(csat.targetText).toBe('不低于 85%');
    expect(csat.vsPrevious?.effectLabel).toBe('变差');
    expect(view.lines.map((l) => l.value)).toEqual(unitScorecard(h, latest, 'region-south')!.lines.map((l) => l.value));
  });
});

describe('the overview grid of a large organisation', () => {
  const grid = scorecardGrid(scorecardFor(sampleHandbook(), '2026-10'));

  it('shows every unit while there are few', () => {
    const shown = overviewGrid(grid);
    expect(shown.hidden).toBe(0);
    expect(shown.grid.rows).toHaveLength(grid.rows.length);
  });

  it('above the limit shows only the roll-ups (units with units below them) and counts the others', () => {
    const shown = overviewGrid(grid, 3);
    const rollups = grid.rows.filter((r) => r.rollup);
    expect(rollups.length).toBeGreaterThan(0);
    expect(shown.grid.rows.map((r) => r.unit.id)).toEqual(rollups.map((r) => r.unit.id));
    expect(shown.hidden).toBe(grid.rows.length - rollups.length);
    expect(shown.grid.columns).toBe(grid.columns);
  });
});

/**
 * Words of the charts (src/lib/chart-spec.ts, components/charts): series names, axis titles,
 * summaries, captions and the words the chart script shows (tooltips).
 */
import type { Kpi } from '../../core/schema/kpi.ts';
import { dictionary } from './dictionary.ts';

type MeasurementUnit = Kpi['unit'];

const s = (n: number, one = '', many = 's') => (n === 1 ? one : many);

export const chartText = dictionary(
  {
    yTitles: { percent: 'Percent', points: 'Points', score: 'Score', minutes: 'Minutes', hours: 'Hours', 'per-1000': 'Per 1,000' } as Record<MeasurementUnit, string>,
    target: (v: string) => `Target (${v})`,
    targetLow: (v: string) => `Target band low (${v})`,
    targetHigh: (v: string) => `Target band high (${v})`,
    warning: (v: string) => `Warning (${v})`,
    warningLow: (v: string) => `Warning band low (${v})`,
    warningHigh: (v: string) => `Warning band high (${v})`,
    signalsColumn: 'Signals',
    noData: 'No data',
    /** In a tooltip, for a point without a value. */
    tooltipNoData: 'no data',
    pooled: (unit: string) => `${unit} (pooled)`,
    period: 'Period',
    dataTable: 'Data table: ',
    trend: {
      title: (kpi: string) => `${kpi}: trend across units`,
      caption: (kpi: string) => `${kpi} per unit and period`,
      latestUnit: (unit: string, value: string, status: string) => `${unit} ${value} (${status.toLowerCase()})`,
      latestSeparator: '; ',
      summary: (p: { kpi: string; from: string; to: string; target: string; problems: number; units: number; period: string; latest: string; omitted: number }) =>
        `${p.kpi} per unit from ${p.from} to ${p.to}, with the target ${p.target} and the warning threshold. ` +
        `${p.problems} of ${p.units} unit${s(p.units)} show a problem in ${p.period}. ` +
        (p.latest ? `Latest: ${p.latest}.` : '') +
        (p.omitted > 0 ? ` ${p.omitted} more unit${p.omitted === 1 ? ' is' : 's are'} not drawn; the table and the exports have every unit.` : ''),
    },
    control: {
      kinds: { p: 'p-chart', xmr: 'XmR chart' } as Record<'p' | 'xmr', string>,
      value: 'Value',
      centre: 'Centre line',
      upper: 'Upper control limit',
      lower: 'Lower control limit',
      signal: 'Unfavourable signal',
      warning: (summary: string) => `Warning: ${summary}`,
      improvement: (summary: string) => `Improvement: ${summary}`,
      signalSeparator: '; ',
      noValues: 'No values reported.',
      limitsFixed: (lower: string, upper: string) => `limits ${lower} to ${upper}`,
      limitsVarying: (lower: string, upper: string) => `limits varying with each period's sample size (latest ${lower} to ${upper})`,
      summary: (p: { kind: string; kpi: string; unit: string; from: string; to: string; centre: string; baselineFrom: string; baselineTo: string; limits: string; latest: string; latestPeriod: string }) =>
        `${p.kind} of ${p.kpi} at ${p.unit}, ${p.from} to ${p.to}: centre line ${p.centre} ` +
        `(baseline ${p.baselineFrom} to ${p.baselineTo}), ${p.limits}. Latest value ${p.latest} in ${p.latestPeriod}. `,
      noSignal: 'No unfavourable signal.',
      signals: (points: number, first: string, rule: string) => `Unfavourable signals at ${points} point${s(points)}, the first in ${first} (${rule}).`,
      title: (kpi: string, unit: string, kind: string) => `${kpi} at ${unit}: ${kind}`,
      caption: (kpi: string, unit: string) => `${kpi} at ${unit}: values, control limits and signals`,
    },
  },
  {
    yTitles: { percent: '百分比', points: '分', score: '得分', minutes: '分钟', hours: '小时', 'per-1000': '每千例' },
    target: (v) => `目标（${v}）`,
    targetLow: (v) => `目标区间下限（${v}）`,
    targetHigh: (v) => `目标区间上限（${v}）`,
    warning: (v) => `预警线（${v}）`,
    warningLow: (v) => `预警区间下限（${v}）`,
    warningHigh: (v) => `预警区间上限（${v}）`,
    signalsColumn: '信号',
    noData: '无数据',
    tooltipNoData: '无数据',
    pooled: (unit) => `${unit}（汇总）`,
    period: '期间',
    dataTable: '数据表：',
    trend: {
      title: (kpi) => `${kpi}：各单位趋势`,
      caption: (kpi) => `${kpi}：各单位各期数值`,
      latestUnit: (unit, value, status) => `${unit} ${value}（${status}）`,
      latestSeparator: '；',
      summary: (p) =>
        `${p.from} 至 ${p.to} 各单位的${p.kpi}，附目标 ${p.target} 和预警线。` +
        `${p.period} 共 ${p.units} 个单位中有 ${p.problems} 个存在问题。` +
        (p.latest ? `最新：${p.latest}。` : '') +
        (p.omitted > 0 ? `另有 ${p.omitted} 个单位未绘出；数据表和导出文件包含全部单位。` : ''),
    },
    control: {
      kinds: { p: 'p 控制图', xmr: 'XmR 控制图' },
      value: '数值',
      centre: '中心线',
      upper: '控制上限',
      lower: '控制下限',
      signal: '不利信号',
      warning: (summary) => `预警：${summary}`,
      improvement: (summary) => `改善：${summary}`,
      signalSeparator: '；',
      noValues: '未上报数值。',
      limitsFixed: (lower, upper) => `控制限 ${lower} 至 ${upper}`,
      limitsVarying: (lower, upper) => `控制限随各期样本量变化（最新为 ${lower} 至 ${upper}）`,
      summary: (p) =>
        `${p.unit}${p.kpi}的${p.kind}，${p.from} 至 ${p.to}：中心线 ${p.centre}` +
        `（基线 ${p.baselineFrom} 至 ${p.baselineTo}），${p.limits}。最新数值 ${p.latest}（${p.latestPeriod}）。`,
      noSignal: '无不利信号。',
      signals: (points, first, rule) => `${points} 个点出现不利信号，首次出现在 ${first}（${rule}）。`,
      title: (kpi, unit, kind) => `${unit}${kpi}：${kind}`,
      caption: (kpi, unit) => `${unit}${kpi}：数值、控制限和信号`,
    },
  },
);

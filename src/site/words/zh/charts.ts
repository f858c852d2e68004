/** Chinese words of charts (the English ones, in ../en/charts.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const charts: Words['charts'] = {
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
    kinds: { p: 'p 控制图', 'p-prime': 'Laney p′ 控制图', u: 'u 控制图', 'u-prime': 'Laney u′ 控制图', xmr: 'XmR 控制图' },
    choice: (c, kind, sz) => {
      switch (c.code) {
        case 'over-dispersed':
          return `${kind}：期间之间的波动是${c.kind === 'u-prime' ? '泊松' : '二项'}抽样波动的 ${sz} 倍（σz = ${sz}），控制限按此放宽。`;
        case 'within-sampling':
          return `${kind}：期间之间的波动未超出${c.kind === 'u' ? '泊松' : '二项'}抽样波动（σz = ${sz} ≤ 1），沿用普通控制限。`;
        case 'declared':
          return `${kind}：按指标定义的要求（controlChart.chart）。`;
        case 'no-sample-sizes':
          return `${kind}：数值没有样本量，无法绘制 p 控制图。`;
        case 'not-counts':
          return `${kind}：数值不是事件计数（得分、均值、时长或 NPS）。`;
      }
    },
    ruleSets: {
      limits: '规则 1（点超出控制限）',
      'limits-trend': '规则 1 和趋势规则',
      'we1-2': '西电规则 1 和 2',
      'we1-2-trend': '西电规则 1、2 和趋势规则',
      'we1-3': '西电规则 1–3',
      'western-electric': '西电规则 1–4',
      'western-electric-trend': '西电规则 1–4 和趋势规则',
    },
    rulesLine: (rules, arl) => `判异规则：${rules}；过程稳定时，约每 ${arl} 个点出现一次误报。`,
    phaseTitle: '阶段',
    phaseColumn: '阶段',
    phaseLabel: (i) => `阶段 ${i}`,
    phaseRange: (from, to) => (from === to ? from : `${from} 至 ${to}`),
    phaseLine: (label, range, cause, state) => `${label}（${range}），${cause}：${state}。`,
    phaseCauses: {
      start: '自第一个数值起',
      action: (id, closed) => `改进措施 ${id} 于 ${closed} 关闭且有效之后`,
      sopVersion: (sop, version, date) => `${sop} ${version} 版于 ${date} 生效之后`,
      declared: (reason) => `已声明的变更：${reason}`,
      rampUp: (reason) => `爬坡期，不计入基线：${reason}`,
      afterRampUp: '爬坡期之后',
    },
    phaseBaseline: (from, to, centre) => `基线 ${from} 至 ${to}，中心线 ${centre}`,
    phaseKind: (kind) => `（${kind}）`,
    phaseNoBaseline: '没有自己的控制限（数值太少，无法建立基线）',
    phaseRampUp: '无控制限，不判异',
    acknowledged: (by, on, cause) => `已由 ${by} 于 ${on} 确认：${cause}`,
    provisional: '暂定',
    provisionalValue: '暂定数值（尚非最终）',
    limitsOf: (phase, cause) => `采用${phase}的控制限：${cause}。`,
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
};

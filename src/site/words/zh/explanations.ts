/**
 * The scoring engine's explanations (src/core/scoring/explanation.ts) in Simplified Chinese. The
 * numbers are written as in English (src/core/scoring/explanation-words.ts): values to 2 decimals,
 * thresholds as `≥ 85`.
 */
import type { Credibility, ExplanationWords } from '../../../core/scoring/explanation.ts';
import { rounded, shownValue, thresholdText } from '../../../core/scoring/explanation-words.ts';
import type { Interval } from '../../../core/scoring/intervals.ts';

const range = (i: Interval) => `${i.level}% 区间 ${rounded(i.lower)} 至 ${rounded(i.upper)}`;

function credibleText(c: Credibility | null): string {
  if (c === null) return '';
  if (c.by === 'persistence') return `已连续 ${c.periods} 期未达到目标。`;
  return `其 ${range(c.interval)} 完全在该线之外。`;
}

const leftOut = (units: readonly string[]) => (units.length ? `因缺少样本量未计入：${units.join('、')}。` : '');
const noFunnel = (lacks: boolean) => (lacks ? '部分数值缺少样本量，因此不使用漏斗图。' : '');
const DL = '对在 10% 处缩尾的 z 分数用 DerSimonian–Laird 法估计，Spiegelhalter 2005';

export const explanations: ExplanationWords = {
  'status/not-applicable': () => '该指标不适用于本单位。',
  'status/not-reported': () => '本期未上报数据。',
  'status/reported-missing': () => '数值上报为缺失（null）。',
  'status/meets-target': (e) => `${shownValue(e.value)} 达到目标（${thresholdText(e.direction, e.target)}）。`,
  'status/within-warning': (e) =>
    `${shownValue(e.value)} 未达到目标（${thresholdText(e.direction, e.target)}），但仍在预警线以内（${thresholdText(e.direction, e.warning)}）。${credibleText(e.credible)}`,
  'status/beyond-warning': (e) => `${shownValue(e.value)} 超出预警线（${thresholdText(e.direction, e.warning)}）。${credibleText(e.credible)}`,
  'status/within-noise': (e) => `${shownValue(e.value)} 未达到目标（${thresholdText(e.direction, e.target)}），但其 ${range(e.interval)} 仍触及目标：在噪声范围内。`,
  'status/interval-reaches-warning': (e) =>
    `${shownValue(e.value)} 未达到目标（${thresholdText(e.direction, e.target)}）：其 ${range(e.interval)} 完全在目标之外，但触及预警线（${thresholdText(e.direction, e.warning)}）。`,
  'rollup/no-values': () => '下级单位均无数值。',
  'rollup/nothing-to-pool': (e) => `没有带样本量的数值可汇总。${leftOut(e.excluded)}`,
  'rollup/pooled': (e) => `按样本量汇总（Σ 数值·n ÷ Σ n），共 ${e.units} 个单位，n = ${e.n}。${leftOut(e.excluded)}`,
  'rollup/weighted': (e) => `按 n 加权（Σ 数值·n ÷ Σ n），共 ${e.units} 个单位，n = ${e.n}。`,
  'rollup/plain-mean': (e) => `${e.units} 个单位数值的简单平均：并非每个数值都有样本量，因此各单位权重相同。`,
  'comparison/no-values': () => '本期没有单位有数值。',
  'comparison/too-few-units': (e) => `有数值的单位少于 ${e.least} 个：无预期范围。${noFunnel(e.lacksSampleSizes)}`,
  'comparison/funnel': (e) =>
    `漏斗图：各单位与其他单位的合并值比较（全部单位：${rounded(e.centre)}），按其样本量计算 95% 和 99.8% 界限（单位较少时用 Student t）` +
    (e.tau !== null && e.tau > 0 ? `，并按过度离散放宽（τ = ${rounded(e.tau)}：${DL}）` : `；未发现过度离散（${DL}）`) +
    '；仅超出 99.8% 的单位被标记。',
  'comparison/leave-one-out': (e) =>
    `留一法：各单位与其他单位的均值和标准差比较（全部单位：均值 ${rounded(e.mean)}，标准差 ${rounded(e.sd)}），采用 95% 和 99.8% 预测界限（Student t）；仅超出 99.8% 的单位被标记。${noFunnel(e.lacksSampleSizes)}`,
  'chart/too-few-points': (e) => `仅有 ${e.points} 个有数值的点；控制图至少需要 ${e.least} 个点作为基线。`,
  'chart/no-moving-range': () => '基线数值全部相同（无移动极差），无法计算控制限。',
  'chart/p-no-spread': (e) => `基线比例为 ${e.percent}%：比例为 0% 或 100% 时 p 控制图没有离散度。`,
  'chart/u-no-spread': () => '基线比率为 0：没有事件时 u 控制图没有离散度。',
  'chart/phase-too-few': (e) => `本阶段有数值的点少于 ${e.least} 个：没有自己的基线。`,
  'chart/ramp-up': () => '爬坡期：不计入任何基线。',
  'chart/no-values': () => '未上报数值。',
  'chart/not-applicable': () => '不适用。',
  'chart/none': () => '无控制图。',
  'attainment/normalisation': () =>
    '达成率以各指标自身的阈值为锚点：达到目标（及更优）为 100，位于预警线时为预警分（除非指标另设，为 50），达到该指标的底线（及更差）为 0，其间线性变化。',
};

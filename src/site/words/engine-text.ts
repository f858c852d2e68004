/**
 * The scoring engine (src/core/scoring) explains itself in English: why a status (`79.4 is beyond
 * the warning threshold (≥ 80).`), how a roll-up was pooled, how units were compared, why a unit
 * has no control chart, how attainment is normalised. The exports keep these words as they are;
 * pages in another language translate them here, by their known shapes. Text of an unknown shape
 * is returned unchanged (still English; show it with FreeText.astro, which marks its language).
 */
import { NORMALISATION } from '../../core/scoring/index.ts';
import type { UiLocale } from './locale.ts';

type Rule = [RegExp, (...groups: string[]) => string];

/** `a, b, c` (unit ids) as a Chinese list. */
const list = (ids: string) => ids.split(', ').join('、');

/** Endings the engine appends to some notes. */
const SUFFIXES: Rule[] = [
  [/ It has missed the target (\d+) periods in a row\.$/, (n) => `已连续 ${n} 期未达到目标。`],
  [/ Its (\d+) % interval (.+) to (.+) lies beyond it\.$/, (l, a, b) => `其 ${l}% 区间 ${a} 至 ${b} 完全在该线之外。`],
  [/ Left out for lack of a sample size: (.+)\.$/, (ids) => `因缺少样本量未计入：${list(ids!)}。`],
  [/ Some values lack a sample size, so no funnel plot\.$/, () => '部分数值缺少样本量，因此不使用漏斗图。'],
];

const ZH: Rule[] = [
  // Status reasons (status.ts).
  [/^The KPI does not apply to this unit\.$/, () => '该指标不适用于本单位。'],
  [/^Nothing was reported for this period\.$/, () => '本期未上报数据。'],
  [/^The value was reported as missing \(null\)\.$/, () => '数值上报为缺失（null）。'],
  [
    /^(.+) misses the target \((.+)\), but its (\d+) % interval (.+) to (.+) reaches it: within noise\.$/,
    (v, t, l, a, b) => `${v} 未达到目标（${t}），但其 ${l}% 区间 ${a} 至 ${b} 仍触及目标：在噪声范围内。`,
  ],
  [
    /^(.+) misses the target \((.+)\): its (\d+) % interval (.+) to (.+) lies beyond the target but reaches the warning threshold \((.+)\)\.$/,
    (v, t, l, a, b, w) => `${v} 未达到目标（${t}）：其 ${l}% 区间 ${a} 至 ${b} 完全在目标之外，但触及预警线（${w}）。`,
  ],
  [/^(.+) meets the target \((.+)\)\.$/, (v, t) => `${v} 达到目标（${t}）。`],
  [/^(.+) misses the target \((.+)\) but is within the warning threshold \((.+)\)\.$/, (v, t, w) => `${v} 未达到目标（${t}），但仍在预警线以内（${w}）。`],
  [/^(.+) is beyond the warning threshold \((.+)\)\.$/, (v, w) => `${v} 超出预警线（${w}）。`],
  // Roll-ups (rollup.ts).
  [/^No unit below has a value\.$/, () => '下级单位均无数值。'],
  [/^No value with a sample size to pool\.$/, () => '没有带样本量的数值可汇总。'],
  [/^Pooled by sample size \(Σ value·n ÷ Σ n\) over (\d+) units?, n = (\d+)\.$/, (u, n) => `按样本量汇总（Σ 数值·n ÷ Σ n），共 ${u} 个单位，n = ${n}。`],
  [/^Weighted by n \(Σ value·n ÷ Σ n\) over (\d+) units?, n = (\d+)\.$/, (u, n) => `按 n 加权（Σ 数值·n ÷ Σ n），共 ${u} 个单位，n = ${n}。`],
  [/^Plain mean of (\d+) unit values?: not every value has a sample size, so units are weighted equally\.$/, (u) => `${u} 个单位数值的简单平均：并非每个数值都有样本量，因此各单位权重相同。`],
  // Comparisons (comparison.ts).
  [
    /^Funnel plot: each unit against the pooled value of the other units \(all units: (.+)\), 95 % and 99\.8 % limits for its sample size \(Student t for few units\), widened for over-dispersion \(τ = (.+): DerSimonian–Laird on z-scores winsorised at 10 %, Spiegelhalter 2005\); a unit is flagged only beyond 99\.8 %\.$/,
    (c, tau) => `漏斗图：各单位与其他单位的合并值比较（全部单位：${c}），按其样本量计算 95% 和 99.8% 界限（单位较少时用 Student t），并按过度离散放宽（τ = ${tau}：对在 10% 处缩尾的 z 分数用 DerSimonian–Laird 法估计，Spiegelhalter 2005）；仅超出 99.8% 的单位被标记。`,
  ],
  [
    /^Funnel plot: each unit against the pooled value of the other units \(all units: (.+)\), 95 % and 99\.8 % limits for its sample size \(Student t for few units\), with no over-dispersion found \(DerSimonian–Laird on z-scores winsorised at 10 %, Spiegelhalter 2005\); a unit is flagged only beyond 99\.8 %\.$/,
    (c) => `漏斗图：各单位与其他单位的合并值比较（全部单位：${c}），按其样本量计算 95% 和 99.8% 界限（单位较少时用 Student t）；未发现过度离散（对在 10% 处缩尾的 z 分数用 DerSimonian–Laird 法估计，Spiegelhalter 2005）；仅超出 99.8% 的单位被标记。`,
  ],
  [/^Fewer than (\d+) units with a value: no expected range\.$/, (m) => `有数值的单位少于 ${m} 个：无预期范围。`],
  [
    /^Leave-one-out: each unit against the mean and sd of the other units \(all units: mean (.+), sd (.+)\), 95 % and 99\.8 % prediction limits \(Student t\); a unit is flagged only beyond 99\.8 %\.$/,
    (c, sd) => `留一法：各单位与其他单位的均值和标准差比较（全部单位：均值 ${c}，标准差 ${sd}），采用 95% 和 99.8% 预测界限（Student t）；仅超出 99.8% 的单位被标记。`,
  ],
  [/^No unit has a value for this period\.$/, () => '本期没有单位有数值。'],
  // Control charts (spc.ts, scorecard-row.ts, data-quality.ts).
  [/^Only (\d+) points? with a value; a control chart needs at least (\d+) for its baseline\.$/, (n, least) => `仅有 ${n} 个有数值的点；控制图至少需要 ${least} 个点作为基线。`],
  [/^The baseline values are all equal \(no moving range\), so no limits can be drawn\.$/, () => '基线数值全部相同（无移动极差），无法计算控制限。'],
  [/^The baseline proportion is (.+)%: a p-chart has no spread at 0% or 100%\.$/, (p) => `基线比例为 ${p}%：比例为 0% 或 100% 时 p 控制图没有离散度。`],
  [/^The baseline rate is 0: a u-chart has no spread without events\.$/, () => '基线比率为 0：没有事件时 u 控制图没有离散度。'],
  [/^Fewer than (\d+) points with a value in this phase: no baseline of its own\.$/, (least) => `本阶段有数值的点少于 ${least} 个：没有自己的基线。`],
  [/^A ramp-up: left out of every baseline\.$/, () => '爬坡期：不计入任何基线。'],
  [/^No values reported\.$/, () => '未上报数值。'],
  [/^Not applicable\.$/, () => '不适用。'],
  [/^No control chart\.$/, () => '无控制图。'],
];

const NORMALISATION_ZH =
  '达成率以各指标自身的阈值为锚点：达到目标（及更优）为 100，位于预警线时为预警分（除非指标另设，为 50），达到该指标的底线（及更差）为 0，其间线性变化。';

function translate(text: string): string | undefined {
  if (text === NORMALISATION) return NORMALISATION_ZH;
  let rest = text;
  let tail = '';
  for (const [re, f] of SUFFIXES) {
    const m = re.exec(rest);
    if (m) {
      rest = rest.slice(0, m.index);
      tail = f(...m.slice(1)) + tail;
    }
  }
  for (const [re, f] of ZH) {
    const m = re.exec(rest);
    if (m) return f(...m.slice(1)) + tail;
  }
  return undefined;
}

/**
 * An explanation of the engine in `locale`: unchanged in English; in Chinese translated when its
 * shape is known, else unchanged (English).
 */
export function engineText(text: string, locale?: UiLocale): string;
export function engineText(text: string | null, locale?: UiLocale): string | null;
export function engineText(text: string | null, locale: UiLocale = 'en'): string | null {
  if (text === null || locale === 'en') return text;
  return translate(text) ?? text;
}

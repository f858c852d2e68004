/**
 * The counts behind a measurement's value, and the value derived from them (DOMAIN.md §4: store
 * counts, derive rates). A proportion is `k` events of `n` cases; an NPS is promoters, passives
 * and detractors; a survey score is the number of responses per scale point, or its mean with the
 * standard deviation and `n`; a duration is its mean with median, 90th percentile and `n`.
 *
 * `readCounts` derives the value from the counts given, checks a value given with them (they must
 * agree up to the rounding of the value as written), and says what is wrong as problems with a
 * code, the field and the words; the `measurement-counts` rule reports them. The result is what
 * the statistics read: `MeasurementEntity.counts`.
 */
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import { KPI_METHODS, type CountShape, type KpiMethod, type SurveyPoints } from '../schema/kpi-method.ts';
import type { SampleKind } from '../schema/kpi.ts';
import { COUNT_FIELDS, type CountField, type Measurement } from '../schema/measurement.ts';

/**
 * Where a measurement's counts come from: `counts` as written (or derived exactly from the
 * responses), or `value`, reconstructed from a rounded value and `n` (a file that gives only the
 * rate: `k` is then `value × n` rounded, good to the rounding of the value).
 */
export type CountsSource = 'counts' | 'value';

/** `k` events among `n` cases; the value is k ÷ n × 100. */
export interface ProportionCounts {
  shape: 'proportion';
  k: number;
  n: number;
  from: CountsSource;
  /** Responses per scale point, lowest first, when the value was counted from them. */
  responses?: readonly number[];
}

/** `k` events per `n` cases of exposure; the value is k ÷ n × `per` (1,000 for `per-thousand`). */
export interface RateCounts {
  shape: 'rate';
  k: number;
  n: number;
  per: number;
  from: CountsSource;
}

/**
 * A net score: promoters (positive answers), passives and detractors (negative answers) of `n`
 * responses; the value is (promoters − detractors) ÷ n × 100. For `ces-net` the three are the
 * responses that agree, are neutral and disagree.
 */
export interface NetCounts {
  shape: 'net';
  promoters: number;
  passives: number;
  detractors: number;
  n: number;
  from: 'counts';
  responses?: readonly number[];
}

/** A mean of `n` individual scores with their standard deviation (undefined when not given). */
export interface MeanCounts {
  shape: 'mean';
  mean: number;
  sd: number | undefined;
  n: number;
  from: CountsSource;
  responses?: readonly number[];
}

/** A duration: the mean time (the value) of `n` cases, with the median and 90th percentile when given. */
export interface DurationCounts {
  shape: 'duration';
  mean: number;
  median: number | undefined;
  p90: number | undefined;
  n: number;
  from: CountsSource;
}

export type Counts = ProportionCounts | RateCounts | NetCounts | MeanCounts | DurationCounts;

/** A problem with a measurement's counts, reported at `field`. */
export interface CountProblem {
  code: DiagnosticCode;
  field: CountField | 'value' | 'n';
  message: string;
  hint: string;
}

export interface CountsResult {
  /** The value: derived from the counts when they were given and are valid, else the value written (null for none). */
  value: number | null;
  /** The sample size: written, or the sum of the counts. */
  n: number | undefined;
  /** What the statistics need; undefined when the value has no usable counts. */
  counts: Counts | undefined;
  problems: CountProblem[];
  /** A value is given without the counts the KPI's values are expected to come with. */
  withoutCounts: boolean;
}

export interface CountsKpi {
  id: string;
  method: KpiMethod;
  sample?: SampleKind | undefined;
}

/** The fields a measurement may carry for each shape of counts. */
const ALLOWED: Record<CountShape, readonly CountField[]> = {
  proportion: ['k', 'responses'],
  rate: ['k'],
  net: ['promoters', 'passives', 'detractors', 'responses'],
  mean: ['sd', 'responses'],
  duration: ['median', 'p90'],
};

/** The count fields allowed for each method (responses only for a survey question's scale). */
const allowedByMethod = new Map<KpiMethod, readonly CountField[]>();

/** How each shape is written, for hints. */
export const COUNTS_HOW: Record<CountShape, string> = {
  proportion: '`k` (the cases counted) and `n` (all cases)',
  rate: '`k` (the events) and `n` (the cases they happened in)',
  net: '`promoters`, `passives` and `detractors`',
  mean: '`sd` and `n` with the mean as `value`',
  duration: '`median`, `p90` and `n` with the mean as `value`',
};

/** Whether a measurement carries any count field. */
export function hasCountFields(m: Partial<Record<CountField, unknown>>): boolean {
  return COUNT_FIELDS.some((f) => m[f] !== undefined);
}

/** The first count field a measurement carries, for positions. */
export function firstCountField(m: Partial<Record<CountField, unknown>>): CountField | undefined {
  return COUNT_FIELDS.find((f) => m[f] !== undefined);
}

/** A measurement's count fields (the value as written is passed apart: the model keeps it as `valueWritten`). */
export type CountsInput = Partial<Pick<Measurement, CountField | 'n' | 'value'>>;

/** The counts of measurement `m` of `kpi`, with `w` the value as written (undefined when left out, null for no data). */
export function readCounts(kpi: CountsKpi, m: CountsInput, w: number | null | undefined): CountsResult {
  const method = KPI_METHODS[kpi.method];
  const shape: CountShape = method.counts;
  const points: SurveyPoints | undefined = method.points;
  const problems: CountProblem[] = [];
  const given = w ?? null;
  const fail = (): CountsResult => ({ value: given, n: m.n, counts: undefined, problems, withoutCounts: false });

  let allowed = allowedByMethod.get(kpi.method);
  if (!allowed) allowedByMethod.set(kpi.method, (allowed = ALLOWED[shape].filter((f) => f !== 'responses' || points !== undefined)));
  for (const field of COUNT_FIELDS) {
    if (m[field] === undefined || allowed.includes(field)) continue;
    problems.push({
      code: 'measurement/wrong-counts',
      field,
      message: `\`${field}\` does not fit ${kpi.id}: it is a ${kpi.method} KPI, whose values are counted as ${COUNTS_HOW[shape]}.`,
      hint: allowed.length > 0 ? `Give ${COUNTS_HOW[shape]}${allowed.includes('responses') ? ', or `responses` per scale point' : ''}; remove \`${field}\`.` : `Remove \`${field}\`.`,
    });
  }
  if (m.responses !== undefined && points !== undefined) {
    const expected = points.max - points.min + 1;
    if (m.responses.length !== expected) {
      problems.push({
        code: 'measurement/wrong-counts',
        field: 'responses',
        message: `\`responses\` has ${m.responses.length} counts, but the ${kpi.method} question of ${kpi.id} has ${expected} scale points (${points.min} to ${points.max}).`,
        hint: `Give one count per scale point, lowest point (${points.min}) first: ${expected} whole numbers.`,
      });
    }
  }
  if (problems.length > 0) return fail();

  switch (shape) {
    case 'proportion':
    case 'rate':
      return proportionOrRate(kpi, m, w, shape, points, problems);
    case 'net':
      return net(kpi, m, w, points!, problems);
    case 'mean':
      return mean(kpi, m, w, points, problems);
    case 'duration':
      return duration(kpi, m, w, problems);
  }
}

function proportionOrRate(kpi: CountsKpi, m: CountsInput, w: number | null | undefined, shape: 'proportion' | 'rate', points: SurveyPoints | undefined, problems: CountProblem[]): CountsResult {
  const per = shape === 'rate' ? 1000 : 100;
  const given = w ?? null;
  let k = m.k;
  let n = m.n;
  if (m.responses !== undefined && points?.positive !== undefined) {
    const fromResponses = sumFrom(m.responses, points, points.positive, points.max);
    const total = sum(m.responses);
    if (k !== undefined && k !== fromResponses) {
      problems.push(mismatch('k', `\`k\` is ${k}, but the responses at ${points.positive} or above add up to ${fromResponses}.`, 'Give either `k` and `n` or `responses`, or correct the one that is wrong.'));
    }
    if (n !== undefined && n !== total) problems.push(sumMismatch(n, total, 'the responses'));
    k = fromResponses;
    n = total;
  } else if (k === undefined) {
    // Only a rate: usable as before, with its counts reconstructed; the KPI expects counts.
    const counts: Counts | undefined =
      given !== null && n !== undefined && n > 0
        ? shape === 'rate'
          ? { shape, k: Math.round((given / per) * n), n, per, from: 'value' }
          : { shape, k: Math.round((given / per) * n), n, from: 'value' }
        : undefined;
    return { value: given, n, counts, problems, withoutCounts: given !== null && kpi.sample !== 'none' };
  } else if (n === undefined) {
    problems.push({
      code: 'measurement/missing-sample-size',
      field: 'k',
      message: `\`k\` is ${k}, but \`n\` is missing: ${k} of how many?`,
      hint: `Add \`n\`: all the ${shape === 'rate' ? 'cases (orders, jobs) the events happened in' : 'cases or responses, of which `k` were counted'}.`,
    });
  }
  if (problems.length > 0 || k === undefined || n === undefined) return { value: given, n: m.n, counts: undefined, problems, withoutCounts: false };
  if (k > n) {
    problems.push({
      code: 'measurement/count-exceeds-sample',
      field: m.k !== undefined ? 'k' : 'responses',
      message: `\`k\` is ${k}, more than the ${n} cases (\`n\`) it is counted among.`,
      hint: '`k` counts cases among the `n`: it cannot exceed `n`. Check whether the two were swapped or taken from different reports.',
    });
    return { value: given, n: m.n, counts: undefined, problems, withoutCounts: false };
  }
  if (n === 0) return emptySample(m, w, problems);
  const derived = (k / n) * per;
  checkGiven(kpi, w, derived, `${k} of ${n}`, problems);
  const counts: Counts =
    shape === 'rate' ? { shape, k, n, per, from: 'counts' } : { shape, k, n, from: 'counts', ...(m.responses ? { responses: m.responses } : {}) };
  return { value: problems.length > 0 ? given : derived, n, counts: problems.length > 0 ? undefined : counts, problems, withoutCounts: false };
}

function net(kpi: CountsKpi, m: CountsInput, w: number | null | undefined, points: SurveyPoints, problems: CountProblem[]): CountsResult {
  const given = w ?? null;
  let promoters = m.promoters;
  let passives = m.passives;
  let detractors = m.detractors;
  const named = [promoters, passives, detractors].filter((x) => x !== undefined).length;
  if (m.responses !== undefined) {
    const r = m.responses;
    const p = sumFrom(r, points, points.positive!, points.max);
    const d = sumFrom(r, points, points.min, points.negative!);
    const pa = sum(r) - p - d;
    for (const [field, written, counted] of [
      ['promoters', promoters, p],
      ['passives', passives, pa],
      ['detractors', detractors, d],
    ] as const) {
      if (written !== undefined && written !== counted) {
        problems.push(mismatch(field, `\`${field}\` is ${written}, but the responses give ${counted}.`, 'Give either the three counts or `responses`, or correct the one that is wrong.'));
      }
    }
    promoters = p;
    passives = pa;
    detractors = d;
  } else if (named === 0) {
    return { value: given, n: m.n, counts: undefined, problems, withoutCounts: given !== null && kpi.sample !== 'none' };
  } else if (named < 3) {
    const missing = (['promoters', 'passives', 'detractors'] as const).filter((f) => m[f] === undefined);
    problems.push({
      code: 'schema/missing-field',
      field: firstCountField(m)!,
      message: `${missing.map((f) => `\`${f}\``).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: ${kpi.id} is counted as promoters, passives and detractors, all three.`,
      hint: `Add ${missing.map((f) => `\`${f}\``).join(' and ')} (0 if there were none); \`n\` is their sum and may be left out.`,
    });
    return { value: given, n: m.n, counts: undefined, problems, withoutCounts: false };
  }
  const total = promoters! + passives! + detractors!;
  if (m.n !== undefined && m.n !== total) problems.push(sumMismatch(m.n, total, 'promoters, passives and detractors'));
  if (problems.length > 0) return { value: given, n: m.n, counts: undefined, problems, withoutCounts: false };
  if (total === 0) return emptySample(m, w, problems);
  const derived = ((promoters! - detractors!) / total) * 100;
  checkGiven(kpi, w, derived, `${promoters} promoters and ${detractors} detractors of ${total}`, problems);
  if (problems.length > 0) return { value: given, n: total, counts: undefined, problems, withoutCounts: false };
  return {
    value: derived,
    n: total,
    counts: { shape: 'net', promoters: promoters!, passives: passives!, detractors: detractors!, n: total, from: 'counts', ...(m.responses ? { responses: m.responses } : {}) },
    problems,
    withoutCounts: false,
  };
}

function mean(kpi: CountsKpi, m: CountsInput, w: number | null | undefined, points: SurveyPoints | undefined, problems: CountProblem[]): CountsResult {
  const given = w ?? null;
  const surveyed = KPI_METHODS[kpi.method].needsSampleSize;
  if (m.responses !== undefined && points !== undefined) {
    const total = sum(m.responses);
    if (m.n !== undefined && m.n !== total) problems.push(sumMismatch(m.n, total, 'the responses'));
    if (problems.length > 0) return { value: given, n: m.n, counts: undefined, problems, withoutCounts: false };
    if (total === 0) return emptySample(m, w, problems);
    const average = m.responses.reduce((s, c, i) => s + c * (points.min + i), 0) / total;
    const sd = total > 1 ? Math.sqrt(m.responses.reduce((s, c, i) => s + c * (points.min + i - average) ** 2, 0) / (total - 1)) : undefined;
    checkGiven(kpi, w, average, `the ${total} responses`, problems);
    if (m.sd !== undefined && sd !== undefined && !agrees(m.sd, sd)) {
      problems.push(mismatch('sd', `\`sd\` is ${m.sd}, but the responses give a standard deviation of ${show(sd, m.sd)}.`, 'Leave `sd` out when you give `responses` (it is computed from them), or correct it.'));
    }
    if (problems.length > 0) return { value: given, n: total, counts: undefined, problems, withoutCounts: false };
    return { value: average, n: total, counts: { shape: 'mean', mean: average, sd, n: total, from: 'counts', responses: m.responses }, problems, withoutCounts: false };
  }
  if (m.sd !== undefined && m.n === undefined) {
    problems.push({
      code: 'measurement/missing-sample-size',
      field: 'sd',
      message: `\`sd\` is given, but \`n\` is missing: the standard deviation of how many scores?`,
      hint: 'Add `n`: the number of responses, visits or cases behind the mean.',
    });
    return { value: given, n: m.n, counts: undefined, problems, withoutCounts: false };
  }
  if (given === null || m.n === undefined || m.n === 0) {
    return { value: given, n: m.n, counts: undefined, problems, withoutCounts: given !== null && surveyed && kpi.sample !== 'none' };
  }
  return {
    value: given,
    n: m.n,
    counts: { shape: 'mean', mean: given, sd: m.sd, n: m.n, from: m.sd !== undefined ? 'counts' : 'value' },
    problems,
    withoutCounts: surveyed && m.sd === undefined && kpi.sample !== 'none',
  };
}

function duration(kpi: CountsKpi, m: CountsInput, w: number | null | undefined, problems: CountProblem[]): CountsResult {
  const given = w ?? null;
  if (m.median !== undefined && m.p90 !== undefined && m.p90 < m.median) {
    problems.push(mismatch('p90', `The 90th percentile (${m.p90}) is below the median (${m.median}).`, 'The 90th percentile is the time 9 in 10 cases stay within: it is at least the median. Check whether the two were swapped.'));
  }
  if ((m.median !== undefined || m.p90 !== undefined) && m.n === undefined) {
    problems.push({
      code: 'measurement/missing-sample-size',
      field: m.median !== undefined ? 'median' : 'p90',
      message: 'A median or 90th percentile is given, but `n` is missing: of how many cases?',
      hint: 'Add `n`: the number of cases timed.',
    });
  }
  if (given === null && w !== null && (m.median !== undefined || m.p90 !== undefined)) {
    problems.push({
      code: 'measurement/missing-value',
      field: m.median !== undefined ? 'median' : 'p90',
      message: `${kpi.id} is a ${kpi.method} KPI: its value is the mean time, which the median and 90th percentile do not give.`,
      hint: 'Add `value`: the mean time of the cases, in the KPI\'s unit.',
    });
  }
  if (problems.length > 0) return { value: given, n: m.n, counts: undefined, problems, withoutCounts: false };
  const complete = m.median !== undefined && m.p90 !== undefined && m.n !== undefined;
  const counts: Counts | undefined =
    given !== null && m.n !== undefined && m.n > 0 ? { shape: 'duration', mean: given, median: m.median, p90: m.p90, n: m.n, from: complete ? 'counts' : 'value' } : undefined;
  return { value: given, n: m.n, counts, problems, withoutCounts: given !== null && !complete && kpi.sample !== 'none' };
}

/** A value given with counts must agree with the value derived from them, up to its own rounding. */
function checkGiven(kpi: CountsKpi, w: number | null | undefined, derived: number, from: string, problems: CountProblem[]): void {
  if (w === null) {
    problems.push(mismatch('value', `\`value\` is null (no data), but counts are given: ${from}.`, 'Leave `value` out (it is derived from the counts), or remove the counts if there is really no data.'));
    return;
  }
  if (w === undefined || agrees(w, derived)) return;
  problems.push(
    mismatch(
      'value',
      `The value ${w} does not match its counts: ${from} gives ${show(derived, w)}.`,
      'Leave `value` out: it is derived from the counts. If you keep it, it must be the counts\' value rounded; otherwise one of the numbers is wrong.',
    ),
  );
}

/** Whether `written` is `exact` rounded to the decimals `written` shows. */
function agrees(written: number, exact: number): boolean {
  const step = 10 ** -decimals(written);
  return Math.abs(written - exact) <= step / 2 + 1e-9 * Math.max(1, Math.abs(exact));
}

/** Decimals of a number as written: 87.4 → 1, 42 → 0, 1.25e-3 → 5. */
export function decimals(x: number): number {
  const text = String(x);
  const e = /e([-+]\d+)$/i.exec(text);
  const mantissa = e ? text.slice(0, e.index) : text;
  const dot = mantissa.indexOf('.');
  const places = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, places - (e ? Number(e[1]) : 0));
}

/** `exact` shown with one more decimal than `like`, so that a mismatch is visible. */
function show(exact: number, like: number): string {
  return String(Number(exact.toFixed(Math.min(6, decimals(like) + 1))));
}

function mismatch(field: CountProblem['field'], message: string, hint: string): CountProblem {
  return { code: 'measurement/counts-mismatch', field, message, hint };
}

function sumMismatch(n: number, total: number, what: string): CountProblem {
  return mismatch('n', `\`n\` is ${n}, but ${what} add up to ${total}.`, `\`n\` is the sum of ${what}: leave it out, or correct the counts or \`n\`.`);
}

function emptySample(m: CountsInput, w: number | null | undefined, problems: CountProblem[]): CountsResult {
  problems.push({
    code: 'measurement/missing-sample-size',
    field: m.n !== undefined ? 'n' : firstCountField(m)!,
    message: 'The counts add up to a sample of 0: nothing was measured.',
    hint: 'If nothing was measured, write `value: null` with a note saying why, and no counts.',
  });
  return { value: w ?? null, n: m.n, counts: undefined, problems, withoutCounts: false };
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** The responses at scale points `from`…`to` (inclusive). */
function sumFrom(responses: readonly number[], points: SurveyPoints, from: number, to: number): number {
  let s = 0;
  for (let p = from; p <= to; p++) s += responses[p - points.min] ?? 0;
  return s;
}

/**
 * A measurement for a person reading a report: the value (to 2 decimals) with the counts it comes
 * from, `88.5 (177 of 200)`, `-5 (20 promoters, 24 detractors of 80)`, `18.2 (n 64)`, `no data`.
 */
export function describeMeasurement(m: { value: number | null; n?: number | undefined; counts?: Counts | undefined }): string {
  if (m.value === null) return 'no data';
  const value = String(Math.round(m.value * 100) / 100);
  const c = m.counts;
  if (c?.from === 'counts' && (c.shape === 'proportion' || c.shape === 'rate')) return `${value} (${c.k} of ${c.n})`;
  if (c?.shape === 'net') return `${value} (${c.promoters} promoters, ${c.detractors} detractors of ${c.n})`;
  return `${value}${m.n !== undefined ? ` (n ${m.n})` : ''}`;
}

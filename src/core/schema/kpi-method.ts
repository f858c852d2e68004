/**
 * How a KPI is computed. Each method fixes the natural scale, whether a value must carry its
 * sample size, whether it is a proportion (so that a p-chart applies), and the counts a value is
 * stored as (`counts`, see `CountShape`); survey methods name the points of their question's scale
 * and which points count as positive and negative. See DOMAIN.md §3 and §4.
 */

/** A proportion of cases as a percentage: `k` of `n`, on a p-chart. */
const proportionOfCases = (label: string) =>
  ({ label, scale: { min: 0, max: 100 }, needsSampleSize: true, proportion: true, counts: 'proportion', points: undefined }) as const;

/** The mean answer to a survey question on a `min`–`max` scale: the value is on the question's own scale. */
const meanOnSurveyScale = (label: string, min: number, max: number) =>
  ({ label, scale: { min, max }, needsSampleSize: true, proportion: false, counts: 'mean', points: { min, max, positive: undefined, negative: undefined } }) as const;

/**
 * A net score on a survey question's `min`–`max` scale: the % of answers at `positive` or above
 * minus the % at `negative` or below, from −100 to +100.
 */
const netOnSurveyScale = (label: string, points: { min: number; max: number; positive: number; negative: number }) =>
  ({ label, scale: { min: -100, max: 100 }, needsSampleSize: true, proportion: false, counts: 'net', points }) as const;

export const KPI_METHODS = {
  nps: netOnSurveyScale('Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to +100', { min: 0, max: 10, positive: 9, negative: 6 }),
  'csat-top-two-box': {
    label: 'CSAT: share of responses that are 4 or 5 on a 1–5 scale, as a percentage',
    scale: { min: 0, max: 100 },
    needsSampleSize: true,
    proportion: true,
    counts: 'proportion',
    points: { min: 1, max: 5, positive: 4, negative: undefined },
  },
  'csat-mean': meanOnSurveyScale('CSAT: mean score on a 1–5 scale', 1, 5),
  'ces-mean': meanOnSurveyScale('Customer effort: mean agreement on a 1–7 scale', 1, 7),
  'ces-net': netOnSurveyScale('Customer effort: % agree − % disagree', { min: 1, max: 7, positive: 5, negative: 3 }),
  fcr: proportionOfCases('First contact resolution: issues resolved at first contact ÷ all issues × 100'),
  'sla-compliance': proportionOfCases('SLA compliance: cases meeting the time limit ÷ all cases × 100'),
  percentage: proportionOfCases('A proportion of cases, as a percentage (error rate, on-time rate, retention)'),
  'per-thousand': {
    label: 'Events per 1,000 cases (complaints per 1,000 orders); the sample size is the number of cases',
    scale: { min: 0, max: 1000 },
    needsSampleSize: true,
    proportion: false,
    counts: 'rate',
    points: undefined,
  },
  'mean-duration': {
    label: 'Mean duration over all cases (average response time, AHT)',
    scale: { min: 0, max: Number.POSITIVE_INFINITY },
    needsSampleSize: false,
    proportion: false,
    counts: 'duration',
    points: undefined,
  },
  score: {
    label: 'An assessed score on a stated scale (mystery shopper, audit score)',
    scale: { min: 0, max: 100 },
    needsSampleSize: false,
    proportion: false,
    counts: 'mean',
    points: undefined,
  },
} as const satisfies Record<
  string,
  {
    label: string;
    scale: { min: number; max: number };
    needsSampleSize: boolean;
    proportion: boolean;
    counts: CountShape;
    points: SurveyPoints | undefined;
  }
>;

/**
 * What a value of a method is stored as:
 * - `proportion`: `k` events of `n` cases (value = k ÷ n × 100);
 * - `rate`: `k` events per `n` cases of exposure (value = k ÷ n × 1,000);
 * - `net`: promoters, passives and detractors (value = (promoters − detractors) ÷ n × 100);
 * - `mean`: a mean with its standard deviation and `n`, or the responses per scale point;
 * - `duration`: the mean (the value) with the median, the 90th percentile and `n`.
 */
export type CountShape = 'proportion' | 'rate' | 'net' | 'mean' | 'duration';

/**
 * The points of a survey question's scale (`min`…`max`); answers at `positive` or above count as
 * positive (promoters, top-two box, agree), at `negative` or below as negative (detractors, disagree).
 */
export interface SurveyPoints {
  min: number;
  max: number;
  positive: number | undefined;
  negative: number | undefined;
}

export type KpiMethod = keyof typeof KPI_METHODS;
export const KPI_METHOD_NAMES = Object.keys(KPI_METHODS) as [KpiMethod, ...KpiMethod[]];

/**
 * How a KPI is computed. Each method fixes the natural scale, whether a value must carry its
 * sample size, and whether it is a proportion (so that a p-chart applies). See DOMAIN.md §3.
 */
export const KPI_METHODS = {
  nps: {
    label: 'Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to +100',
    scale: { min: -100, max: 100 },
    needsSampleSize: true,
    proportion: false,
  },
  'csat-top-two-box': {
    label: 'CSAT: share of responses that are 4 or 5 on a 1–5 scale, as a percentage',
    scale: { min: 0, max: 100 },
    needsSampleSize: true,
    proportion: true,
  },
  'csat-mean': { label: 'CSAT: mean score on a 1–5 scale', scale: { min: 1, max: 5 }, needsSampleSize: true, proportion: false },
  'ces-mean': { label: 'Customer effort: mean agreement on a 1–7 scale', scale: { min: 1, max: 7 }, needsSampleSize: true, proportion: false },
  'ces-net': { label: 'Customer effort: % agree − % disagree', scale: { min: -100, max: 100 }, needsSampleSize: true, proportion: false },
  fcr: {
    label: 'First contact resolution: issues resolved at first contact ÷ all issues × 100',
    scale: { min: 0, max: 100 },
    needsSampleSize: true,
    proportion: true,
  },
  'sla-compliance': {
    label: 'SLA compliance: cases meeting the time limit ÷ all cases × 100',
    scale: { min: 0, max: 100 },
    needsSampleSize: true,
    proportion: true,
  },
  percentage: {
    label: 'A proportion of cases, as a percentage (error rate, on-time rate, retention)',
    scale: { min: 0, max: 100 },
    needsSampleSize: true,
    proportion: true,
  },
  'per-thousand': {
    label: 'Events per 1,000 cases (complaints per 1,000 orders); the sample size is the number of cases',
    scale: { min: 0, max: 1000 },
    needsSampleSize: true,
    proportion: false,
  },
  'mean-duration': {
    label: 'Mean duration over all cases (average response time, AHT)',
    scale: { min: 0, max: Number.POSITIVE_INFINITY },
    needsSampleSize: false,
    proportion: false,
  },
  score: {
    label: 'An assessed score on a stated scale (mystery shopper, audit score)',
    scale: { min: 0, max: 100 },
    needsSampleSize: false,
    proportion: false,
  },
} as const satisfies Record<
  string,
  { label: string; scale: { min: number; max: number }; needsSampleSize: boolean; proportion: boolean }
>;

export type KpiMethod = keyof typeof KPI_METHODS;
export const KPI_METHOD_NAMES = Object.keys(KPI_METHODS) as [KpiMethod, ...KpiMethod[]];

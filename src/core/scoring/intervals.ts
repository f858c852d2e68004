/**
 * Uncertainty intervals for one unit's value, so that a ranking can show how much is chance.
 */

/** Two-sided normal quantiles: 95 % and 99.8 % (the usual funnel-plot limits). */
export const Z95 = 1.959963984540054;
export const Z998 = 3.090232306167813;

export interface Interval {
  lower: number;
  upper: number;
  /** Confidence level in percent. */
  level: number;
  method: 'wilson' | 'net-score-max-variance';
}

/**
 * Wilson score interval for a proportion given in percent with sample size n:
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z/(1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²).
 */
export function wilsonInterval(percent: number, n: number, z = Z95, level = 95): Interval {
  const p = percent / 100;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lower: Math.max(0, centre - half) * 100, upper: Math.min(1, centre + half) * 100, level, method: 'wilson' };
}

/**
 * A conservative interval for a net score (NPS, CES net: % positive − % negative, −100…100) when
 * only the score and n are known. Each answer counts +1, 0 or −1; with mean d = score/100 its
 * variance P + D − d² is at most 1 − d², so score ± z·100·√((1 − d²)/n) is at least as wide as
 * the true interval.
 */
export function netScoreInterval(score: number, n: number, z = Z95, level = 95): Interval {
  const d = score / 100;
  const half = z * 100 * Math.sqrt(Math.max(0, 1 - d * d) / n);
  return { lower: Math.max(-100, score - half), upper: Math.min(100, score + half), level, method: 'net-score-max-variance' };
}

/**
 * Which run rules a KPI's control chart applies (western-electric.ts), chosen per KPI in its
 * definition (`controlChart.rules`), and the false-alarm load each set carries.
 *
 * The false-alarm load is the in-control average run length (ARL₀): how many points a stable
 * process plots, on average, before the set gives its first signal, favourable or not, with the
 * limits known. Rule 1 alone: 1 / 0.0027 = 370 (normal theory). Rules 1–4: 91.75 (Champ & Woodall,
 * Technometrics 29, 1987, the figure DOMAIN.md quotes). The other sets were measured by simulation
 * (seeded, 20,000 in-control normal runs each, limits known: 370.0, 196.7, 227.9, 148.5, 134.0, 92.1,
 * 77.7; test/core/scoring/rule-sets.test.ts measures them again on fewer runs and checks these figures).
 *
 * Unfavourable signals are about half of all: a stable chart with the default set shows one bad-news
 * signal roughly every 2 × ARL₀ points when its limits are exact; limits estimated from a 12-point
 * baseline raise that. The default, rules 1, 2 and the trend rule, is the set that keeps a stable
 * process under about one unfavourable signal per 100 points while still catching a sustained
 * 1.5σ shift within six periods in most runs, measured on 1,120 simulated series (n 30 to 60,000,
 * logit-normal over-dispersion; test/core/scoring/spc-simulation.test.ts):
 *
 *   rule set                 unfavourable per 100 points   1.5σ shift caught within 6 periods
 *   limits                   0.55                          39 %
 *   limits-trend             0.69                          40 %
 *   we1-2                    0.83                          55 %
 *   we1-2-trend (default)    0.97                          55 %
 *   we1-3                    1.18                          72 %
 *   western-electric         1.77                          75 %
 *   western-electric-trend   1.91                          75 %
 */
import type { RuleSetName, SignalRule } from '../schema/control-chart.ts';

export { RULE_SET_NAMES, type RuleSetName } from '../schema/control-chart.ts';

export const RULE_SETS = {
  /** Rule 1 alone: a point beyond the 3σ limits. Few false alarms; slow on small shifts. */
  limits: { rules: ['we1'], arl0: 370 },
  /** Rule 1 and the trend rule (six points rising or falling). */
  'limits-trend': { rules: ['we1', 'trend'], arl0: 197 },
  /** Western Electric rules 1 and 2. */
  'we1-2': { rules: ['we1', 'we2'], arl0: 228 },
  /** Western Electric rules 1 and 2 and the trend rule. */
  'we1-2-trend': { rules: ['we1', 'we2', 'trend'], arl0: 148 },
  /** Western Electric rules 1–3. */
  'we1-3': { rules: ['we1', 'we2', 'we3'], arl0: 134 },
  /** Western Electric rules 1–4 (DOMAIN.md §4): quickest on moderate shifts, most false alarms. */
  'western-electric': { rules: ['we1', 'we2', 'we3', 'we4'], arl0: 91.75 },
  /** Western Electric rules 1–4 and the trend rule. */
  'western-electric-trend': { rules: ['we1', 'we2', 'we3', 'we4', 'trend'], arl0: 78 },
} as const satisfies Record<RuleSetName, { rules: readonly SignalRule[]; arl0: number }>;

/** The set a KPI uses unless its definition names another. */
export const DEFAULT_RULE_SET: RuleSetName = 'we1-2-trend';

export function ruleSet(name: RuleSetName | undefined): { name: RuleSetName; rules: readonly SignalRule[]; arl0: number } {
  const n = name ?? DEFAULT_RULE_SET;
  return { name: n, ...RULE_SETS[n] };
}

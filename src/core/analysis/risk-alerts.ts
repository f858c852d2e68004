/**
 * Risks whose watch has gone off: a KPI named as a control of an active risk that has a current
 * early warning (an unfavourable control-chart signal in one of the latest scorecard periods,
 * `early-warnings.ts`) in a unit where the risk arises, and is at risk or off target there now.
 * The control is failing there, so the risk is likelier than its residual rating says; the risk
 * page and the SOP's risks box say so. A signal in a unit that still meets the target (or misses it
 * within noise) stays a warning on the KPI's charts: with a dozen KPIs over many units, some signal
 * every month by chance, and a risk raised on each would teach readers to ignore the mark.
 */
import type { Handbook } from '../model/handbook.ts';
import { unitsOf } from '../risks/scope.ts';

import type { Status } from '../scoring/index.ts';
import type { WarningEntry } from './early-warnings.ts';

/** The statuses at which a signalling control counts as failing. */
const FAILING: ReadonlySet<Status> = new Set(['at-risk', 'off-target']);

/** The early warnings that raise each active risk, by risk id (risks without one are left out). */
export function riskAlerts(h: Pick<Handbook, 'risks' | 'index'>, warnings: readonly WarningEntry[]): Map<string, WarningEntry[]> {
  const alerts = new Map<string, WarningEntry[]>();
  for (const risk of h.risks.values()) {
    if (risk.status !== 'active') continue;
    const kpis = new Set(risk.controls.flatMap((c) => (c.kpi === undefined ? [] : [c.kpi])));
    if (kpis.size === 0) continue;
    const inScope = unitsOf(h, risk);
    const raised = warnings.filter((w) => kpis.has(w.kpi.id) && FAILING.has(w.statusNow) && (inScope === 'all' || inScope.has(w.unit.id)));
    if (raised.length > 0) alerts.set(risk.id, raised);
  }
  return alerts;
}

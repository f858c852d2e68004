/**
 * Risks whose watch has gone off: a KPI named as a control of an active risk that has a current
 * early warning (an unfavourable control-chart signal in one of the latest scorecard periods,
 * `early-warnings.ts`) in a unit where the risk arises. The control is failing there, so the risk
 * is likelier than its residual rating says; the risk page and the SOP's risks box say so.
 */
import type { Handbook } from '../model/handbook.ts';
import { unitsOf } from '../risks/scope.ts';

import type { WarningEntry } from './early-warnings.ts';

/** The early warnings that raise each active risk, by risk id (risks without one are left out). */
export function riskAlerts(h: Pick<Handbook, 'risks' | 'index'>, warnings: readonly WarningEntry[]): Map<string, WarningEntry[]> {
  const alerts = new Map<string, WarningEntry[]>();
  for (const risk of h.risks.values()) {
    if (risk.status !== 'active') continue;
    const kpis = new Set(risk.controls.flatMap((c) => (c.kpi === undefined ? [] : [c.kpi])));
    if (kpis.size === 0) continue;
    const inScope = unitsOf(h, risk);
    const raised = warnings.filter((w) => kpis.has(w.kpi.id) && (inScope === 'all' || inScope.has(w.unit.id)));
    if (raised.length > 0) alerts.set(risk.id, raised);
  }
  return alerts;
}

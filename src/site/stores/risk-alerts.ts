/**
 * The risks raised by a warning of a KPI that watches them (core/analysis/risk-alerts.ts), worked
 * out once per handbook from the current early warnings: the register, each risk's page and the
 * risks box of every SOP read the same answer.
 */
import { currentScorecards, earlyWarnings, type WarningEntry } from '../../core/analysis/early-warnings.ts';
import { riskAlerts } from '../../core/analysis/risk-alerts.ts';
import type { Handbook } from '../../core/model/handbook.ts';
import { scorecardSource } from './scorecards.ts';

const cache = new WeakMap<Handbook, Map<string, WarningEntry[]>>();

/** The current early warnings that raise each active risk, by risk id. */
export function riskAlertsOf(h: Handbook): ReadonlyMap<string, readonly WarningEntry[]> {
  let alerts = cache.get(h);
  if (!alerts) cache.set(h, (alerts = riskAlerts(h, earlyWarnings(h, currentScorecards(scorecardSource(h))))));
  return alerts;
}

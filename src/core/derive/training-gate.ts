/**
 * The retraining gate, derived once: for each assessed SOP, its major versions that take effect on
 * or after the day the training records start (`data/training/settings.yaml`), each with its
 * campaign and how far it has got. The version in force is decided with it (`versionHeld`, read
 * by document control in core/git/versions.ts through the site's store), and the check reports
 * from it, so that pages, lists, search, exports and the check agree.
 *
 * A first version is not a retraining (staff are trained on it before they work to it alone);
 * a draft or a version in review is not approved yet, so it waits for nothing (the major versions
 * before it still do); a retired SOP has nothing in force.
 */
import type { CampaignEntity, Handbook, RetrainingGate } from '../model/handbook.ts';
import { parseVersion } from '../schema/version.ts';

/** The role whose holder signs an exception to the gate. */
export const QUALITY_MANAGER_ROLE = 'quality-manager';

/** The day the training records start, if the handbook declares one. */
export function recordsStart(h: Pick<Handbook, 'trainingSettings'>): string | undefined {
  return h.trainingSettings[0]?.recordsStart;
}

/** The campaign on this SOP version, by its id (`SOP-CS-001-4.0`) or by its fields. */
export function campaignFor(h: Pick<Handbook, 'campaigns'>, sop: string, version: string): CampaignEntity | undefined {
  const byId = h.campaigns.get(`${sop}-${version}`);
  if (byId && byId.sop === sop && byId.version === version) return byId;
  return [...h.campaigns.values()].find((c) => c.sop === sop && c.version === version);
}

/**
 * Completion at one unit reaches the required share on `today` (nobody to retrain counts as
 * complete). Figures dated after `today` did not exist yet on that day: they do not count.
 */
export function unitComplete(c: CampaignEntity, unit: string, today: string): boolean {
  const p = c.progress.find((r) => r.unit === unit);
  if (!p || p.asOf > today) return false;
  return p.toRetrain === 0 || (p.completed / p.toRetrain) * 100 >= c.requiredCompletion;
}

/** The campaign's exception holds on `today`: signed by the quality manager, from its date to its expiry. */
export function exceptionHolds(h: Pick<Handbook, 'people'>, c: CampaignEntity, today: string): boolean {
  const e = c.exception;
  if (!e) return false;
  return h.people.get(e.by)?.role === QUALITY_MANAGER_ROLE && e.date <= today && today <= e.expires;
}

export function deriveRetrainingGates(h: Omit<Handbook, 'derived'>): Map<string, RetrainingGate[]> {
  const out = new Map<string, RetrainingGate[]>();
  const start = recordsStart(h);
  if (start === undefined) return out;
  for (const sop of h.sops.values()) {
    // A withdrawn SOP has no version in force to hold back.
    if (sop.training.level !== 'assessed' || sop.status === 'retired' || sop.status === 'superseded') continue;
    const gates: RetrainingGate[] = [];
    sop.changeLog.forEach((entry, i) => {
      if (i === 0 || entry.change !== 'major') return;
      // The file's own version while it is a draft or in review is not approved yet: it waits for nothing.
      if (entry.version === sop.version && sop.status !== 'effective') return;
      const effective = entry.version === sop.version ? (sop.effective ?? entry.date) : entry.date;
      if (effective < start) return;
      const campaign = campaignFor(h, sop.id, entry.version);
      const unitsComplete = campaign ? campaign.units.filter((u) => unitComplete(campaign, u, h.today)).length : 0;
      const unitsInScope = campaign?.units.length ?? 0;
      const exception = campaign ? exceptionHolds(h, campaign, h.today) : false;
      const passed = campaign !== undefined && (unitsComplete === unitsInScope || exception);
      gates.push({ sop: sop.id, version: entry.version, effective, campaign, unitsComplete, unitsInScope, exception, passed });
    });
    if (gates.length > 0) out.set(sop.id, gates);
  }
  return out;
}

/**
 * The gate that holds `version` of the SOP back, if any: the gate of its major version (4.0 for
 * 4.0 and 4.1) when that has not passed. A version held back is not in force, whatever its date.
 */
export function gateHolding(gates: ReadonlyMap<string, readonly RetrainingGate[]>, sop: string, version: string): RetrainingGate | undefined {
  const [major] = parseVersion(version);
  const gate = gates.get(sop)?.find((g) => parseVersion(g.version)[0] === major && parseVersion(g.version)[1] <= parseVersion(version)[1]);
  return gate && !gate.passed ? gate : undefined;
}

/** Whether `version` of the SOP is held back by its retraining gate (for document control). */
export function versionHeld(gates: ReadonlyMap<string, readonly RetrainingGate[]>, sop: string): (version: string) => boolean {
  return (version) => gateHolding(gates, sop, version) !== undefined;
}

/**
 * How far retraining has got: each campaign's units with their completion against the required
 * share, and each unit's latest certification coverage (certified ÷ staff, with the counts and the
 * certifications expiring within 90 days). Read by the training page, SOP pages and unit pages.
 */
import { exceptionHolds, unitComplete } from '../derive/training-gate.ts';
import type { CampaignEntity, CoverageEntity, Handbook, RetrainingGate } from '../model/handbook.ts';
import { compareText } from '../order.ts';

export interface UnitProgress {
  unit: string;
  toRetrain: number | undefined;
  completed: number | undefined;
  /** completed ÷ toRetrain × 100; undefined without figures (100 with nobody to retrain). */
  percent: number | undefined;
  asOf: string | undefined;
  complete: boolean;
}

export interface CampaignProgressView {
  campaign: CampaignEntity;
  units: UnitProgress[];
  unitsComplete: number;
  /** The exception holds today. */
  exception: boolean;
  /** The gate on the version in force, when the version is one (a major version after the records start). */
  gate: RetrainingGate | undefined;
}

export function campaignProgress(h: Pick<Handbook, 'people' | 'today' | 'derived'>, c: CampaignEntity): CampaignProgressView {
  const units = c.units.map((unit) => {
    const p = c.progress.find((r) => r.unit === unit);
    const percent = p ? (p.toRetrain === 0 ? 100 : (p.completed / p.toRetrain) * 100) : undefined;
    return { unit, toRetrain: p?.toRetrain, completed: p?.completed, percent, asOf: p?.asOf, complete: unitComplete(c, unit, h.today) };
  });
  const gate = h.derived.retrainingGates.get(c.sop)?.find((g) => g.version === c.version);
  return { campaign: c, units, unitsComplete: units.filter((u) => u.complete).length, exception: exceptionHolds(h, c, h.today), gate };
}

/** Every campaign, newest SOP version first within each SOP, SOPs by id. */
export function campaignsBySop(h: Pick<Handbook, 'campaigns' | 'people' | 'today' | 'derived'>): Map<string, CampaignProgressView[]> {
  const out = new Map<string, CampaignProgressView[]>();
  const sorted = [...h.campaigns.values()].sort((a, b) => compareText(a.sop, b.sop) || compareText(b.version, a.version));
  for (const c of sorted) {
    if (!out.has(c.sop)) out.set(c.sop, []);
    out.get(c.sop)!.push(campaignProgress(h, c));
  }
  return out;
}

export interface UnitCoverage {
  /** The quarter of the figures, e.g. `2026-Q3`. */
  period: string;
  asOf: string;
  staff: number;
  certified: number;
  expiring: number;
  /** certified ÷ staff × 100 (undefined with no staff). */
  percent: number | undefined;
  byRole: { role: string; staff: number; certified: number; expiring: number }[];
}

/** Certification coverage per unit and quarter (all roles counted together), by unit then period, periods in order. */
export function coverageByUnit(h: Pick<Handbook, 'trainingCoverage'>): Map<string, UnitCoverage[]> {
  const out = new Map<string, UnitCoverage[]>();
  const files: CoverageEntity[] = [...h.trainingCoverage.values()].sort((a, b) => compareText(a.id, b.id));
  for (const f of files) {
    const units = new Map<string, UnitCoverage>();
    for (const r of f.rows) {
      let u = units.get(r.unit);
      if (!u) units.set(r.unit, (u = { period: f.id, asOf: f.asOf, staff: 0, certified: 0, expiring: 0, percent: undefined, byRole: [] }));
      u.staff += r.staff;
      u.certified += r.certified;
      u.expiring += r.expiring;
      u.byRole.push({ role: r.role, staff: r.staff, certified: r.certified, expiring: r.expiring });
    }
    for (const [unit, u] of units) {
      u.percent = u.staff > 0 ? (u.certified / u.staff) * 100 : undefined;
      if (!out.has(unit)) out.set(unit, []);
      out.get(unit)!.push(u);
    }
  }
  return out;
}

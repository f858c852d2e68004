/**
 * What the complaint and feedback register says, for the complaints page and a unit's page: Pareto
 * tables (by cause, by unit) over a window of months, with each row's share and the cumulative share
 * (Juran's Pareto analysis: the vital few causes first, `other` last whatever its size); compliance
 * per promise (by the service standard that makes it) and unit; each unit's monthly series; the major
 * complaints with the corrective actions they opened.
 */
import type { ComplaintEntity, Handbook, ImprovementActionEntity } from '../model/handbook.ts';
import type { MajorComplaint } from '../schema/complaint.ts';
import { dayNumber } from '../time/dates.ts';

export interface ParetoRow {
  id: string;
  count: number;
  /** Share of the total, 0–100. */
  share: number;
  /** Share of the total of this row and every row above it, 0–100. */
  cumulative: number;
}

/** Counts sorted largest first (ties by id), with shares and cumulative shares; `other` last. */
export function pareto(counts: ReadonlyMap<string, number>, last = 'other'): ParetoRow[] {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const rows = [...counts].filter(([, c]) => c > 0).sort(([a, x], [b, y]) => (a === last ? 1 : b === last ? -1 : y - x || (a < b ? -1 : a > b ? 1 : 0)));
  let running = 0;
  return rows.map(([id, count]) => {
    running += count;
    return { id, count, share: total > 0 ? (100 * count) / total : 0, cumulative: total > 0 ? (100 * running) / total : 0 };
  });
}

/** Every month the register has, oldest first. */
export function registerMonths(h: Pick<Handbook, 'complaints'>): string[] {
  return [...new Set(h.complaints.map((c) => c.month))].sort();
}

/** The last `count` months of the register, ending with its latest. */
export function lastMonths(h: Pick<Handbook, 'complaints'>, count: number): string[] {
  return registerMonths(h).slice(-count);
}

/** One entry per unit and month (a duplicate is reported by the rules and left out). */
function entries(h: Pick<Handbook, 'complaints'>): ComplaintEntity[] {
  const seen = new Set<string>();
  return h.complaints.filter((c) => {
    const key = `${c.unit}\u0000${c.month}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface PromiseCompliance {
  kept: number;
  of: number;
  /** kept ÷ of × 100; null when `of` is 0. */
  percent: number | null;
}

export interface ComplaintWindow {
  months: readonly string[];
  received: number;
  byCause: ParetoRow[];
  byUnit: ParetoRow[];
  byChannel: ParetoRow[];
  /** Per standard (complaint promises, then suggestion promises), per unit, and for all units (key `''`). */
  promises: Map<string, Map<string, PromiseCompliance>>;
  /** Suggestions and feedback received. */
  feedbackReceived: number;
  /** The standards of the suggestion promises (the others are complaint promises). */
  feedbackStandards: Set<string>;
  units: string[];
}

const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
const compliance = (kept: number, of: number): PromiseCompliance => ({ kept, of, percent: of > 0 ? (100 * kept) / of : null });

/** The register summed over `months`, for all units. */
export function complaintWindow(h: Pick<Handbook, 'complaints'>, months: readonly string[]): ComplaintWindow {
  const inWindow = new Set(months);
  const byCause = new Map<string, number>();
  const byUnit = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const sums = new Map<string, Map<string, { kept: number; of: number }>>();
  const feedbackStandards = new Set<string>();
  let received = 0;
  let feedbackReceived = 0;
  const units: string[] = [];
  const addPromise = (standard: string, unit: string, kept: number, of: number) => {
    let byUnitSum = sums.get(standard);
    if (!byUnitSum) sums.set(standard, (byUnitSum = new Map()));
    for (const key of [unit, '']) {
      const s = byUnitSum.get(key) ?? { kept: 0, of: 0 };
      byUnitSum.set(key, { kept: s.kept + kept, of: s.of + of });
    }
  };
  for (const c of entries(h)) {
    if (!inWindow.has(c.month)) continue;
    if (!units.includes(c.unit)) units.push(c.unit);
    received += c.received;
    add(byUnit, c.unit, c.received);
    for (const [id, n] of Object.entries(c.causes)) add(byCause, id, n);
    for (const [id, n] of Object.entries(c.channels)) add(byChannel, id, n ?? 0);
    for (const [std, p] of Object.entries(c.promises)) addPromise(std, c.unit, p.kept, p.of);
    if (c.feedback) {
      feedbackReceived += c.feedback.received;
      for (const [std, p] of Object.entries(c.feedback.promises)) {
        feedbackStandards.add(std);
        addPromise(std, c.unit, p.kept, p.of);
      }
    }
  }
  const promises = new Map([...sums].map(([std, m]) => [std, new Map([...m].map(([u, s]) => [u, compliance(s.kept, s.of)]))]));
  return { months, received, byCause: pareto(byCause), byUnit: pareto(byUnit, ''), byChannel: pareto(byChannel), promises, feedbackReceived, feedbackStandards, units };
}

export interface UnitMonth {
  month: string;
  received: number | null;
  /** Compliance with each standard's promise in the month. */
  promises: Map<string, PromiseCompliance>;
  /** Complaints with the causes given (e.g. the staffing-related ones), null without an entry. */
  causes: (ids: readonly string[]) => number | null;
  repeat: number | null;
  medianHours: number | null;
  p90Hours: number | null;
}

/** A unit's months over `months` (null where the register has no entry). */
export function unitSeries(h: Pick<Handbook, 'complaints'>, unit: string, months: readonly string[]): UnitMonth[] {
  const byMonth = new Map(entries(h).filter((c) => c.unit === unit).map((c) => [c.month, c]));
  return months.map((month) => {
    const c = byMonth.get(month);
    const promises = new Map<string, PromiseCompliance>();
    for (const [std, p] of Object.entries({ ...c?.promises, ...c?.feedback?.promises })) promises.set(std, compliance(p.kept, p.of));
    return {
      month,
      received: c?.received ?? null,
      promises,
      causes: (ids) => (c ? ids.reduce((s, id) => s + (c.causes[id] ?? 0), 0) : null),
      repeat: c?.repeat ?? null,
      medianHours: c?.resolutionHours?.median ?? null,
      p90Hours: c?.resolutionHours?.p90 ?? null,
    };
  });
}

export interface MajorComplaintRow {
  unit: string;
  month: string;
  major: MajorComplaint;
  action: ImprovementActionEntity | undefined;
  /** Days from logging to the action's opening; undefined without the action. */
  daysToAction: number | undefined;
}

/** Every major complaint in the register, newest first. */
export function majorComplaints(h: Pick<Handbook, 'complaints' | 'actions'>): MajorComplaintRow[] {
  const rows: MajorComplaintRow[] = [];
  for (const c of entries(h)) {
    for (const major of c.major) {
      const action = h.actions.get(major.action);
      rows.push({ unit: c.unit, month: c.month, major, action, daysToAction: action ? dayNumber(action.opened) - dayNumber(major.logged) : undefined });
    }
  }
  return rows.sort((a, b) => (a.major.logged < b.major.logged ? 1 : a.major.logged > b.major.logged ? -1 : 0));
}

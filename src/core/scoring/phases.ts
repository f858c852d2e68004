/**
 * The phases of a (KPI, unit) control chart: where its baseline is recomputed (DOMAIN.md §4).
 * A new phase starts with the first period that begins
 *  - after an improvement action on the KPI that names the unit (or a unit above it) was closed as
 *    effective (an action naming no unit starts no phase: it is not a change at a known place);
 *  - on or after the date a major version of an SOP the KPI measures took effect, for the units in
 *    the SOP's scope, when the KPI asks for it (`controlChart.newPhaseOnMajorSopVersion`);
 *  - at an explicit entry in `data/phases.yaml` (`from`, or `sop` + `version`).
 * A ramp-up (`rampUpUntil`) makes the unit's periods up to then a phase of their own, shown but left
 * out of every baseline. Acknowledged signals (`data/acknowledgements.yaml`) are handed to the chart
 * with the phases.
 */
import type { AcknowledgementEntity, KpiEntity, PhaseEntity } from '../model/handbook.ts';
import type { ScoringModel } from './scoring-model.ts';
import { dayNumber, fromDayNumber } from '../time/dates.ts';
import { parsePeriod, periodFrequency } from '../time/period.ts';
import type { AcknowledgementInput, PhaseMark } from './phase-marks.ts';

export interface SeriesContext {
  phases: PhaseMark[];
  acknowledgements: AcknowledgementInput[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first day of a period key or a date; undefined when it is neither. */
export function startOf(periodOrDate: string): string | undefined {
  if (DATE.test(periodOrDate)) return periodOrDate;
  const f = periodFrequency(periodOrDate);
  return f ? parsePeriod(periodOrDate, f)!.start : undefined;
}

/** The last day of a period key or a date. */
export function endOf(periodOrDate: string): string | undefined {
  if (DATE.test(periodOrDate)) return periodOrDate;
  const f = periodFrequency(periodOrDate);
  return f ? parsePeriod(periodOrDate, f)!.end : undefined;
}

export const dayAfter = (date: string) => fromDayNumber(dayNumber(date) + 1);

/** The date a major SOP version took effect (its change-log entry), when it is one. */
export function majorVersionDate(h: ScoringModel, sopId: string, version: string): string | undefined {
  const entry = h.sops.get(sopId)?.changeLog.find((c) => c.version === version);
  return entry && entry.change === 'major' ? entry.date : undefined;
}

/** The marks one phase entry adds (none when it cannot be placed; the check reports it). */
export function entryMarks(h: ScoringModel, e: PhaseEntity): PhaseMark[] {
  if (e.rampUpUntil !== undefined) {
    const end = endOf(e.rampUpUntil);
    if (!end) return [];
    return [
      { start: '0000-01-01', cause: { kind: 'ramp-up', reason: e.reason }, rampUp: true },
      { start: dayAfter(end), cause: { kind: 'after-ramp-up' } },
    ];
  }
  if (e.sop !== undefined && e.version !== undefined) {
    const date = majorVersionDate(h, e.sop, e.version);
    return date ? [{ start: date, cause: { kind: 'sop-version', sop: e.sop, version: e.version, date } }] : [];
  }
  const start = e.from === undefined ? undefined : startOf(e.from);
  return start ? [{ start, cause: { kind: 'declared', reason: e.reason } }] : [];
}

const cache = new WeakMap<ScoringModel, { phases: Map<string, PhaseEntity[]>; acks: Map<string, AcknowledgementEntity[]> }>();

function indexes(h: ScoringModel) {
  let c = cache.get(h);
  if (!c) {
    const phases = new Map<string, PhaseEntity[]>();
    for (const e of h.phases ?? []) for (const u of h.index.unitAndDescendants(e.unit)) push(phases, u, e);
    const acks = new Map<string, AcknowledgementEntity[]>();
    for (const a of h.acknowledgements ?? []) push(acks, `${a.kpi}\u0000${a.unit}`, a);
    cache.set(h, (c = { phases, acks }));
  }
  return c;
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The phases and acknowledgements of the chart of `kpi` for `unitId`. */
export function seriesContext(h: ScoringModel, kpi: KpiEntity, unitId: string): SeriesContext {
  const { phases: byUnit, acks } = indexes(h);
  const marks: PhaseMark[] = [];
  for (const e of byUnit.get(unitId) ?? []) {
    if (e.kpis === undefined || e.kpis.includes(kpi.id)) marks.push(...entryMarks(h, e));
  }
  for (const a of h.index.actionsByKpi.get(kpi.id) ?? []) {
    if (a.stage !== 'closed' || a.closed === undefined || a.evaluation.effective !== true || a.closed > h.today) continue;
    if (!a.links.units.some((u) => h.index.unitAndDescendants(u).has(unitId))) continue;
    marks.push({ start: dayAfter(a.closed), cause: { kind: 'action', action: a.id, closed: a.closed } });
  }
  if (kpi.controlChart?.newPhaseOnMajorSopVersion) {
    for (const sop of h.index.sopsByKpi.get(kpi.id) ?? []) {
      if (sop.status === 'draft' || sop.status === 'in-review') continue;
      const inScope = sop.scope === 'all' || sop.scope.some((u) => h.index.unitAndDescendants(u).has(unitId));
      if (!inScope) continue;
      for (const c of sop.changeLog) {
        if (c.change === 'major' && c.date <= h.today) marks.push({ start: c.date, cause: { kind: 'sop-version', sop: sop.id, version: c.version, date: c.date } });
      }
    }
  }
  const acknowledgements = (acks.get(`${kpi.id}\u0000${unitId}`) ?? []).map((a) => ({
    period: a.period,
    ...(a.rule ? { rule: a.rule } : {}),
    by: a.by,
    on: a.on,
    cause: a.cause,
  }));
  return { phases: marks, acknowledgements };
}

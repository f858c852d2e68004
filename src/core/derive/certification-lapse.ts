/**
 * Certifications that lapse (ISO 9001 7.2; PRACTICES row 28, periodic assessment): a certification is
 * valid for the recertification interval of its role (`recertification.months` in the training
 * settings) and is renewed by passing the assessment again. The latest coverage records count, per
 * unit and role, the certifications expiring within the settings' window (`expiringWithinDays`,
 * default 90) of the day of the figures. If nothing renews them, a unit's coverage after that window
 * is (certified − expiring) ÷ staff; a unit whose coverage reaches the coverage KPI's target now but
 * falls below it once they lapse is flagged, early enough to plan the assessments.
 */
import type { CertificationLapse, Handbook } from '../model/handbook.ts';
import { compareText } from '../order.ts';
import { DEFAULT_EXPIRING_WITHIN_DAYS } from '../schema/training.ts';
import { dayNumber, fromDayNumber } from '../time/dates.ts';
import { coverageKpiId } from './training-kpi.ts';


/** The latest coverage quarter's units, with their coverage now and once the expiring certifications lapse. */
export function certificationLapses(h: Pick<Handbook, 'trainingSettings' | 'trainingCoverage' | 'kpis'>): CertificationLapse[] {
  const kpiId = coverageKpiId(h);
  const kpi = kpiId ? h.kpis.get(kpiId) : undefined;
  if (!kpi || typeof kpi.target !== 'number' || kpi.direction !== 'higher') return [];
  const target = kpi.target;
  const latest = [...h.trainingCoverage.values()].sort((a, b) => compareText(a.id, b.id)).at(-1);
  if (!latest) return [];
  const days = h.trainingSettings[0]?.recertification?.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS;
  const lapseBy = fromDayNumber(dayNumber(latest.asOf) + days);
  const units = new Map<string, { staff: number; certified: number; expiring: number; rows: number[] }>();
  latest.rows.forEach((r, i) => {
    const u = units.get(r.unit) ?? units.set(r.unit, { staff: 0, certified: 0, expiring: 0, rows: [] }).get(r.unit)!;
    u.staff += r.staff;
    u.certified += r.certified;
    u.expiring += Math.min(r.expiring, r.certified); // more expiring than certified is reported as coverage/expiring-exceeds-certified
    u.rows.push(i);
  });
  return [...units]
    .filter(([, u]) => u.staff > 0)
    .map(([unit, u]) => {
      const now = (100 * u.certified) / u.staff;
      const after = (100 * (u.certified - u.expiring)) / u.staff;
      return { unit, period: latest.id, asOf: latest.asOf, lapseBy, ...u, now, after, kpi: kpi.id, target, fallsBelow: now >= target && after < target };
    });
}

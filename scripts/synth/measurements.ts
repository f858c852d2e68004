/**
 * Measurements for every (KPI, branch, period): monthly KPIs per month, quarterly ones per quarter.
 * Each series has a branch effect, noise, a slight trend, now and then a late deterioration (an SPC
 * signal), rare gaps (empty value with a note) and rare small samples. One file per period.
 */
import { KPI_METHODS } from '../../src/core/schema/kpi-method.ts';
import { monthsEnding, quartersIn } from './dates.ts';
import type { Random } from './random.ts';
import type { KpiRec, World } from './world.ts';
import { scalar } from './yaml-writer.ts';

const GAP_NOTES = ['No data: survey platform outage', 'No data: branch closed for refurbishment', 'No data: CRM migration, export incomplete'];
const NOTES = ['System outage on two days this month', 'New staff joined; two agents in training', 'Figures corrected after the data audit'];

export interface MeasurementOutput {
  files: { path: string; text: string }[];
  count: number;
}

export function buildMeasurements(r: Random, world: World, months: number, format: 'csv' | 'yaml'): MeasurementOutput {
  const monthList = monthsEnding(world.endMonth, months);
  const quarterList = quartersIn(monthList);
  const byPeriod = new Map<string, string[]>();
  for (const p of [...monthList, ...quarterList]) byPeriod.set(p, []);
  // A branch's general quality and size, shared by all its KPIs.
  const quality = new Map(world.branches.map((b) => [b.id, r.normal()]));
  const size = new Map(world.branches.map((b) => [b.id, 0.25 + 0.75 * r.next()]));
  let count = 0;
  for (const k of world.kpis) {
    const periods = k.frequency === 'quarterly' ? quarterList : monthList;
    const needsN = KPI_METHODS[k.method].needsSampleSize;
    const proportion = KPI_METHODS[k.method].proportion;
    const band = typeof k.target !== 'number';
    const target = typeof k.target === 'number' ? k.target : (k.target.min + k.target.max) / 2;
    const gap = typeof k.target === 'number' ? Math.abs(k.target - (k.warning as number)) : (k.target.max - k.target.min) / 2;
    const sign = k.direction === 'lower' ? -1 : 1;
    const floor = k.scale.min + (k.method === 'mean-duration' || k.unit === 'percent' ? Math.max(0.05, target * 0.05) : 0);
    for (const b of k.branches) {
      const z = 0.7 * quality.get(b.id)! + 0.7 * r.normal();
      const centre = band ? target + gap * 0.7 * z : target + sign * gap * (0.4 + 0.9 * z);
      const slope = r.normal() * gap * 0.01;
      const shiftFrom = r.chance(0.05) ? periods.length - r.int(3, 6) : Number.POSITIVE_INFINITY;
      const sz = size.get(b.id)!;
      for (let i = 0; i < periods.length; i++) {
        const period = periods[i]!;
        let v = centre + slope * i + r.normal() * gap * 0.45 + Math.sin((i / 12) * 2 * Math.PI) * gap * 0.15;
        if (i >= shiftFrom) v -= (band ? 1 : sign) * gap * 1.6;
        v = Math.min(k.scale.max, Math.max(floor, v));
        let n: number | undefined;
        if (needsN && k.n) {
          const [lo, hi] = k.n;
          n = Math.max(1, Math.round(lo + (hi - lo) * sz * (0.85 + 0.3 * r.next())));
          if (k.minSampleSize && k.minSampleSize > 3 && r.chance(0.001)) n = r.int(Math.max(1, Math.floor(k.minSampleSize / 3)), k.minSampleSize - 1);
          if (proportion) v = (Math.round((v / 100) * n) / n) * 100;
        }
        let value: number | null = Number(v.toFixed(k.decimals));
        let note: string | undefined;
        if (r.chance(0.0015)) {
          value = null;
          note = r.pick(GAP_NOTES);
          if (needsN) n = 0;
        } else if (r.chance(0.003)) note = r.pick(NOTES);
        byPeriod.get(period)!.push(format === 'csv' ? csvRow(k, b.id, period, value, n, note) : yamlRow(k, b.id, period, value, n, note));
        count++;
      }
    }
  }
  const files: { path: string; text: string }[] = [];
  for (const [period, rows] of byPeriod) {
    if (rows.length === 0) continue;
    const text = format === 'csv' ? `kpi,unit,period,value,n,note\n${rows.join('')}` : `measurements:\n${rows.join('')}`;
    files.push({ path: `data/measurements/${period}.${format}`, text });
  }
  return { files, count };
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(k: KpiRec, unit: string, period: string, value: number | null, n: number | undefined, note: string | undefined): string {
  return `${k.id},${unit},${period},${value === null ? '' : value},${n === undefined ? '' : n},${note === undefined ? '' : csvCell(note)}\n`;
}

function yamlRow(k: KpiRec, unit: string, period: string, value: number | null, n: number | undefined, note: string | undefined): string {
  return `  - { kpi: ${k.id}, unit: ${unit}, period: "${period}", value: ${value === null ? 'null' : value}${n === undefined ? '' : `, n: ${n}`}${note === undefined ? '' : `, note: ${scalar(note)}`} }\n`;
}

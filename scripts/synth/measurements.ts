/**
 * Measurements for every (KPI, branch, period): monthly KPIs per month, quarterly ones per quarter.
 * Each series has a branch effect, noise, a slight trend, now and then a late deterioration (an SPC
 * signal), rare gaps (empty value with a note) and rare small samples. One file per period.
 * Values are written as their counts (DOMAIN.md §4), as the sample's are: k of n for rates,
 * promoters/passives/detractors for net scores, mean with sd and n for survey means, mean with
 * median, 90th percentile and n for durations; scores as their value.
 */
import { KPI_METHODS, type CountShape } from '../../src/core/schema/kpi-method.ts';
import { monthsEnding, quartersIn } from './dates.ts';
import type { Random } from './random.ts';
import type { KpiRec, World } from './world.ts';
import { scalar } from './yaml-writer.ts';

/** The counts written for one value (the value itself only where the method keeps it: means, durations, scores). */
export interface Row {
  value?: number | null;
  k?: number;
  n?: number;
  promoters?: number;
  passives?: number;
  detractors?: number;
  sd?: number;
  median?: number;
  p90?: number;
  note?: string;
}
const FIELDS = ['value', 'k', 'n', 'promoters', 'passives', 'detractors', 'sd', 'median', 'p90', 'note'] as const;

const GAP_NOTES = ['No data: survey platform outage', 'No data: branch closed for refurbishment', 'No data: CRM migration, export incomplete'];
const FIXED_GAP_NOTES = ['No data: no records for this period'];
const NOTES = ['System outage on two days this month', 'New staff joined; two agents in training', 'Figures corrected after the data audit'];

export interface MeasurementOutput {
  files: { path: string; text: string }[];
  count: number;
}

/**
 * Values that other records decide, by KPI and then `unit|period`: the complaint register's count
 * for the complaint-rate KPI, the visits' mean for the mystery-shop KPI. A KPI with a `standard`
 * is computed from the complaint register by the check and gets no typed values.
 */
export type GivenValues = ReadonlyMap<string, ReadonlyMap<string, Row>>;

export function buildMeasurements(r: Random, world: World, months: number, format: 'csv' | 'yaml', given: GivenValues = new Map()): MeasurementOutput {
  const monthList = monthsEnding(world.endMonth, months);
  const quarterList = quartersIn(monthList);
  const byPeriod = new Map<string, string[]>();
  for (const p of [...monthList, ...quarterList]) byPeriod.set(p, []);
  // A branch's general quality and size, shared by all its KPIs.
  const quality = new Map(world.branches.map((b) => [b.id, r.normal()]));
  const size = new Map(world.branches.map((b) => [b.id, 0.25 + 0.75 * r.next()]));
  let count = 0;
  for (const k of world.kpis) {
    if (k.standard !== undefined) continue;
    const fixed = given.get(k.id);
    const periods = k.frequency === 'quarterly' ? quarterList : monthList;
    const needsN = KPI_METHODS[k.method].needsSampleSize;
    const shape = KPI_METHODS[k.method].counts;
    const band = typeof k.target !== 'number';
    const target = typeof k.target === 'number' ? k.target : (k.target.min + k.target.max) / 2;
    const gap = typeof k.target === 'number' ? Math.abs(k.target - (k.warning as number)) : (k.target.max - k.target.min) / 2;
    const sign = k.direction === 'lower' ? -1 : 1;
    const floor = k.scale.min + (k.method === 'mean-duration' || k.unitOfMeasure === 'percent' ? Math.max(0.05, target * 0.05) : 0);
    for (const b of k.branches) {
      const z = 0.7 * quality.get(b.id)! + 0.7 * r.normal();
      const centre = band ? target + gap * 0.7 * z : target + sign * gap * (0.4 + 0.9 * z);
      const slope = r.normal() * gap * 0.01;
      const shiftFrom = r.chance(0.05) ? periods.length - r.int(3, 6) : Number.POSITIVE_INFINITY;
      const sz = size.get(b.id)!;
      // A net score's share of detractors, per branch (promoters follow from the score).
      const detractorShare = 0.08 + 0.1 * r.next();
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
        } else if (shape === 'duration') n = Math.round(200 + 4000 * sz * (0.85 + 0.3 * r.next()));
        let row: Row;
        const decided = fixed?.get(`${b.id}|${period}`);
        if (decided) row = decided;
        else if (fixed) row = { value: null, note: r.pick(FIXED_GAP_NOTES) };
        else if (r.chance(0.0015)) row = { value: null, note: r.pick(GAP_NOTES) };
        else {
          row = counted(shape, v, n, k.decimals, detractorShare, r);
          if (r.chance(0.003)) row.note = r.pick(NOTES);
        }
        byPeriod.get(period)!.push(format === 'csv' ? csvRow(k, b.id, period, row) : yamlRow(k, b.id, period, row));
        count++;
      }
    }
  }
  const files: { path: string; text: string }[] = [];
  for (const [period, rows] of byPeriod) {
    if (rows.length === 0) continue;
    const text = format === 'csv' ? `kpi,unit,period,${FIELDS.join(',')}\n${rows.join('')}` : `measurements:\n${rows.join('')}`;
    files.push({ path: `data/measurements/${period}.${format}`, text });
  }
  return { files, count };
}

/** The counts of a value `v` on the KPI's scale, drawn as a report would hold them. */
function counted(shape: CountShape, v: number, n: number | undefined, decimals: number, detractorShare: number, r: Random): Row {
  switch (shape) {
    case 'proportion':
    case 'rate':
      if (n === undefined) return { value: Number(v.toFixed(decimals)) };
      return { k: Math.min(n, Math.round((v / (shape === 'rate' ? 1000 : 100)) * n)), n };
    case 'net': {
      if (n === undefined) return { value: Number(v.toFixed(decimals)) };
      const detractors = Math.round(detractorShare * n);
      const promoters = Math.max(0, Math.min(n - detractors, Math.round(detractors + (v / 100) * n)));
      return { promoters, passives: n - promoters - detractors, detractors };
    }
    case 'mean':
      return n === undefined ? { value: Number(v.toFixed(decimals)) } : { value: Number(v.toFixed(decimals)), sd: Number((0.7 + 0.4 * r.next()).toFixed(2)), n };
    case 'duration':
      return { value: Number(v.toFixed(decimals)), median: Number((v * (0.6 + 0.08 * r.next())).toFixed(decimals)), p90: Number((v * (2 + 0.4 * r.next())).toFixed(decimals)), n };
  }
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(k: KpiRec, unit: string, period: string, row: Row): string {
  const cells = FIELDS.map((f) => {
    const x = row[f];
    return x === undefined || x === null ? '' : f === 'note' ? csvCell(String(x)) : String(x);
  });
  return `${k.id},${unit},${period},${cells.join(',')}\n`;
}

function yamlRow(k: KpiRec, unit: string, period: string, row: Row): string {
  const parts = FIELDS.filter((f) => row[f] !== undefined).map((f) => `${f}: ${f === 'note' ? scalar(row[f] as string) : row[f] === null ? 'null' : row[f]}`);
  return `  - { kpi: ${k.id}, unit: ${unit}, period: "${period}", ${parts.join(', ')} }\n`;
}

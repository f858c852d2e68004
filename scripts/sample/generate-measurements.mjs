#!/usr/bin/env node
/**
 * Generates the sample organisation's KPI measurements (data/measurements/*.yaml and *.csv).
 *
 * Deterministic: every random number comes from a PRNG seeded with the KPI, unit and period, so a
 * re-run writes byte-identical files, and adding a branch or a month does not change the others.
 * Plain Node ESM, no dependencies:  node scripts/sample/generate-measurements.mjs
 *
 * What the data shows (the stories the handbook's scorecards and early warnings should find):
 * - each branch has its own baseline, plus seasonal effects (Double 11 / year-end peak in
 *   November–December, Chinese New Year in February, the air-conditioner season in July–August);
 * - br-shenzhen drifts: CSAT and complaint first-response SLA fall steadily from February 2026, stay
 *   above the warning threshold for months and cross it in October 2026 (average response time creeps up too);
 * - br-pudong's night-delivery complaints fall after improvement action IA-2025-001 (May 2025);
 * - br-xuhui's first-response compliance recovers after IA-2025-003 (April–June 2025);
 * - br-guangzhou misses on-time delivery in the 2025 peak (IA-2025-005);
 * - br-hangzhou's mystery-shopper score recovers after IA-2025-004;
 * - br-suzhou opens in July 2025: monthly data from 2025-07, retention only from 2025-Q4 (it needs a
 *   previous quarter), one-visit completion below target at first (IA-2026-001);
 * - missing data: br-hangzhou has no survey rows for 2025-11 (survey tool migration), br-guangzhou has
 *   no FCR rows for 2026-04 and 2026-05 (CRM migration); br-xuhui's 2026-02 survey values are an explicit
 *   null with a note, as is br-guangzhou's NPS in the 2026-09 CSV export;
 * - two deliberately small samples (br-suzhou's first CSAT month and first mystery-shopper quarter).
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'measurements');

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** 32-bit FNV-1a hash of a string, used as a seed. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, good-enough seeded PRNG returning numbers in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG for one cell (kpi, unit, period, purpose). */
const rngFor = (...parts) => mulberry32(hash(parts.join('|')));

/** Standard normal deviate (Box–Muller). */
function gauss(rng) {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const round = (x, digits) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// ---------------------------------------------------------------------------------------------
// Periods

const MONTHS = [];
for (let y = 2025; y <= 2026; y++) {
  for (let m = 1; m <= 12; m++) {
    if (y === 2026 && m > 10) break; // last complete month before 2026-11-22
    MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);
  }
}
const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];

/** Months written as CSV, as a BI tool would export them. */
const CSV_MONTHS = new Set(['2026-09', '2026-10']);

const monthIndex = (period) => MONTHS.indexOf(period); // 0 = 2025-01
const monthOf = (period) => Number(period.slice(5, 7));

// ---------------------------------------------------------------------------------------------
// Branches: size and baseline per KPI

const BRANCHES = {
  'br-pudong': {
    opened: '2025-01', orders: 62000, surveys: 480, issues: 3600, jobs: 1250, customers: 24000,
    base: { csat: 87.0, nps: 42, fcr: 77.0, sla: 96.0, art: 17.0, err: 1.30, otd: 95.6, cpt: 2.0, ovc: 87.0, ret: 82.0, mss: 87.0 },
  },
  'br-xuhui': {
    opened: '2025-01', orders: 45000, surveys: 360, issues: 2700, jobs: 900, customers: 17500,
    base: { csat: 86.2, nps: 40, fcr: 76.0, sla: 95.8, art: 18.5, err: 1.40, otd: 96.0, cpt: 1.8, ovc: 86.0, ret: 81.0, mss: 86.0 },
  },
  'br-hangzhou': {
    opened: '2025-01', orders: 50000, surveys: 400, issues: 3000, jobs: 1050, customers: 19000,
    base: { csat: 85.6, nps: 38, fcr: 74.2, sla: 95.4, art: 18.0, err: 1.60, otd: 95.0, cpt: 2.1, ovc: 85.2, ret: 79.5, mss: 86.5 },
  },
  'br-suzhou': {
    opened: '2025-07', isNew: true, orders: 22000, surveys: 240, issues: 1500, jobs: 620, customers: 7000,
    // A new branch: starts weaker and learns (see `ramp`).
    base: { csat: 86.0, nps: 38, fcr: 75.0, sla: 95.8, art: 19.0, err: 1.55, otd: 95.4, cpt: 2.0, ovc: 85.0, ret: 78.0, mss: 85.5 },
  },
  'br-guangzhou': {
    opened: '2025-01', orders: 58000, surveys: 440, issues: 3400, jobs: 1150, customers: 22000,
    base: { csat: 86.0, nps: 39, fcr: 75.2, sla: 95.3, art: 19.0, err: 1.50, otd: 95.2, cpt: 2.1, ovc: 85.5, ret: 80.5, mss: 85.0 },
  },
  'br-shenzhen': {
    opened: '2025-01', orders: 54000, surveys: 420, issues: 3200, jobs: 1100, customers: 21000,
    base: { csat: 88.2, nps: 44, fcr: 78.0, sla: 96.6, art: 16.0, err: 1.30, otd: 96.0, cpt: 1.7, ovc: 88.0, ret: 83.0, mss: 88.5 },
  },
};

/** How far a new branch still is from its baseline (1 at opening, 0 after about a year). */
function ramp(branch, period) {
  if (!BRANCHES[branch].isNew) return 0;
  const opened = monthIndex(BRANCHES[branch].opened);
  const age = monthIndex(period) - opened;
  return Math.max(0, 1 - age / 12);
}

// ---------------------------------------------------------------------------------------------
// KPI models: noise, seasonality, new-branch handicap, rounding

const KPIS = {
  'KPI-CSAT': { key: 'csat', sd: 1.0, lo: 0, hi: 100, newBranch: -3.5, season: { 2: -0.6, 11: -1.0, 12: -0.8 } },
  'KPI-NPS': { key: 'nps', sd: 2.5, lo: -100, hi: 100, newBranch: -8, season: { 2: -1, 11: -3, 12: -2 } },
  'KPI-FCR': { key: 'fcr', sd: 1.2, lo: 0, hi: 100, newBranch: -4, season: { 11: -1.5, 12: -1.0 } },
  'KPI-FR-SLA': { key: 'sla', sd: 1.0, lo: 0, hi: 100, newBranch: -3, season: { 2: -1.2, 11: -1.5, 12: -1.2 } },
  'KPI-ART': { key: 'art', sd: 1.4, lo: 0, hi: 1440, newBranch: 5, season: { 2: 2.0, 7: 1.5, 8: 2.0, 11: 3.5, 12: 2.5 } },
  'KPI-ERR': { key: 'err', sd: 0.15, lo: 0, hi: 100, newBranch: 0.7, season: { 11: 0.25, 12: 0.2 } },
  'KPI-OTD': { key: 'otd', sd: 0.7, lo: 0, hi: 100, newBranch: -2.5, season: { 2: -1.5, 11: -1.8, 12: -1.2 } },
  'KPI-CPT': { key: 'cpt', sd: 0.18, lo: 0, hi: 1000, newBranch: 0.8, season: { 2: 0.2, 11: 0.45, 12: 0.35 } },
  'KPI-OVC': { key: 'ovc', sd: 1.0, lo: 0, hi: 100, newBranch: -6, season: { 7: -1.8, 8: -2.2 } },
};
const QUARTERLY_KPIS = {
  'KPI-RET': { key: 'ret', sd: 0.9, lo: 0, hi: 100, newBranch: -5 },
  'KPI-MSS': { key: 'mss', sd: 2.0, lo: 0, hi: 100, newBranch: -4 },
};

/**
 * Smooth noise: an AR(1) series per (kpi, unit) so that neighbouring months are related, as
 * real branch data is. Each month's innovation comes from its own seeded PRNG.
 */
function smoothNoise(kpi, unit, periods, period) {
  let e = 0;
  for (const p of periods) {
    e = 0.45 * e + gauss(rngFor(kpi, unit, p, 'noise'));
    if (p === period) return e;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Story overrides: exact values for the stories the improvement actions tell

const OVERRIDES = {
  // Shenzhen drift: steady decline from February 2026, crossing the warning thresholds (80, 90) in October.
  'KPI-CSAT|br-shenzhen': {
    '2026-01': 88.4, '2026-02': 87.9, '2026-03': 87.1, '2026-04': 86.3, '2026-05': 85.4,
    '2026-06': 84.5, '2026-07': 83.3, '2026-08': 82.1, '2026-09': 80.8, '2026-10': 79.4,
  },
  'KPI-FR-SLA|br-shenzhen': {
    '2026-01': 96.6, '2026-02': 96.1, '2026-03': 95.5, '2026-04': 94.8, '2026-05': 94.0,
    '2026-06': 93.1, '2026-07': 92.3, '2026-08': 91.4, '2026-09': 90.5, '2026-10': 89.2,
  },
  // Xuhui's first-response compliance: weak in Q1 2025, fixed by IA-2025-003.
  'KPI-FR-SLA|br-xuhui': { '2025-01': 92.4, '2025-02': 91.1, '2025-03': 93.0, '2025-04': 95.8, '2025-05': 96.4, '2025-06': 96.1 },
  // Pudong's night-delivery complaints: 3.4 per 1,000 in Q1 2025, about 2.0 after IA-2025-001.
  'KPI-CPT|br-pudong': {
    '2025-01': 3.52, '2025-02': 3.21, '2025-03': 3.47, '2025-04': 3.30, '2025-05': 2.61,
    '2025-06': 2.05, '2025-07': 1.98, '2025-08': 1.97,
  },
  // Guangzhou's peak-season delivery problems (IA-2025-005).
  'KPI-OTD|br-guangzhou': { '2025-11': 89.6, '2025-12': 92.3, '2026-01': 93.6, '2026-02': 92.8 },
  'KPI-CPT|br-guangzhou': { '2025-11': 3.24, '2025-12': 2.86 },
  // Suzhou's one-visit completion: about 79% in its first six months, then improving (IA-2026-001).
  'KPI-OVC|br-suzhou': {
    '2025-07': 77.2, '2025-08': 78.5, '2025-09': 79.4, '2025-10': 80.1, '2025-11': 78.9, '2025-12': 79.9,
    '2026-01': 80.5, '2026-02': 79.8, '2026-03': 81.2, '2026-04': 82.0, '2026-05': 82.9, '2026-06': 83.5,
    '2026-07': 82.8, '2026-08': 83.9, '2026-09': 84.6, '2026-10': 85.3,
  },
  // Single bad months: warehouse system go-live, peak-season queues, New Year staffing, a new team.
  'KPI-ERR|br-hangzhou': { '2026-07': 2.71, '2026-08': 2.56 },
  'KPI-ART|br-guangzhou': { '2025-11': 31.6 },
  'KPI-OTD|br-pudong': { '2026-02': 91.4 },
  'KPI-FCR|br-suzhou': { '2025-07': 68.8 },
  // Hangzhou's mystery-shopper recovery (IA-2025-004).
  'KPI-MSS|br-hangzhou': { '2025-Q1': 78.0, '2025-Q2': 81.5, '2025-Q3': 86.5 },
};

/** Extra drift that is not pinned to exact values. */
function drift(kpi, unit, period) {
  if (unit !== 'br-shenzhen') return 0;
  const t = monthIndex(period) - monthIndex('2026-01'); // months into the drift
  if (t <= 0) return 0;
  if (kpi === 'KPI-ART') return 0.9 * t; // response time creeps up with the staffing gap
  if (kpi === 'KPI-NPS') return -0.8 * t;
  if (kpi === 'KPI-CPT') return 0.06 * t;
  return 0;
}

/** Rows left out on purpose (no data reported), and explicit nulls with their reason. */
const OMITTED = new Set([
  'KPI-CSAT|br-hangzhou|2025-11',
  'KPI-NPS|br-hangzhou|2025-11',
  'KPI-FCR|br-guangzhou|2026-04',
  'KPI-FCR|br-guangzhou|2026-05',
]);
const NULLS = {
  'KPI-CSAT|br-xuhui|2026-02': 'Survey vendor outage — no responses collected',
  'KPI-NPS|br-xuhui|2026-02': 'Survey vendor outage — no responses collected',
  'KPI-NPS|br-guangzhou|2026-09': 'WeChat survey link broken all month, no responses collected',
};
const NOTES = {
  'KPI-OTD|br-guangzhou|2025-11': 'Double 11 peak; agency vans arrived late (see IA-2025-005)',
  'KPI-CPT|br-pudong|2025-05': 'Night routes re-allocated from 12 May (IA-2025-001)',
  'KPI-OVC|br-suzhou|2025-07': 'Branch opened 1 July 2025',
  'KPI-CSAT|br-suzhou|2025-07': 'Branch opened 1 July 2025; first survey month',
  'KPI-FR-SLA|br-shenzhen|2026-04': 'Two agents resigned in March; vacancies open',
  'KPI-CSAT|br-shenzhen|2026-10': 'Fell below the warning threshold; see IA-2026-003',
  'KPI-ART|br-guangzhou|2025-11': 'Double 11 peak; two agents on sick leave',
  'KPI-ERR|br-hangzhou|2026-07': 'New warehouse system went live 6 July; picking errors',
  'KPI-OTD|br-pudong|2026-02': 'Chinese New Year; driver shortage 14–24 February',
  'KPI-ERR|br-xuhui|2026-03': 'Includes 4 refunds paid with a wrong amount (IA-2026-004)',
  'KPI-MSS|br-suzhou|2025-Q3': 'Only two visits in the opening quarter',
};
/** Sample sizes fixed on purpose (small samples the scorecard should flag). */
const FIXED_N = {
  'KPI-CSAT|br-suzhou|2025-07': 46,
  'KPI-MSS|br-suzhou|2025-Q3': 2,
  'KPI-MSS|br-hangzhou|2025-Q3': 4, // quoted in IA-2025-004
};

// ---------------------------------------------------------------------------------------------
// Turning a "true" value into what a report would show: counts, sample size, rounding

/**
 * For a proportion: draw k of n so that k/n is as close as possible to `pct`; when `exact` is set,
 * search n near `n0` until k/n rounds to exactly `pct` (so that pinned story values stay integer-honest).
 */
function proportion(pct, n0, exact, digits = 1) {
  if (!exact) {
    const k = Math.round((pct / 100) * n0);
    return { value: round((k / n0) * 100, digits), n: n0 };
  }
  for (let d = 0; d < 400; d++) {
    for (const n of [n0 + d, n0 - d]) {
      if (n <= 0) continue;
      const k = Math.round((pct / 100) * n);
      if (round((k / n) * 100, digits) === pct) return { value: pct, n };
    }
  }
  throw new Error(`cannot hit ${pct}% near n=${n0}`);
}

/** Same for a rate per 1,000 (k events in n cases). */
function perThousand(rate, n0, exact) {
  if (!exact) {
    const k = Math.round((rate / 1000) * n0);
    return { value: round((k / n0) * 1000, 2), n: n0, k };
  }
  for (let d = 0; d < 5000; d++) {
    for (const n of [n0 + d, n0 - d]) {
      const k = Math.round((rate / 1000) * n);
      if (round((k / n) * 1000, 2) === rate) return { value: rate, n, k };
    }
  }
  throw new Error(`cannot hit ${rate}‰ near n=${n0}`);
}

/** Volume in a month: branch size × season × a little noise. */
function volume(base, unit, period, what) {
  const m = monthOf(period);
  const season = m === 11 ? 1.35 : m === 12 ? 1.2 : m === 2 ? 0.8 : what === 'jobs' && (m === 7 || m === 8) ? 1.3 : 1;
  const growth = 1 + 0.004 * monthIndex(period); // slow business growth
  const newBranch = 1 - 0.45 * ramp(unit, period);
  const noise = 1 + 0.05 * gauss(rngFor(unit, period, what, 'volume'));
  return Math.max(1, Math.round(base * season * growth * newBranch * noise));
}

function monthlyRows(period) {
  const rows = [];
  for (const [kpi, model] of Object.entries(KPIS)) {
    for (const [unit, b] of Object.entries(BRANCHES)) {
      if (monthIndex(period) < monthIndex(b.opened)) continue;
      const id = `${kpi}|${unit}|${period}`;
      if (OMITTED.has(id)) continue;
      const pinned = OVERRIDES[`${kpi}|${unit}`]?.[period];
      const raw =
        pinned ??
        b.base[model.key] +
          (model.season[monthOf(period)] ?? 0) +
          model.newBranch * ramp(unit, period) +
          drift(kpi, unit, period) +
          model.sd * smoothNoise(kpi, unit, MONTHS, period);
      const x = clamp(raw, model.lo, model.hi);
      const exact = pinned !== undefined;
      const orders = volume(b.orders, unit, period, 'orders');
      let row;
      switch (kpi) {
        case 'KPI-CSAT': {
          const n = FIXED_N[id] ?? volume(b.surveys, unit, period, 'surveys');
          row = proportion(round(x, 1), n, exact);
          break;
        }
        case 'KPI-NPS': {
          const n = volume(b.surveys * 0.7, unit, period, 'nps');
          const rng = rngFor(kpi, unit, period, 'mix');
          const detractors = Math.round(n * (0.12 + 0.06 * rng()));
          const promoters = clamp(detractors + Math.round((x / 100) * n), 0, n);
          row = { value: Math.round(((promoters - detractors) / n) * 100), n };
          break;
        }
        case 'KPI-FCR':
          row = proportion(round(x, 1), volume(b.issues, unit, period, 'issues'), exact);
          break;
        case 'KPI-FR-SLA': {
          // The cases are the month's complaints, the same count behind KPI-CPT.
          const complaints = cptRow(unit, b, period).k;
          row = proportion(round(x, 1), complaints, exact);
          break;
        }
        case 'KPI-ART':
          row = { value: round(x, 1) }; // mean duration: no sample size needed
          break;
        case 'KPI-ERR':
          row = proportion(round(x, 2), orders + volume(b.jobs, unit, period, 'jobs'), exact, 2);
          break;
        case 'KPI-OTD':
          row = proportion(round(x, 1), Math.round(orders * 0.86), exact);
          break;
        case 'KPI-CPT': {
          const { value, n } = cptRow(unit, b, period);
          row = { value, n };
          break;
        }
        case 'KPI-OVC':
          row = proportion(round(x, 1), volume(b.jobs, unit, period, 'jobs'), exact);
          break;
      }
      if (NULLS[id]) row = { value: null, note: NULLS[id] };
      else if (NOTES[id]) row.note = NOTES[id];
      rows.push({ kpi, unit, period, ...row });
    }
  }
  return rows;
}

/** Complaints per 1,000 orders, memoised because KPI-FR-SLA uses its complaint count. */
const cptCache = new Map();
function cptRow(unit, b, period) {
  const key = `${unit}|${period}`;
  if (!cptCache.has(key)) {
    const model = KPIS['KPI-CPT'];
    const pinned = OVERRIDES[`KPI-CPT|${unit}`]?.[period];
    const raw =
      pinned ??
      b.base.cpt +
        (model.season[monthOf(period)] ?? 0) +
        model.newBranch * ramp(unit, period) +
        drift('KPI-CPT', unit, period) +
        model.sd * smoothNoise('KPI-CPT', unit, MONTHS, period);
    const orders = volume(b.orders, unit, period, 'orders');
    cptCache.set(key, perThousand(pinned ?? round(clamp(raw, 0.2, 1000), 2), orders, pinned !== undefined));
  }
  return cptCache.get(key);
}

function quarterlyRows(quarter) {
  const rows = [];
  const q = Number(quarter.slice(-1));
  const lastMonth = `${quarter.slice(0, 4)}-${String(q * 3).padStart(2, '0')}`;
  for (const [kpi, model] of Object.entries(QUARTERLY_KPIS)) {
    for (const [unit, b] of Object.entries(BRANCHES)) {
      const openedIdx = monthIndex(b.opened);
      if (monthIndex(lastMonth) < openedIdx) continue;
      // Retention compares with the previous quarter's customers: a branch needs a full quarter behind it.
      if (kpi === 'KPI-RET' && b.isNew && monthIndex(lastMonth) - 3 < openedIdx) continue;
      const id = `${kpi}|${unit}|${quarter}`;
      const pinned = OVERRIDES[`${kpi}|${unit}`]?.[quarter];
      const shenzhenDrift = unit === 'br-shenzhen' && quarter >= '2026-Q2' ? (kpi === 'KPI-MSS' ? -3 : -1.5) * (quarter === '2026-Q3' ? 2 : 1) : 0;
      const x = clamp(
        pinned ??
          b.base[model.key] + model.newBranch * ramp(unit, lastMonth) + shenzhenDrift + model.sd * smoothNoise(kpi, unit, QUARTERS, quarter),
        model.lo,
        model.hi,
      );
      let row;
      if (kpi === 'KPI-RET') {
        row = proportion(round(x, 1), volume(b.customers, unit, lastMonth, 'customers'), false);
      } else {
        const n = FIXED_N[id] ?? 3 + Math.floor(rngFor(kpi, unit, quarter, 'visits')() * 4); // 3–6 visits
        row = { value: round(x, 1), n };
      }
      if (NOTES[id]) row.note = NOTES[id];
      rows.push({ kpi, unit, period: quarter, ...row });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Writing

const HEADER = '# Generated by scripts/sample/generate-measurements.mjs (sample data). Re-run the script instead of editing.\n';

function yamlScalar(v) {
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v); // a JSON string is a valid double-quoted YAML scalar
}

function toYaml(rows) {
  const lines = rows.map((r) => {
    const parts = ['kpi', 'unit', 'period', 'value', 'n', 'note']
      .filter((k) => r[k] !== undefined)
      .map((k) => `${k}: ${k === 'kpi' || k === 'unit' ? r[k] : yamlScalar(r[k])}`);
    return `  - { ${parts.join(', ')} }`;
  });
  return `${HEADER}measurements:\n${lines.join('\n')}\n`;
}

function csvCell(v) {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(rows) {
  const lines = ['kpi,unit,period,value,n,note'];
  for (const r of rows) lines.push([r.kpi, r.unit, r.period, r.value, r.n, r.note].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

function write(name, rows, csv) {
  const file = join(OUT, `${name}.${csv ? 'csv' : 'yaml'}`);
  const other = join(OUT, `${name}.${csv ? 'yaml' : 'csv'}`);
  if (existsSync(other)) rmSync(other);
  writeFileSync(file, csv ? toCsv(rows) : toYaml(rows));
  return rows.length;
}

mkdirSync(OUT, { recursive: true });
let total = 0;
for (const month of MONTHS) total += write(month, monthlyRows(month), CSV_MONTHS.has(month));
for (const quarter of QUARTERS) total += write(quarter, quarterlyRows(quarter), false);
console.log(`Wrote ${MONTHS.length + QUARTERS.length} files, ${total} measurements, to ${OUT}`);

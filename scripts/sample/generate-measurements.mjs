#!/usr/bin/env node
/**
 * Generates the sample organisation's KPI measurements (data/measurements/*.yaml and *.csv).
 *
 * Deterministic: every random number comes from a PRNG seeded with the KPI, unit and period, so a
 * re-run writes byte-identical files, and adding a branch or a month does not change the others.
 * Plain Node ESM, no dependencies:  node scripts/sample/generate-measurements.mjs
 *
 * Values are written as the counts a real report would hold (DOMAIN.md §4): k of n for rates,
 * promoters/passives/detractors for NPS, the responses per scale point for CSAT, events per
 * orders for complaints, mean with median, 90th percentile and n for response times, mean with sd
 * and n for mystery-shopper visits. The noise is what real branch data shows: each month's true
 * rate varies around the branch's level (a logit-normal random effect, mildly autocorrelated), and
 * the counts are then drawn from it (binomial or multinomial), so survey KPIs vary at least as
 * much as sampling alone makes them (test/sample-noise.test.ts), and large-n rates (deliveries,
 * orders) vary much more than binomial noise, as real processes do (over-dispersion).
 *
 * What the data shows (the stories the handbook's scorecards and early warnings should find):
 * - each branch has its own baseline, plus seasonal effects (Double 11 / year-end peak in
 *   November–December, Chinese New Year in February, the air-conditioner season in July–August);
 * - complaint solutions within 48 hours and replies to suggestions within 72 hours are counted
 *   (KPI-SOL-SLA, KPI-FBR-SLA), the two time-limit promises besides the first response whose
 *   timestamps the CRM keeps, by quarter (a month holds too few cases for a 90 % target);
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
 * - the latest month's first-contact resolution is provisional (its repeat-contact window was still
 *   open when it was exported), and Guangzhou's first-response compliance misses its target in
 *   October 2026 by less than its sampling noise (within noise);
 * - two deliberately small samples (br-suzhou's first CSAT month and first mystery-shopper quarter).
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = process.env.SAMPLE_OUT ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'measurements');

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
    base: { csat: 90.4, nps: 51, fcr: 79.6, sla: 97.8, art: 14.0, err: 1.05, otd: 97.4, cpt: 1.55, ovc: 89.0, ret: 83.6, mss: 89.5, sol: 95.0, fbr: 95.6 },
  },
  'br-xuhui': {
    opened: '2025-01', orders: 45000, surveys: 360, issues: 2700, jobs: 900, customers: 17500,
    base: { csat: 89.9, nps: 50, fcr: 79.0, sla: 97.6, art: 14.8, err: 1.10, otd: 97.5, cpt: 1.45, ovc: 88.6, ret: 83.0, mss: 89.0, sol: 94.8, fbr: 95.4 },
  },
  'br-hangzhou': {
    opened: '2025-01', orders: 50000, surveys: 400, issues: 3000, jobs: 1050, customers: 19000,
    base: { csat: 89.6, nps: 49, fcr: 78.6, sla: 97.5, art: 15.0, err: 1.12, otd: 97.1, cpt: 1.55, ovc: 88.4, ret: 82.6, mss: 88.0, sol: 94.6, fbr: 95.2 },
  },
  'br-suzhou': {
    opened: '2025-07', isNew: true, orders: 30000, surveys: 240, issues: 1500, jobs: 620, customers: 7000,
    // A new branch: starts weaker and learns (see `ramp`).
    base: { csat: 90.2, nps: 50, fcr: 79.2, sla: 97.8, art: 14.5, err: 1.08, otd: 97.3, cpt: 1.50, ovc: 88.5, ret: 83.0, mss: 89.0, sol: 95.2, fbr: 95.8 },
  },
  'br-guangzhou': {
    opened: '2025-01', orders: 58000, surveys: 440, issues: 3400, jobs: 1150, customers: 22000,
    base: { csat: 89.8, nps: 49, fcr: 78.8, sla: 97.5, art: 15.2, err: 1.12, otd: 97.0, cpt: 1.60, ovc: 88.6, ret: 82.8, mss: 88.5, sol: 94.7, fbr: 95.3 },
  },
  'br-shenzhen': {
    opened: '2025-01', orders: 54000, surveys: 420, issues: 3200, jobs: 1100, customers: 21000,
    base: { csat: 91.0, nps: 53, fcr: 80.2, sla: 98.2, art: 13.8, err: 1.02, otd: 97.6, cpt: 1.40, ovc: 89.5, ret: 84.0, mss: 90.0, sol: 95.6, fbr: 96.0 },
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
// KPI models: level, seasonality, new-branch handicap, and how much the true value varies from
// one period to the next beyond sampling (`re`: the sd of a random effect, on the logit scale for
// rates and in points for NPS; `sd`: the noise of values that are not counts)

const KPIS = {
  'KPI-CSAT': { key: 'csat', re: 0.1, lo: 0, hi: 100, newBranch: -3.5, season: { 2: -0.5, 11: -0.8, 12: -0.6 } },
  'KPI-NPS': { key: 'nps', re: 3, lo: -100, hi: 100, newBranch: -8, season: { 2: -1, 11: -2, 12: -1.5 } },
  'KPI-FCR': { key: 'fcr', re: 0.05, lo: 0, hi: 100, newBranch: -4, season: { 11: -1.0, 12: -0.7 } },
  'KPI-FR-SLA': { key: 'sla', re: 0.12, lo: 0, hi: 100, newBranch: -3, season: { 2: -0.8, 11: -1.0, 12: -0.8 } },
  'KPI-ART': { key: 'art', sd: 1.0, lo: 0, hi: 1440, newBranch: 3.5, season: { 2: 1.0, 7: 0.8, 8: 1.0, 11: 2.0, 12: 1.5 } },
  'KPI-ERR': { key: 'err', re: 0.08, lo: 0, hi: 100, newBranch: 0.5, season: { 11: 0.15, 12: 0.1 } },
  'KPI-OTD': { key: 'otd', re: 0.1, lo: 0, hi: 100, newBranch: -2, season: { 2: -0.8, 11: -1.0, 12: -0.6 } },
  'KPI-CPT': { key: 'cpt', re: 0.08, lo: 0, hi: 1000, newBranch: 0.6, season: { 2: 0.1, 11: 0.15, 12: 0.1 } },
  'KPI-OVC': { key: 'ovc', re: 0.06, lo: 0, hi: 100, newBranch: -6, season: { 7: -1.0, 8: -1.2 } },
};
const QUARTERLY_KPIS = {
  'KPI-RET': { key: 'ret', re: 0.04, lo: 0, hi: 100, newBranch: -5 },
  'KPI-MSS': { key: 'mss', sd: 1.0, visitSd: 5, lo: 0, hi: 100, newBranch: -4 },
  // Reported by quarter: a month's complaints (about 100) or suggestions are too few to tell a
  // miss of a 90 % target from chance (kpi/min-sample-too-small); a quarter pools three months.
  'KPI-SOL-SLA': { key: 'sol', re: 0.12, lo: 0, hi: 100, newBranch: -3 },
  'KPI-FBR-SLA': { key: 'fbr', re: 0.15, lo: 0, hi: 100, newBranch: -2 },
};

/**
 * The random effect of one period: an AR(1) series per (kpi, unit) with unit variance, so that
 * neighbouring periods are mildly related, as real branch data is. Each period's innovation comes
 * from its own seeded PRNG.
 */
function randomEffect(kpi, unit, periods, period, rho = 0.3) {
  let e = 0;
  const scale = Math.sqrt(1 - rho * rho);
  for (const p of periods) {
    e = rho * e + scale * gauss(rngFor(kpi, unit, p, 'effect', ...salt(kpi, unit)));
    if (p === period) return e;
  }
  return 0;
}

/** The older, smoother noise, kept for values that are not counts (response times, mystery-shopper levels). */
function smoothNoise(kpi, unit, periods, period) {
  let e = 0;
  for (const p of periods) {
    e = 0.45 * e + gauss(rngFor(kpi, unit, p, 'noise', ...salt(kpi, unit)));
    if (p === period) return e;
  }
  return 0;
}

const logit = (p) => Math.log(p / (1 - p));
const logistic = (x) => 1 / (1 + Math.exp(-x));

/** A rate in percent moved by `effect` standard deviations of `re` on the logit scale. */
function varied(pct, re, effect) {
  const p = clamp(pct / 100, 1e-6, 1 - 1e-6);
  return logistic(logit(p) + re * effect);
}

// ---------------------------------------------------------------------------------------------
// Sampling: counts drawn from a true rate

/** Binomial(n, p): exact for small n, Poisson for rare events, normal (rounded) for large n. */
function binomial(n, p, rng) {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n <= 1000) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng() < p) k++;
    return k;
  }
  const mean = n * p;
  const sd = Math.sqrt(mean * (1 - p));
  if (mean < 30) {
    // Knuth's Poisson draw: rare events in many cases.
    const limit = Math.exp(-mean);
    let k = 0;
    let prod = rng();
    while (prod > limit) {
      k++;
      prod *= rng();
    }
    return Math.min(k, n);
  }
  return clamp(Math.round(mean + sd * gauss(rng)), 0, n);
}

// ---------------------------------------------------------------------------------------------
// Story overrides: the true level in the periods the improvement actions tell about. Values in
// EXACT are quoted in actions or notes and are written exactly (the counts chosen so that their
// rate rounds to the value); the others are drawn around the level like any other value.

const OVERRIDES = {
  // Shenzhen drift: steady decline from February 2026, crossing the warning thresholds (80, 90) in October.
  'KPI-CSAT|br-shenzhen': {
    '2026-01': 90.8, '2026-02': 90.1, '2026-03': 89.2, '2026-04': 88.2, '2026-05': 87.1,
    '2026-06': 85.9, '2026-07': 84.6, '2026-08': 83.2, '2026-09': 81.5, '2026-10': 79.4,
  },
  'KPI-FR-SLA|br-shenzhen': {
    '2026-01': 98.0, '2026-02': 97.5, '2026-03': 96.9, '2026-04': 96.2, '2026-05': 95.4,
    '2026-06': 94.5, '2026-07': 93.5, '2026-08': 92.4, '2026-09': 91.2, '2026-10': 89.2,
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
  'KPI-OTD|br-pudong': { '2026-02': 95.6 },
  'KPI-FCR|br-suzhou': { '2025-07': 68.8 },
  // A miss inside sampling noise on the latest scorecard: 94 % of about 90 complaints, whose interval reaches 95 %.
  'KPI-FR-SLA|br-guangzhou': { '2026-10': 94.0 },
  // Hangzhou's mystery-shopper recovery (IA-2025-004).
  // …and its relapse the quarter after the action closed (two new counter agents, not coached): a recurrence.
  'KPI-MSS|br-hangzhou': { '2025-Q1': 78.0, '2025-Q2': 81.5, '2025-Q3': 86.5, '2025-Q4': 79.5 },
};

/** Story values written exactly: quoted in an action or a note. `KPI|unit` for a whole series, `KPI|unit|period` for one value. */
const EXACT = new Set([
  'KPI-FR-SLA|br-xuhui', // IA-2025-003: 95.8, 96.4 and 96.1 in April–June 2025
  'KPI-CPT|br-pudong', // IA-2025-001: 3.4 in Q1 2025, 2.0 on average over June–August
  'KPI-OTD|br-guangzhou', // IA-2025-005: between 92% and 94% after the peak
  'KPI-MSS|br-hangzhou|2025-Q3', // IA-2025-004: 86.5 from 4 visits
  'KPI-MSS|br-hangzhou|2025-Q4',
  'KPI-OTD|br-pudong|2026-02', // acknowledged: Chinese New Year, on target but beyond the lower limit
  'KPI-CSAT|br-shenzhen|2026-10', // note: fell below the warning threshold
  'KPI-FR-SLA|br-shenzhen|2026-10',
  'KPI-FR-SLA|br-guangzhou|2026-10',
]);
const isExact = (kpi, unit, period) => OVERRIDES[`${kpi}|${unit}`]?.[period] !== undefined && (EXACT.has(`${kpi}|${unit}`) || EXACT.has(`${kpi}|${unit}|${period}`));

/**
 * Story series whose noise must not tell another story: the Shenzhen drift stays above the warning
 * thresholds until October 2026 (when the action says both crossed them) and is at risk before.
 * The series is drawn with the first seed salt (0, 1, 2…) whose realisation keeps to the story:
 * a plausible month-to-month noise, conditioned on what the handbook tells.
 */
const STORY_CHECKS = {
  'KPI-CSAT|br-shenzhen': (v) => range('2026-01', '2026-09').every((p) => v(p) >= 80.5) && range('2026-07', '2026-09').every((p) => v(p) < 85),
  'KPI-FR-SLA|br-shenzhen': (v) => range('2026-01', '2026-09').every((p) => v(p) >= 90.5) && range('2026-07', '2026-09').every((p) => v(p) < 95),
};
const range = (from, to) => MONTHS.slice(monthIndex(from), monthIndex(to) + 1);
/**
 * Series redrawn with another seed: their first draw put an in-control series beyond its limits in
 * 2026 with no cause to tell (a false alarm, which the default rules give about once in a hundred
 * points), and the sample should show false alarms in the simulation tests, not in its story.
 */
const RESEEDED = { 'KPI-NPS|br-pudong': 1, 'KPI-CSAT|br-hangzhou': 1, 'KPI-NPS|br-guangzhou': 1, 'KPI-ART|br-suzhou': 4, 'KPI-FR-SLA|br-suzhou': 1 };
const SALTS = { ...RESEEDED };
/** The extra seed parts of a story series (none for the others, so that their noise does not change). */
const salt = (kpi, unit) => (SALTS[`${kpi}|${unit}`] ? [`salt${SALTS[`${kpi}|${unit}`]}`] : []);
function chooseSalts() {
  for (const [key, check] of Object.entries(STORY_CHECKS)) {
    const [kpi, unit] = key.split('|');
    for (let s = 0; ; s++) {
      if (s > 500) throw new Error(`no seed keeps ${key} to its story`);
      SALTS[key] = s;
      const value = (period) => {
        const n = kpi === 'KPI-FR-SLA' ? cptRow(unit, period).k : volume(BRANCHES[unit].surveys, unit, period, 'surveys');
        const { k, n: total } = drawProportion(kpi, unit, period, n);
        return (k / total) * 100;
      };
      if (check(value)) break;
    }
  }
}

/** Extra drift that is not pinned to exact values. */
function drift(kpi, unit, period) {
  if (unit !== 'br-shenzhen') return 0;
  const t = monthIndex(period) - monthIndex('2026-01'); // months into the drift
  if (t <= 0) return 0;
  if (kpi === 'KPI-ART') return 0.9 * t; // response time creeps up with the staffing gap
  if (kpi === 'KPI-NPS') return -0.8 * t;
  if (kpi === 'KPI-CPT') return 0.1 * t; // late first responses turn into complaints
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
  'KPI-MSS|br-hangzhou|2025-Q4': 'Two counter agents hired in October, not yet coached (see IA-2025-004)',
};
/**
 * Values not final yet: the latest month's first-contact resolution waits for the 7-day
 * repeat-contact window of the issues opened at the end of the month (the CSV was exported on
 * 3 November), so it is marked provisional.
 */
const PROVISIONAL = new Set(['KPI-FCR|2026-10']);
const PROVISIONAL_NOTE = 'Exported 3 November: issues opened from 27 October are still inside the 7-day repeat-contact window';

/** Sample sizes fixed on purpose (small samples the scorecard should flag). */
const FIXED_N = {
  'KPI-CSAT|br-suzhou|2025-07': 46,
  'KPI-MSS|br-suzhou|2025-Q3': 2,
  'KPI-MSS|br-hangzhou|2025-Q3': 4, // quoted in IA-2025-004
  'KPI-MSS|br-hangzhou|2025-Q4': 6,
};

// ---------------------------------------------------------------------------------------------
// Turning a true level into what a report holds: the counts

/**
 * For a story value written exactly: k of n, with n near `n0`, such that k/n rounds to exactly
 * `pct` (so that quoted values stay integer-honest).
 */
function exactProportion(pct, n0, digits = 1, per = 100) {
  for (let d = 0; d < 5000; d++) {
    for (const n of [n0 + d, n0 - d]) {
      if (n <= 0) continue;
      const k = Math.round((pct / per) * n);
      if (round((k / n) * per, digits) === pct) return { k, n };
    }
  }
  throw new Error(`cannot hit ${pct} near n=${n0}`);
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

/** The true level of a monthly KPI for a unit and month (before the period's random effect). */
function monthlyLevel(kpi, unit, period) {
  const model = KPIS[kpi];
  const b = BRANCHES[unit];
  const pinned = OVERRIDES[`${kpi}|${unit}`]?.[period];
  if (pinned !== undefined) return pinned;
  return b.base[model.key] + (model.season[monthOf(period)] ?? 0) + model.newBranch * ramp(unit, period) + drift(kpi, unit, period);
}

/** k of n drawn for a rate in percent (or per 1,000), with the period's random effect; exact for quoted story values. */
function drawProportion(kpi, unit, period, n, per = 100) {
  const level = monthlyLevel(kpi, unit, period);
  if (isExact(kpi, unit, period)) return exactProportion(level, n, per === 1000 ? 2 : 1, per);
  const p = varied((level / per) * 100, KPIS[kpi].re, randomEffect(kpi, unit, MONTHS, period));
  return { k: binomial(n, p, rngFor(kpi, unit, period, 'sample', ...salt(kpi, unit))), n };
}

/** CSAT: the answers per point of the 1–5 scale, with the top-two box (4 and 5) drawn as k of n. */
function csatResponses(unit, period, n) {
  const { k, n: total } = drawProportion('KPI-CSAT', unit, period, n);
  const rng = rngFor('KPI-CSAT', unit, period, 'scale');
  const five = binomial(k, 0.56, rng);
  const low = total - k;
  const three = binomial(low, 0.55, rng);
  const two = binomial(low - three, 0.55, rng);
  return [low - three - two, two, three, k - five, five];
}

/** NPS: promoters, passives and detractors drawn from the month's true score. */
function npsCounts(unit, period, n) {
  const level = monthlyLevel('KPI-NPS', unit, period);
  const score = level + KPIS['KPI-NPS'].re * randomEffect('KPI-NPS', unit, MONTHS, period);
  const pDetractors = 0.11 + 0.05 * rngFor('KPI-NPS', unit, 'detractor-share')();
  const pPromoters = clamp(pDetractors + score / 100, 0, 1 - pDetractors);
  const rng = rngFor('KPI-NPS', unit, period, 'sample', ...salt('KPI-NPS', unit));
  const detractors = binomial(n, pDetractors, rng);
  const promoters = binomial(n - detractors, pPromoters / (1 - pDetractors), rng);
  return { promoters, passives: n - detractors - promoters, detractors };
}

/** Average response time: the mean with its median, 90th percentile and the number of requests. */
function responseTimes(unit, period, requests) {
  const model = KPIS['KPI-ART'];
  const mean = clamp(monthlyLevel('KPI-ART', unit, period) + model.sd * smoothNoise('KPI-ART', unit, MONTHS, period), model.lo, model.hi);
  const rng = rngFor('KPI-ART', unit, period, 'shape');
  // Response times are skewed: the median well below the mean, a long tail to the 90th percentile.
  const median = mean * (0.62 + 0.04 * gauss(rng));
  const p90 = mean * (2.2 + 0.12 * gauss(rng));
  return { value: round(mean, 1), median: round(median, 1), p90: round(p90, 1), n: requests };
}

function monthlyRows(period) {
  const rows = [];
  for (const kpi of Object.keys(KPIS)) {
    for (const [unit, b] of Object.entries(BRANCHES)) {
      if (monthIndex(period) < monthIndex(b.opened)) continue;
      const id = `${kpi}|${unit}|${period}`;
      if (OMITTED.has(id)) continue;
      const orders = volume(b.orders, unit, period, 'orders');
      let row;
      switch (kpi) {
        case 'KPI-CSAT':
          row = { responses: csatResponses(unit, period, FIXED_N[id] ?? volume(b.surveys, unit, period, 'surveys')) };
          break;
        case 'KPI-NPS':
          row = npsCounts(unit, period, volume(b.surveys * 0.7, unit, period, 'nps'));
          break;
        case 'KPI-FCR':
          row = drawProportion(kpi, unit, period, volume(b.issues, unit, period, 'issues'));
          break;
        case 'KPI-FR-SLA':
          // The cases are the month's complaints, the same count behind KPI-CPT.
          row = drawProportion(kpi, unit, period, cptRow(unit, period).k);
          break;
        case 'KPI-ART':
          row = responseTimes(unit, period, Math.round(volume(b.issues, unit, period, 'issues') * 1.4));
          break;
        case 'KPI-ERR':
          row = drawProportion(kpi, unit, period, orders + volume(b.jobs, unit, period, 'jobs'));
          break;
        case 'KPI-OTD':
          row = drawProportion(kpi, unit, period, Math.round(orders * 0.86));
          break;
        case 'KPI-CPT':
          row = cptRow(unit, period);
          break;
        case 'KPI-OVC':
          row = drawProportion(kpi, unit, period, volume(b.jobs, unit, period, 'jobs'));
          break;
      }
      if (NULLS[id]) row = { value: null, note: NULLS[id] };
      else if (NOTES[id]) row.note = NOTES[id];
      if (PROVISIONAL.has(`${kpi}|${period}`) && !NULLS[id]) Object.assign(row, { note: row.note ?? PROVISIONAL_NOTE, provisional: true });
      rows.push({ kpi, unit, period, ...row });
    }
  }
  return rows;
}

/** Complaints (k) among the month's orders (n), memoised because KPI-FR-SLA uses the complaint count. */
const cptCache = new Map();
function cptRow(unit, period) {
  const key = `${unit}|${period}`;
  if (!cptCache.has(key)) {
    let row = drawProportion('KPI-CPT', unit, period, volume(BRANCHES[unit].orders, unit, period, 'orders'), 1000);
    // A first-response share quoted exactly fixes how many complaints it is a share of; both KPIs
    // count the month's complaints (the complaint register's `received`), so the count follows it.
    // The orders scale with it, so that the complaint rate stays what was drawn.
    if (isExact('KPI-FR-SLA', unit, period)) {
      const k = exactProportion(monthlyLevel('KPI-FR-SLA', unit, period), row.k).n;
      row = { k, n: Math.round((row.n * k) / row.k) };
    }
    cptCache.set(key, row);
  }
  return cptCache.get(key);
}

/** Mystery-shopper visits: each scored 0–100; the mean, its sd and the number of visits. */
function visits(unit, quarter, level, n, exact) {
  const rng = rngFor('KPI-MSS', unit, quarter, 'visits-scores');
  const scores = Array.from({ length: n }, () => clamp(Math.round(level + QUARTERLY_KPIS['KPI-MSS'].visitSd * gauss(rng)), 0, 100));
  if (exact) scores[n - 1] = Math.round(level * n) - scores.slice(0, -1).reduce((a, b) => a + b, 0); // the quoted mean, exactly
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(scores.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : undefined;
  return { value: round(mean, 1), ...(sd !== undefined ? { sd: round(sd, 1) } : {}), n };
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
      const level = clamp(pinned ?? b.base[model.key] + model.newBranch * ramp(unit, lastMonth) + shenzhenDrift, model.lo, model.hi);
      let row;
      if (kpi === 'KPI-SOL-SLA' || kpi === 'KPI-FBR-SLA') {
        // The quarter's complaints (each needs a solution proposed within 48 hours) or suggestions
        // (each needs a personal reply within 72 hours), over the months the branch was open.
        const months = [0, 1, 2].map((i) => `${quarter.slice(0, 4)}-${String((q - 1) * 3 + 1 + i).padStart(2, '0')}`).filter((m) => monthIndex(m) >= openedIdx);
        const n = months.reduce((sum, m) => sum + (kpi === 'KPI-SOL-SLA' ? cptRow(unit, m).k : volume(b.surveys * 0.45, unit, m, 'suggestions')), 0);
        const p = varied(level, model.re, randomEffect(kpi, unit, QUARTERS, quarter));
        row = { k: binomial(n, p, rngFor(kpi, unit, quarter, 'sample')), n };
      } else if (kpi === 'KPI-RET') {
        const n = volume(b.customers, unit, lastMonth, 'customers');
        const p = varied(level, model.re, randomEffect(kpi, unit, QUARTERS, quarter));
        row = { k: binomial(n, p, rngFor(kpi, unit, quarter, 'sample')), n };
      } else {
        const n = FIXED_N[id] ?? 3 + Math.floor(rngFor(kpi, unit, quarter, 'visits')() * 4); // 3–6 visits
        const exact = isExact(kpi, unit, quarter);
        const quarterLevel = exact ? level : clamp(level + model.sd * smoothNoise(kpi, unit, QUARTERS, quarter), model.lo, model.hi);
        row = visits(unit, quarter, quarterLevel, n, exact);
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
const FIELDS = ['kpi', 'unit', 'period', 'value', 'k', 'n', 'promoters', 'passives', 'detractors', 'responses', 'sd', 'median', 'p90', 'note', 'provisional'];

function yamlScalar(v) {
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.join(', ')}]`;
  return JSON.stringify(v); // a JSON string is a valid double-quoted YAML scalar
}

function toYaml(rows) {
  const lines = rows.map((r) => {
    const parts = FIELDS.filter((k) => r[k] !== undefined).map((k) => `${k}: ${k === 'kpi' || k === 'unit' ? r[k] : yamlScalar(r[k])}`);
    return `  - { ${parts.join(', ')} }`;
  });
  return `${HEADER}measurements:\n${lines.join('\n')}\n`;
}

function csvCell(v) {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join(' ') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A BI tool's export: the rate as it shows it (rounded) next to the counts it comes from, which
 * the check compares; only the columns the file uses.
 */
function toCsv(rows) {
  const exported = rows.map((r) => (r.k !== undefined && r.value === undefined ? { ...r, value: round((r.k / r.n) * (r.kpi === 'KPI-CPT' ? 1000 : 100), r.kpi === 'KPI-CPT' || r.kpi === 'KPI-ERR' ? 2 : 1) } : r));
  const columns = FIELDS.filter((f) => ['kpi', 'unit', 'period', 'note'].includes(f) || exported.some((r) => r[f] !== undefined));
  const lines = [columns.join(',')];
  for (const r of exported) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

function write(name, rows, csv) {
  const file = join(OUT, `${name}.${csv ? 'csv' : 'yaml'}`);
  const other = join(OUT, `${name}.${csv ? 'yaml' : 'csv'}`);
  if (existsSync(other)) rmSync(other);
  writeFileSync(file, csv ? toCsv(rows) : toYaml(rows));
  return rows.length;
}

chooseSalts();
mkdirSync(OUT, { recursive: true });
let total = 0;
for (const month of MONTHS) total += write(month, monthlyRows(month), CSV_MONTHS.has(month));
for (const quarter of QUARTERS) total += write(quarter, quarterlyRows(quarter), false);
console.log(`Wrote ${MONTHS.length + QUARTERS.length} files, ${total} measurements, to ${OUT}`);

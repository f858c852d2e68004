#!/usr/bin/env node
/**
 * Generates the sample organisation's complaint and feedback register (data/complaints/YYYY-MM.yaml)
 * from its measurements, so that the two agree: each branch's complaints received in a month are
 * KPI-CPT's k; first responses within 30 minutes are KPI-FR-SLA's k of n; solutions within 48 hours
 * and replies to suggestions within 72 hours add up, over each quarter, to KPI-SOL-SLA's and
 * KPI-FBR-SLA's k of n. What the measurements do not hold (channels, causes, severity, follow-up
 * calls, reopened and repeat complaints, resolution times, suggestions per month) is drawn around
 * each branch's level with seeded noise, so a re-run writes the same files.
 *
 * Run it after scripts/sample/generate-measurements.mjs:  node scripts/sample/generate-complaints.mjs
 *
 * The story: Shenzhen's staffing gap (two agents resigned in March 2026) shows in its complaints
 * from spring 2026, months before KPI-FR-SLA crossed its warning threshold in October: more
 * complaints about slow first responses and long waits, more repeats, longer resolution times, and
 * two major complaints (September and October 2026), each with its containment action. Xuhui's
 * weak first responses in Q1 2025 show the same way, with the major complaint that opened
 * IA-2025-003; Pudong's night-delivery complaints (IA-2025-001) in the first half of 2025.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MEASUREMENTS = join(ROOT, 'data/measurements');
const OUT = join(ROOT, 'data/complaints');

// ---------------------------------------------------------------- measurements
function readCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] === '' || r[i] === undefined ? undefined : /^\d+(\.\d+)?$/.test(r[i]) ? Number(r[i]) : r[i]])));
}

const measured = new Map(); // kpi|unit|period → { k, n }
for (const name of readdirSync(MEASUREMENTS).sort()) {
  const text = readFileSync(join(MEASUREMENTS, name), 'utf8');
  const rows = name.endsWith('.csv') ? readCsv(text) : parse(text).measurements;
  for (const r of rows) if (r.k !== undefined) measured.set(`${r.kpi}|${r.unit}|${r.period}`, { k: r.k, n: r.n });
}
const get = (kpi, unit, period) => measured.get(`${kpi}|${unit}|${period}`);

const BRANCHES = ['br-pudong', 'br-xuhui', 'br-hangzhou', 'br-suzhou', 'br-guangzhou', 'br-shenzhen'];
const MONTHS = [];
for (let y = 2025; y <= 2026; y++) for (let m = 1; m <= 12; m++) if (y < 2026 || m <= 10) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);
const quarterOf = (month) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
const monthsOfQuarter = (q) => MONTHS.filter((m) => quarterOf(m) === q);

// ---------------------------------------------------------------- randomness
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
function rngFor(...parts) {
  let a = hash(parts.join('|'));
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function gauss(rng) {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}
function binomial(n, p, rng) {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k++;
  return k;
}
/** n cases spread over categories with the given weights (a multinomial draw). */
function multinomial(n, weights, rng) {
  const keys = Object.keys(weights);
  let left = n;
  let rest = keys.reduce((s, k) => s + weights[k], 0);
  const out = {};
  for (const key of keys) {
    const p = rest > 0 ? weights[key] / rest : 0;
    const k = key === keys[keys.length - 1] ? left : binomial(left, Math.min(1, p), rng);
    out[key] = k;
    left -= k;
    rest -= weights[key];
  }
  return out;
}
/** Weights varied month to month (real shares wander). */
const vary = (weights, rng, sd = 0.2) => Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, w * Math.exp(sd * gauss(rng))]));
/** `total` split over months in proportion to `sizes`, each part at most its size. */
function split(total, sizes, rng) {
  const out = sizes.map(() => 0);
  let left = total;
  for (let guard = 0; left > 0 && guard < 100000; guard++) {
    const sum = sizes.reduce((s, size, i) => s + (size - out[i]), 0);
    let r = rng() * sum;
    for (let i = 0; i < sizes.length; i++) {
      r -= sizes[i] - out[i];
      if (r < 0) {
        out[i]++;
        left--;
        break;
      }
    }
  }
  return out;
}
const idx = (month) => MONTHS.indexOf(month);
const round1 = (x) => Math.round(x * 10) / 10;

// ---------------------------------------------------------------- the branches' profiles
const CHANNELS = { phone: 34, wechat: 25, counter: 11, email: 6, web: 9, hotline: 5, 'social-media': 6, other: 4 };
const CAUSES = {
  'slow-first-response': 8,
  'long-waiting': 7,
  'staff-attitude': 8,
  'late-delivery': 19,
  'damaged-goods': 10,
  'wrong-item': 8,
  'repair-not-fixed': 10,
  'missed-appointment': 7,
  'refund-delay': 9,
  'billing-error': 6,
  other: 5,
};
/** How far Shenzhen's staffing gap has gone in a month: 0 until February 2026, growing from March. */
const gap = (month) => Math.max(0, Math.min(1, (idx(month) - idx('2026-02')) / 7));

function causeWeights(unit, month) {
  const w = { ...CAUSES };
  if (unit === 'br-pudong' && month <= '2025-05') w['late-delivery'] *= 1.9; // night deliveries (IA-2025-001)
  if (unit === 'br-xuhui' && month <= '2025-03') w['slow-first-response'] *= 2.4; // IA-2025-003
  if (unit === 'br-guangzhou' && (month === '2025-11' || month === '2025-12')) w['late-delivery'] *= 2.1; // Double 11 (IA-2025-005)
  if (unit === 'br-suzhou' && month <= '2025-12') w['missed-appointment'] *= 1.6; // a new field team
  if (unit === 'br-shenzhen') {
    w['slow-first-response'] *= 1 + 3.2 * gap(month);
    w['long-waiting'] *= 1 + 2.4 * gap(month);
    w['staff-attitude'] *= 1 + 0.6 * gap(month);
  }
  return w;
}
function channelWeights(unit, month) {
  const w = { ...CHANNELS };
  if (unit === 'br-shenzhen') {
    w.hotline *= 1 + 1.2 * gap(month); // customers who got no answer call the consumer hotline
    w['social-media'] *= 1 + 0.8 * gap(month);
  }
  if (month >= '2026-01') w.wechat *= 1.15; // the WeChat service account grows
  return w;
}

/** The major complaints of the story: each with the corrective action it opened the next day. */
const MAJOR = {
  'br-xuhui|2025-03': [{ ticket: 'CRM-2025-001187', logged: '2025-03-09', cause: 'slow-first-response', action: 'IA-2025-003' }],
  'br-shenzhen|2026-09': [{ ticket: 'CRM-2026-004512', logged: '2026-09-22', cause: 'slow-first-response', action: 'IA-2026-008' }],
  'br-shenzhen|2026-10': [{ ticket: 'CRM-2026-004873', logged: '2026-10-14', cause: 'long-waiting', action: 'IA-2026-009' }],
};

// ---------------------------------------------------------------- one entry
function entry(unit, month, quarterParts) {
  const cpt = get('KPI-CPT', unit, month);
  if (!cpt) return undefined;
  const received = cpt.k;
  const fr = get('KPI-FR-SLA', unit, month);
  if (!fr || fr.n !== received) throw new Error(`${unit} ${month}: KPI-FR-SLA n ${fr?.n} is not KPI-CPT k ${received}`);
  const rng = rngFor('complaints', unit, month);
  const major = MAJOR[`${unit}|${month}`] ?? [];

  const causes = multinomial(received - major.length, vary(causeWeights(unit, month), rng), rng);
  for (const m of major) causes[m.cause] += 1;
  const moderateShare = 0.2 + 0.05 * gauss(rng) + (unit === 'br-shenzhen' ? 0.08 * gap(month) : 0);
  const moderate = binomial(received - major.length, Math.max(0.05, moderateShare), rng);
  const severity = { minor: received - major.length - moderate, moderate, ...(major.length > 0 ? { major: major.length } : {}) };

  const sol = quarterParts.sol[month];
  const fbr = quarterParts.fbr[month];
  // Follow-up calls: due for the complaints resolved in time for a call within the month.
  const followDue = received - binomial(received, 0.03 + 0.02 * rng(), rng);
  const followMiss = binomial(followDue, 0.035 + (unit === 'br-shenzhen' ? 0.06 * gap(month) : 0) + 0.01 * gauss(rng) ** 2, rng);
  const repeatRate = 0.022 + (unit === 'br-shenzhen' ? 0.035 * gap(month) : 0) + (unit === 'br-xuhui' && month <= '2025-03' ? 0.02 : 0);
  const median = round1(19 + 2.2 * gauss(rng) + (unit === 'br-shenzhen' ? 9 * gap(month) : 0) + (unit === 'br-suzhou' && month <= '2025-12' ? 4 : 0));
  const p90 = round1(median * (2.6 + 0.25 * gauss(rng)));

  const e = {
    unit,
    month,
    received,
    channels: multinomial(received, vary(channelWeights(unit, month), rng), rng),
    causes: Object.fromEntries(Object.entries(causes).filter(([, n]) => n > 0)),
    severity,
    promises: {
      'STD-RESP-001': { kept: fr.k, of: fr.n },
      'STD-RESP-002': sol,
      'STD-EMP-001': { kept: followDue - followMiss, of: followDue },
    },
    feedback: { received: fbr.of, promises: { 'STD-RESP-003': fbr } },
    reopened: binomial(received, 0.035 + (unit === 'br-shenzhen' ? 0.02 * gap(month) : 0), rng),
    repeat: binomial(received, repeatRate, rng),
    resolutionHours: { median, p90 },
  };
  if (major.length > 0) e.major = major;
  return e;
}

/** Solutions within 48 h and replies within 72 h per month: the quarter's k of n split over its months. */
function quarterParts(unit, quarter) {
  const months = monthsOfQuarter(quarter).filter((m) => get('KPI-CPT', unit, m));
  const rng = rngFor('complaints-quarter', unit, quarter);
  const sol = {};
  const fbr = {};
  const received = months.map((m) => get('KPI-CPT', unit, m).k);
  const solQ = get('KPI-SOL-SLA', unit, quarter);
  const fbrQ = get('KPI-FBR-SLA', unit, quarter);
  if (solQ) {
    const total = received.reduce((a, b) => a + b, 0);
    if (solQ.n !== total) throw new Error(`${unit} ${quarter}: KPI-SOL-SLA n ${solQ.n} is not the quarter's complaints ${total}`);
    const late = split(solQ.n - solQ.k, received, rng);
    months.forEach((m, i) => (sol[m] = { kept: received[i] - late[i], of: received[i] }));
  } else {
    // A quarter not reported yet (2026-Q4): drawn around the branch's last quarter.
    const last = get('KPI-SOL-SLA', unit, '2026-Q3');
    months.forEach((m, i) => (sol[m] = { kept: received[i] - binomial(received[i], (last.n - last.k) / last.n * Math.exp(0.3 * gauss(rng)), rng), of: received[i] }));
  }
  if (fbrQ) {
    const shares = multinomial(fbrQ.n, Object.fromEntries(months.map((m) => [m, Math.exp(0.12 * gauss(rng))])), rng);
    const sizes = months.map((m) => shares[m]);
    const late = split(fbrQ.n - fbrQ.k, sizes, rng);
    months.forEach((m, i) => (fbr[m] = { kept: sizes[i] - late[i], of: sizes[i] }));
  } else {
    const last = get('KPI-FBR-SLA', unit, '2026-Q3');
    months.forEach((m) => {
      const of = Math.round((last.n / 3) * Math.exp(0.08 * gauss(rng)));
      fbr[m] = { kept: of - binomial(of, (last.n - last.k) / last.n * Math.exp(0.3 * gauss(rng)), rng), of };
    });
  }
  return { sol, fbr };
}

// ---------------------------------------------------------------- write
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const parts = new Map();
const partsOf = (unit, month) => {
  const key = `${unit}|${quarterOf(month)}`;
  if (!parts.has(key)) parts.set(key, quarterParts(unit, quarterOf(month)));
  return parts.get(key);
};

const inline = (o) => `{ ${Object.entries(o).map(([k, v]) => `${k}: ${typeof v === 'object' ? inline(v) : v}`).join(', ')} }`;
let entries = 0;
for (const month of MONTHS) {
  const lines = [
    '# yaml-language-server: $schema=../../schemas/complaints.schema.json',
    `# Complaint and feedback register, ${month}: one entry per branch, copied from the CRM's monthly export.`,
    '# Generated by scripts/sample/generate-complaints.mjs from the measurements (sample data).',
    'complaints:',
  ];
  for (const unit of BRANCHES) {
    if (!get('KPI-CPT', unit, month)) continue;
    const e = entry(unit, month, partsOf(unit, month));
    entries++;
    lines.push(`  - unit: ${e.unit}`, `    month: "${e.month}"`, `    received: ${e.received}`);
    lines.push(`    channels: ${inline(e.channels)}`, `    causes: ${inline(e.causes)}`, `    severity: ${inline(e.severity)}`);
    lines.push('    promises:');
    for (const [std, p] of Object.entries(e.promises)) lines.push(`      ${std}: ${inline(p)}`);
    lines.push(`    feedback: { received: ${e.feedback.received}, promises: { STD-RESP-003: ${inline(e.feedback.promises['STD-RESP-003'])} } }`);
    lines.push(`    reopened: ${e.reopened}`, `    repeat: ${e.repeat}`, `    resolutionHours: ${inline(e.resolutionHours)}`);
    if (e.major) {
      lines.push('    major:');
      for (const m of e.major) lines.push(`      - ${inline(m)}`);
    }
  }
  writeFileSync(join(OUT, `${month}.yaml`), lines.join('\n') + '\n');
}
console.log(`Wrote ${MONTHS.length} files, ${entries} entries, to ${OUT}`);

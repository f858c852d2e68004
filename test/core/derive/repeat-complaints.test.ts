/**
 * Repeat complaints watched for a rise (derive/repeat-complaints.ts): the p-chart numbers of the
 * sample's Shenzhen branch against hand-computed values, the sample's flags, and a seeded
 * simulation on realistic noise: monthly complaints 40–130 (±15 %), 2–3 % repeats, beta-binomial-like
 * over-dispersion (the month's true share varies on the logit scale with sd 0.25).
 *
 * Measured (printed when the test runs): a stable unit is flagged in 1.9 % of the months it is judged
 * (a rise signalling at its latest month, or the 5 % ceiling beyond noise); a rise from 2.5 % to 7 %
 * is flagged within three months in 75 % of runs (60 % with 40 complaints a month, 91 % with 130)
 * and within six in 92 %.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Random } from '../../../scripts/synth/random.ts';
import { loadHandbook } from '../../../src/core/load.ts';
import { watchRepeats, type RepeatMonth } from '../../../src/core/derive/repeat-complaints.ts';
import { binomial, normal } from '../scoring/simulate.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { handbook: h, diagnostics } = loadHandbook(root, { today: '2026-12-06' });

describe('repeat complaints in the sample organisation', () => {
  const shenzhen = h.derived.repeatComplaints.find((w) => w.unit === 'br-shenzhen')!;

  it('charts Shenzhen on a p-chart with the 2025 baseline: p̄ = 22 / 1,045, upper limit at 2026-10 = p̄ + 3·√(p̄(1−p̄)/120)', () => {
    const p = 22 / 1045;
    expect(shenzhen.chart).toBe('p'); // Laney σz of the baseline 0.92 < 1: the plain chart
    expect(shenzhen.centre).toBeCloseTo(100 * p, 6);
    expect(shenzhen.upper).toBeCloseTo(100 * (p + 3 * Math.sqrt((p * (1 - p)) / 120)), 6); // 6.04 %
    expect(shenzhen.window).toMatchObject({ from: '2026-08', to: '2026-10', repeat: 19, received: 346, share: (100 * 19) / 346 });
    expect(shenzhen.window.lower).toBeCloseTo(3.54, 2); // Wilson 95 %: 5.5 % is within noise of the 5 % ceiling
    expect(shenzhen.window.upper).toBeCloseTo(8.42, 2);
  });

  it('flags Shenzhen only, on its chart: rising since April 2026, before its KPIs crossed their warnings in October (its 5.5 % is within noise of the 5 % ceiling)', () => {
    expect(h.derived.repeatComplaints.filter((w) => w.flagged).map((w) => w.unit)).toEqual(['br-shenzhen']);
    expect(shenzhen.signals).toEqual([
      { month: '2026-09', rule: 'we1' },
      { month: '2026-09', rule: 'we2' },
      { month: '2026-10', rule: 'we2' },
    ]);
    expect(shenzhen.signallingSince).toBe('2026-04');
    expect(shenzhen.signalsNow).toBe(true);
    expect(shenzhen.aboveCeiling).toBe(false);
    const warned = diagnostics.filter((d) => d.code === 'complaints/repeat-share');
    expect(warned.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['data/complaints/2026-10.yaml:87:13']);
    expect(warned[0]!.message).toBe(
      'br-shenzhen had 19 repeat complaints of 346 received in 2026-08 to 2026-10 (5.5 %, 95 % interval 3.5 % to 8.4 %); its p chart (centre 2.1 %) signals a rise in 2026-09 (rule 1, rule 2) and 2026-10 (rule 2), rising since 2026-04.',
    );
  });
});

const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** `length` months from 2025-01 of a unit with `n` complaints a month (±15 %) and a true repeat share `p` (from month `shiftAt`: `shifted`), over-dispersed. */
function unitMonths(r: Random, spec: { n: number; p: number; length: number; shiftAt?: number; shifted?: number }): RepeatMonth[] {
  return Array.from({ length: spec.length }, (_, i) => {
    const base = spec.shiftAt !== undefined && i >= spec.shiftAt ? spec.shifted! : spec.p;
    const pt = logistic(logit(base) + 0.25 * normal(r));
    const received = Math.max(1, Math.round(spec.n * (0.85 + 0.3 * r.next())));
    const y = 2025 + Math.floor(i / 12);
    return { month: `${y}-${String((i % 12) + 1).padStart(2, '0')}`, repeat: binomial(r, received, pt), received };
  });
}

/** The unit as judged at month `t` (0-based): its months up to `t`, the window the three months ending there. */
function judgedAt(months: readonly RepeatMonth[], t: number) {
  return watchRepeats('u', months.slice(0, t + 1), { from: months[Math.max(0, t - 2)]!.month, to: months[t]!.month }, 5);
}

describe('simulation: realistic noise', () => {
  const SIZES = [40, 80, 130];
  const SHARES = [0.02, 0.03];

  it('rarely flags a stable unit (false alarms per month judged, months 13–24)', () => {
    const r = new Random(15);
    let judged = 0;
    let flagged = 0;
    for (const n of SIZES) {
      for (const p of SHARES) {
        for (let run = 0; run < 60; run++) {
          const months = unitMonths(r, { n, p, length: 24 });
          for (let t = 12; t < 24; t++) {
            judged++;
            if (judgedAt(months, t).flagged) flagged++;
          }
        }
      }
    }
    const rate = flagged / judged;
    console.log(`repeat complaints, stable units: flagged in ${(100 * rate).toFixed(2)} % of ${judged} months judged`);
    expect(rate).toBeLessThan(0.03);
  });

  it('finds a rise from 2.5 % to 7 % within three months in most runs, within six in nearly all (slowest in the smallest units)', () => {
    const r = new Random(16);
    const found: string[] = [];
    let runs = 0;
    let by3 = 0;
    let by6 = 0;
    for (const n of SIZES) {
      let sized3 = 0;
      for (let run = 0; run < 100; run++) {
        const months = unitMonths(r, { n, p: 0.025, length: 18, shiftAt: 12, shifted: 0.07 });
        runs++;
        const first = [12, 13, 14, 15, 16, 17].find((t) => judgedAt(months, t).flagged);
        if (first !== undefined && first <= 14) {
          by3++;
          sized3++;
        }
        if (first !== undefined) by6++;
      }
      found.push(`${n} a month: ${sized3} %`);
    }
    console.log(`repeat complaints, 2.5 % → 7 %: flagged within three months in ${((100 * by3) / runs).toFixed(1)} % (${found.join(', ')}), within six in ${((100 * by6) / runs).toFixed(1)} % of ${runs} runs`);
    expect(by3 / runs).toBeGreaterThan(0.65);
    expect(by6 / runs).toBeGreaterThan(0.88);
  });
});

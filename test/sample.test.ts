/**
 * The bundled sample organisation is the default content: it must load without errors and be rich
 * enough to show every feature (DEVELOPERS.md, "No toys").
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../src/core/scoring/effectiveness.ts';
import { loadHandbook } from '../src/core/load.ts';
import { SERVQUAL_DIMENSIONS } from '../src/core/schema/standard.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2026-11-22';
const { handbook: h, diagnostics } = loadHandbook(root, { today: TODAY });

describe('sample organisation', () => {
  it('has no errors', () => {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
  });

  it('only warns about what it is meant to show: overdue reviews and actions, small samples, one outdated translation, one recurrence, one KPI sampled too thinly', () => {
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    const codes = new Set(warnings.map((d) => d.code));
    expect([...codes].sort()).toEqual(expect.arrayContaining(['action/overdue', 'action/recurrence', 'kpi/min-sample-too-small', 'review/overdue', 'translation/outdated']));
    // The measurements are counts (scripts/sample/generate-measurements.mjs): no rounded rate without them.
    for (const code of codes) {
      expect(['action/overdue', 'action/recurrence', 'kpi/min-sample-too-small', 'review/overdue', 'measurement/small-sample', 'translation/outdated', 'checklist/repeated-failure', 'complaints/repeat-share', 'coverage/lapse-below-target']).toContain(code);
    }
    // One translation is deliberately made from the previous version, to show the notice.
    expect(warnings.filter((d) => d.code === 'translation/outdated')).toHaveLength(1);
    // Hangzhou's mystery-shopper score fell back below 85 the quarter after IA-2025-004 was closed as effective.
    const relapse = h.index.measurementsByKpi.get('KPI-MSS')!.get('br-hangzhou')!.get('2025-Q4')!.value;
    expect(warnings.filter((d) => d.code === 'action/recurrence').map((d) => d.message)).toEqual([
      `IA-2025-004 was closed as effective on 2025-10-20, but KPI-MSS at br-hangzhou is at risk again in 2025-Q4 (${relapse}), within 6 months.`,
    ]);
    // A branch logs about 100 complaints a month: too few for a monthly 95 % target, said once.
    expect(warnings.filter((d) => d.code === 'kpi/min-sample-too-small').map((d) => d.file)).toEqual(['data/kpis/KPI-FR-SLA.yaml']);
    // Shenzhen's daily inspections found complaints waiting too long three or more times a month from July, with no action until IA-2026-003 in November.
    expect(warnings.filter((d) => d.code === 'checklist/repeated-failure').map((d) => `${d.file} ${d.message.split(' ')[0]}`)).toEqual([
      'data/inspections/2026-07.yaml complaint-countdown',
      'data/inspections/2026-08.yaml complaint-countdown',
      'data/inspections/2026-08.yaml callback-queue',
      'data/inspections/2026-09.yaml complaint-countdown',
      'data/inspections/2026-09.yaml callback-queue',
    ]);
    // Shenzhen's repeat complaints have risen since April 2026 (two agents left in spring): its p-chart signals.
    // Certifications are valid 24 months, so about one in eight ends in any 90 days: the four branches just above the
    // 90 % coverage target fall below it if the ones ending by 29 December 2026 are not renewed (Shenzhen is below already).
    expect(warnings.filter((d) => d.code === 'coverage/lapse-below-target').map((d) => d.message.split("'")[0])).toEqual(['br-pudong', 'br-xuhui', 'br-hangzhou', 'br-guangzhou']);
    expect(warnings.filter((d) => d.code === 'complaints/repeat-share').map((d) => `${d.file} ${d.message.split(' ')[0]}`)).toEqual(['data/complaints/2026-10.yaml br-shenzhen']);
  });

  it('has actions whose effectiveness the data confirm, one the data show was not effective, and evaluators who are not the owners', () => {
    const actions = [...h.actions.values()];
    expect(actions.filter((a) => a.evaluation.criterion).length).toBeGreaterThanOrEqual(5);
    for (const a of actions) {
      const c = evaluateCriterion(h, a);
      if (a.stage === 'closed' && c) expect(c.outcome, a.id).toBe(a.evaluation.effective ? 'met' : 'unmet');
      if (a.evaluation.evaluator) expect(a.evaluation.evaluator, a.id).not.toBe(a.owner);
    }
    expect(actions.filter((a) => a.rootCause).length).toBeGreaterThanOrEqual(5);
    expect(actions.filter((a) => a.containment).length).toBeGreaterThanOrEqual(5);
  });

  it('has an organisation with at least 3 departments and 5 branches', () => {
    const byType = (t: string) => [...h.units.values()].filter((u) => u.type === t).length;
    expect(byType('organisation')).toBe(1);
    expect(byType('department')).toBeGreaterThanOrEqual(3);
    expect(byType('branch')).toBeGreaterThanOrEqual(5);
  });

  it('has the SOPs the issue asks for, some in Chinese, with every status', () => {
    expect(h.sops.size).toBeGreaterThanOrEqual(10);
    const titles = [...h.sops.values()].map((s) => `${s.title} ${s.summary}`.toLowerCase()).join('\n');
    for (const topic of ['complaint', 'feedback', 'document', 'audit', 'corrective', 'mystery', 'training', 'field', 'delivery', 'peak']) {
      expect(titles).toContain(topic);
    }
    expect([...h.sops.values()].filter((s) => s.lang === 'zh-CN').length).toBeGreaterThanOrEqual(2);
    const statuses = new Set([...h.sops.values()].map((s) => s.status));
    for (const s of ['effective', 'draft', 'retired']) expect(statuses).toContain(s);
  });

  it('has the complaint-handling time limits of 30 minutes and 48 hours', () => {
    const limits = [...h.standards.values()].flatMap((s) => ('timeLimit' in s.criterion ? [s.criterion.timeLimit.replace(/\s/g, '')] : []));
    expect(limits).toEqual(expect.arrayContaining(['30min', '48h', '72h']));
  });

  it('has at least 12 standards across all five SERVQUAL dimensions', () => {
    expect(h.standards.size).toBeGreaterThanOrEqual(12);
    const dims = new Set([...h.standards.values()].map((s) => s.dimension));
    expect([...dims].sort()).toEqual([...SERVQUAL_DIMENSIONS].sort());
  });

  it('has at least 10 KPIs including CSAT, NPS, FCR and first-response SLA', () => {
    expect(h.kpis.size).toBeGreaterThanOrEqual(10);
    const methods = new Set([...h.kpis.values()].map((k) => k.method));
    for (const m of ['csat-top-two-box', 'nps', 'fcr', 'sla-compliance', 'mean-duration', 'per-thousand', 'score']) expect(methods).toContain(m);
  });

  it('has at least 18 months of monthly data per branch for a monthly KPI, with gaps and a null value', () => {
    const monthly = [...h.kpis.values()].find((k) => k.frequency === 'monthly')!;
    const byUnit = h.index.measurementsByKpi.get(monthly.id)!;
    const counts = [...byUnit.values()].map((periods) => periods.size);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(18);
    expect(h.measurements.some((m) => m.value === null && m.note)).toBe(true);
    // Some branch lacks some month that others have (missing periods).
    expect(new Set(counts).size).toBeGreaterThan(1);
  });

  it('has open, overdue and closed improvement actions', () => {
    const actions = [...h.actions.values()];
    expect(actions.some((a) => a.stage === 'closed' && a.evaluation.result)).toBe(true);
    expect(actions.some((a) => a.stage !== 'closed' && !a.overdue)).toBe(true);
    expect(actions.some((a) => a.overdue)).toBe(true);
  });

  it('has a quality manual page and overdue SOP reviews', () => {
    expect([...h.pages.keys()].some((id) => id.includes('quality-manual'))).toBe(true);
    expect([...h.sops.values()].some((s) => s.review.state === 'overdue')).toBe(true);
  });

  it('reads fully in both languages: translations of most SOPs and pages, each covering every step', () => {
    const sopTranslations = (lang: 'en' | 'zh-CN') =>
      [...h.sops.values()].filter((s) => s.lang !== lang && h.translations.sops.get(s.id)?.has(lang));
    const zh = sopTranslations('zh-CN');
    expect(zh.length).toBeGreaterThanOrEqual(9);
    const zhIds = zh.map((s) => s.id);
    const mustHave = [...h.sops.values()].filter((s) => s.lang === 'en' && s.status === 'effective' && s.area === 'customer-service').map((s) => s.id);
    for (const id of [...mustHave, 'SOP-DL-001', 'SOP-FS-001', 'SOP-QM-001', 'SOP-TR-001']) expect(zhIds).toContain(id);
    const chinese = [...h.sops.values()].filter((s) => s.lang === 'zh-CN');
    expect(chinese.length).toBeGreaterThan(0);
    expect(sopTranslations('en').map((s) => s.id).sort()).toEqual(chinese.map((s) => s.id).sort());
    for (const sop of [...zh, ...chinese]) {
      for (const t of h.translations.sops.get(sop.id)!.values()) {
        expect(t.steps.map((st) => st.id).sort(), `${t.origin.file} translates every step`).toEqual(sop.steps.map((st) => st.id).sort());
        for (const st of t.steps) {
          const original = sop.steps.find((o) => o.id === st.id)!;
          expect(Boolean(st.action), `${t.origin.file} ${st.id} action`).toBe(true);
          expect(st.record !== undefined, `${t.origin.file} ${st.id} record`).toBe(original.record !== undefined);
          expect(st.decision?.options.length, `${t.origin.file} ${st.id} decision`).toBe(original.decision?.options.length);
        }
        expect(t.body.trim().length, `${t.origin.file} has a translated body`).toBeGreaterThan(0);
      }
    }
    const pages = [...h.translations.pages].filter(([id]) => h.pages.has(id));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const [id, byLang] of pages) for (const lang of byLang.keys()) expect(lang).not.toBe(h.pages.get(id)!.lang);
  });
});

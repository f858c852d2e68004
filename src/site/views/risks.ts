/**
 * What the risk register's pages (src/pages/[...locale]/risks/) and an SOP's risks box show,
 * prepared: the risks in order (active ones by residual score, highest first), the 5 × 5 heat maps
 * before and with controls, each risk's response (treatment, acceptance, or none), the KPI
 * warnings that raise it (site/stores/risk-alerts.ts), and the counts above the register.
 */
import type { WarningEntry } from '../../core/analysis/early-warnings.ts';
import type { Handbook, RiskEntity } from '../../core/model/handbook.ts';
import { compareText } from '../../core/order.ts';
import { cellLevel, riskScore, type RiskLevel } from '../../core/risks/rating.ts';
import type { RiskAcceptance, RiskRating } from '../../core/schema/risk.ts';
import { riskAlertsOf } from '../stores/risk-alerts.ts';
import { shownInLocale, shownSop } from '../stores/in-force.ts';
import type { UiLocale } from '../words/locale.ts';
import { localized, pickLocalized } from '../words/text.ts';
import { wordsFor } from '../words/words.ts';

export interface HeatCell {
  likelihood: number;
  severity: number;
  level: RiskLevel;
  risks: readonly RiskEntity[];
}

/** The rows of a heat map, severity 5 (top) to 1, each with its cells of likelihood 1 to 5. */
export function heatMap(risks: readonly RiskEntity[], rating: 'before' | 'after'): HeatCell[][] {
  const rows: HeatCell[][] = [];
  for (let severity = 5; severity >= 1; severity--) {
    const row: HeatCell[] = [];
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      row.push({ likelihood, severity, level: cellLevel(likelihood, severity), risks: risks.filter((r) => r[rating].likelihood === likelihood && r[rating].severity === severity) });
    }
    rows.push(row);
  }
  return rows;
}

/** What is done about a risk's residual level. */
export type RiskResponse =
  | { kind: 'treatment'; action: string; stage: string | undefined; due: string | undefined }
  | ({ kind: 'acceptance'; ended: boolean } & RiskAcceptance)
  | { kind: 'none'; needed: boolean };

export function riskResponse(h: Pick<Handbook, 'actions' | 'today'>, r: RiskEntity): RiskResponse {
  if (r.treatment !== undefined) {
    const a = h.actions.get(r.treatment);
    return { kind: 'treatment', action: r.treatment, stage: a?.stage, due: a?.due };
  }
  if (r.acceptance) return { kind: 'acceptance', ...r.acceptance, ended: r.acceptance.until < h.today };
  return { kind: 'none', needed: r.levelAfter === 'high' };
}

/** Active risks by residual score (highest first), then inherent score, then id. */
export function byResidualScore(a: RiskEntity, b: RiskEntity): number {
  return riskScore(b.after) - riskScore(a.after) || riskScore(b.before) - riskScore(a.before) || compareText(a.id, b.id);
}

export interface RiskRow {
  risk: RiskEntity;
  title: string;
  /** The title's language when it is not the page's (no translation). */
  titleLang: string | undefined;
  response: RiskResponse;
  alerts: readonly WarningEntry[];
}

function row(h: Handbook, r: RiskEntity, locale: UiLocale, alerts: ReadonlyMap<string, readonly WarningEntry[]>): RiskRow {
  const title = pickLocalized(r.title, locale);
  return { risk: r, title: title.text, titleLang: title.lang, response: riskResponse(h, r), alerts: alerts.get(r.id) ?? [] };
}

/** The text of an alert: the KPI, the unit, the period of the signal and the status now, in the page's words. */
export function alertText(w: WarningEntry, locale: UiLocale): string {
  const words = wordsFor(locale);
  return words.risks.signalAt({ kpi: w.kpi.id, unit: localized(w.unit.name, locale), period: w.period, status: words.scorecards.status[w.statusNow].toLowerCase() });
}

export function risksPage(h: Handbook, locale: UiLocale) {
  const alerts = riskAlertsOf(h);
  const all = [...h.risks.values()];
  const active = all.filter((r) => r.status === 'active').sort(byResidualScore);
  const retired = all.filter((r) => r.status !== 'active').sort((a, b) => compareText(a.id, b.id));
  const count = (level: RiskLevel) => active.filter((r) => r.levelAfter === level).length;
  const rows = active.map((r) => row(h, r, locale, alerts));
  return {
    counts: { active: active.length, high: count('high'), medium: count('medium'), low: count('low'), raised: rows.filter((r) => r.alerts.length > 0).length, overdue: active.filter((r) => r.reviewOverdue).length },
    after: heatMap(active, 'after'),
    before: heatMap(active, 'before'),
    rows,
    raised: rows.filter((r) => r.alerts.length > 0),
    retired: retired.map((r) => row(h, r, locale, alerts)),
  };
}

export type RisksPage = ReturnType<typeof risksPage>;

/** One risk's page: the register's row, the step's words in the version in force, and the ratings. */
export function riskPage(h: Handbook, r: RiskEntity, locale: UiLocale) {
  const stepText = (sopId: string, stepId: string) => {
    const sop = h.sops.get(sopId);
    if (!sop) return undefined;
    const shown = shownInLocale(h, shownSop(sop, h.today), locale);
    const step = shown.steps.find((s) => s.id === stepId);
    return step ? { text: step.action, lang: shown.lang } : undefined;
  };
  const rating = (x: RiskRating) => ({ ...x, score: riskScore(x), level: cellLevel(x.likelihood, x.severity) });
  return {
    ...row(h, r, locale, riskAlertsOf(h)),
    step: stepText(r.process.sop, r.process.step),
    before: rating(r.before),
    after: rating(r.after),
    controls: r.controls.map((c) => ({ ...c, stepText: c.sop !== undefined && c.step !== undefined ? stepText(c.sop, c.step) : undefined })),
  };
}

export type RiskPage = ReturnType<typeof riskPage>;

/** The risks box of an SOP: its active risks (arising at one of its steps first), and its steps' risks for the swimlane. */
export function sopRisks(h: Handbook, sopId: string, locale: UiLocale) {
  const alerts = riskAlertsOf(h);
  const risks = [...(h.index.risksBySop.get(sopId) ?? [])].sort((a, b) => Number(b.process.sop === sopId) - Number(a.process.sop === sopId) || byResidualScore(a, b));
  const rows = risks.map((r) => ({ ...row(h, r, locale, alerts), arisesHere: r.process.sop === sopId }));
  const byStep = new Map<string, { id: string; level: RiskLevel }[]>();
  for (const r of risks) {
    if (r.process.sop !== sopId) continue;
    const list = byStep.get(r.process.step) ?? [];
    list.push({ id: r.id, level: r.levelAfter });
    byStep.set(r.process.step, list);
  }
  return { rows, byStep };
}

export type SopRisks = ReturnType<typeof sopRisks>;

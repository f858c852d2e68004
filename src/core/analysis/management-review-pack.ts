/**
 * The input pack of a management review (ISO 9001 9.3.2), assembled from the data for a quarter:
 * the status of the previous review's decisions and their actions (a); the KPIs at the quarter's
 * last month, grouped by layer, with the units off target, at risk and signalling (c1 customer
 * satisfaction, c2 objectives, c3 process performance, c5 monitoring results); the improvement
 * actions opened, closed and overdue in the quarter (c4); the audits done in it and their
 * findings (c6); the complaint register over the quarter: complaints by cause (Pareto), the
 * promises kept, the major complaints and their actions (c1); certification coverage in the quarter
 * and, as of the day of the build, the retraining campaigns not complete (d); and, as of the day of
 * the build, the risks still high with their controls and those raised by a KPI warning (e). What the data cannot say
 * (changes in context, external providers, resources, opportunities) is left to the meeting.
 */
import type { AuditEntity, FindingEntity, Handbook, ImprovementActionEntity, ManagementReviewEntity, RiskEntity } from '../model/handbook.ts';
import { compareText } from '../order.ts';
import type { ReviewDecision } from '../schema/management-review.ts';
import type { Scorecard, ScorecardKpi, Status } from '../scoring/index.ts';
import { parsePeriod, periodContaining, previousPeriod, type Period } from '../time/period.ts';
import { complaintWindow, majorComplaints, registerMonths, type ComplaintWindow, type MajorComplaintRow } from './complaints.ts';
import { campaignsBySop, coverageByUnit, type CampaignProgressView, type UnitCoverage } from './training-campaigns.ts';

/** The quarter of a review id (`MR-2026-Q3` → 2026-Q3). */
export function reviewQuarter(id: string): Period | undefined {
  return parsePeriod(id.replace(/^MR-/, ''), 'quarterly');
}

/**
 * The quarters that have a pack: from the first quarter reviewed (or, without reviews, the
 * quarter before today's) to today's quarter, which is still in progress.
 */
export function packQuarters(h: Pick<Handbook, 'managementReviews' | 'today'>): Period[] {
  const now = periodContaining(h.today, 'quarterly');
  const reviewed = [...h.managementReviews.keys()].map(reviewQuarter).filter((q): q is Period => q !== undefined && q.start <= now.start);
  const first = reviewed.reduce<Period>((a, b) => (b.start < a.start ? b : a), previousPeriod(now));
  const quarters: Period[] = [];
  for (let q = now; q.start >= first.start; q = previousPeriod(q)) quarters.push(q);
  return quarters;
}

export interface DecisionStatus {
  decision: ReviewDecision;
  actions: { id: string; action: ImprovementActionEntity | undefined }[];
}

export interface KpiAtQuarter {
  kpi: ScorecardKpi;
  period: string;
  counts: Partial<Record<Status, number>>;
  offTarget: string[];
  atRisk: string[];
  signalling: string[];
}

export interface ReviewPack {
  quarter: Period;
  /** The quarter has not ended on the day of the build. */
  inProgress: boolean;
  review: ManagementReviewEntity | undefined;
  previous: ManagementReviewEntity | undefined;
  previousDecisions: DecisionStatus[];
  /** The scorecard month the KPIs are read at: the quarter's last month (or the latest with data). */
  scorecardPeriod: string | undefined;
  kpis: KpiAtQuarter[];
  actions: { opened: ImprovementActionEntity[]; closed: ImprovementActionEntity[]; overdue: ImprovementActionEntity[] };
  audits: { done: AuditEntity[]; findings: FindingEntity[] };
  risks: { high: RiskEntity[]; raised: RiskEntity[] };
  /** The complaint and feedback register summed over the quarter's months it has (none: undefined), and its major complaints. */
  complaints: { window: ComplaintWindow; major: MajorComplaintRow[] } | undefined;
  /** Certification coverage per unit in the quarter, and the retraining campaigns not complete in every unit (as of the build). */
  training: { coverage: (UnitCoverage & { unit: string })[]; campaigns: CampaignProgressView[] };
}

export interface PackInputs {
  /** The scorecard of the quarter's last month (or the latest month with data in it). */
  scorecard: Scorecard | undefined;
  /** Ids of the risks raised by a current KPI warning (core/analysis/risk-alerts.ts). */
  raisedRisks: ReadonlySet<string>;
}

export function reviewPack(h: Handbook, quarter: Period, inputs: PackInputs): ReviewPack {
  const id = `MR-${quarter.key}`;
  const prevId = `MR-${previousPeriod(quarter).key}`;
  const previous = h.managementReviews.get(prevId);
  const within = (d: string | undefined) => d !== undefined && d >= quarter.start && d <= quarter.end;
  const actions = [...h.actions.values()].sort((a, b) => compareText(a.id, b.id));
  const done = [...h.audits.values()].filter((a) => a.status === 'done' && within(a.done)).sort((a, b) => compareText(a.done ?? '', b.done ?? ''));
  const doneIds = new Set(done.map((a) => a.id));
  const sc = inputs.scorecard;
  const active = [...h.risks.values()].filter((r) => r.status === 'active').sort((a, b) => compareText(a.id, b.id));
  return {
    quarter,
    inProgress: h.today <= quarter.end,
    review: h.managementReviews.get(id),
    previous,
    previousDecisions: (previous?.decisions ?? []).map((decision) => ({ decision, actions: decision.actions.map((a) => ({ id: a, action: h.actions.get(a) })) })),
    scorecardPeriod: sc?.period.key,
    kpis: sc ? kpisAt(sc) : [],
    actions: {
      opened: actions.filter((a) => within(a.opened)),
      closed: actions.filter((a) => within(a.closed)),
      // Open at the quarter's end and past their due date then.
      overdue: actions.filter((a) => a.opened <= quarter.end && a.due < quarter.end && (a.closed === undefined || a.closed > quarter.end)),
    },
    audits: { done, findings: [...h.findings.values()].filter((f) => doneIds.has(f.audit)).sort((a, b) => compareText(a.id, b.id)) },
    risks: { high: active.filter((r) => r.levelAfter === 'high'), raised: active.filter((r) => inputs.raisedRisks.has(r.id)) },
    complaints: complaintsOf(h, quarter),
    training: {
      coverage: [...coverageByUnit(h)].flatMap(([unit, list]) => list.filter((c) => c.period === quarter.key).map((c) => ({ ...c, unit }))).sort((a, b) => compareText(a.unit, b.unit)),
      campaigns: [...campaignsBySop(h).values()].flat().filter((c) => c.unitsComplete < c.units.length),
    },
  };
}

function complaintsOf(h: Handbook, quarter: Period): ReviewPack['complaints'] {
  const months = registerMonths(h).filter((m) => m >= quarter.start.slice(0, 7) && m <= quarter.end.slice(0, 7));
  if (months.length === 0) return undefined;
  return { window: complaintWindow(h, months), major: majorComplaints(h).filter((m) => months.includes(m.month)) };
}

/** Each KPI at the scorecard's period: its reporting units' statuses counted, and the units off target, at risk and signalling. */
function kpisAt(sc: Scorecard): KpiAtQuarter[] {
  const leaves = new Set(sc.units.filter((u) => !sc.units.some((c) => c.parent === u.id)).map((u) => u.id));
  return sc.kpis.map((kpi) => {
    const rows = sc.rows.filter((r) => r.kpi === kpi.id && leaves.has(r.unit) && r.status !== 'not-applicable');
    const counts: Partial<Record<Status, number>> = {};
    for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
    return {
      kpi,
      period: kpi.period,
      counts,
      offTarget: rows.filter((r) => r.status === 'off-target').map((r) => r.unit),
      atRisk: rows.filter((r) => r.status === 'at-risk').map((r) => r.unit),
      signalling: rows.filter((r) => r.signals.some((s) => s.unfavourable)).map((r) => r.unit),
    };
  });
}

/**
 * The latest management review that looked at an SOP: one of its decisions opened or followed an
 * action linking the SOP, or set an objective of a KPI the SOP is measured by. Undefined when none did.
 */
export function lastReviewOf(h: Pick<Handbook, 'managementReviews' | 'actions' | 'sops'>, sopId: string): { review: ManagementReviewEntity; decisions: ReviewDecision[] } | undefined {
  const measuredBy = new Set(h.sops.get(sopId)?.measuredBy ?? []);
  const reviews = [...h.managementReviews.values()].sort((a, b) => compareText(b.date, a.date));
  for (const review of reviews) {
    const decisions = review.decisions.filter((d) => d.actions.some((a) => h.actions.get(a)?.links.sops.includes(sopId)) || d.objectives.some((o) => measuredBy.has(o.kpi)));
    if (decisions.length > 0) return { review, decisions };
  }
  return undefined;
}

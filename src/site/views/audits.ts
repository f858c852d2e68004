/**
 * What the audit pages show, prepared from the model and the audit programme's computations
 * (core/derive/audits.ts): the calendar of a programme year (planned and done per month, overdue
 * audits, coverage), one audit with its findings, the finding register and its process area ×
 * unit heat map, and the audit box of an SOP page.
 */
import type { AuditEntity, FindingEntity, Handbook, ImprovementActionEntity } from '../../core/model/handbook.ts';
import { auditSops, earlierFinding, findingDate, isOverdue, lastAuditOf, openFindingsOf, programmeCoverage, type ProgrammeCoverage } from '../../core/derive/audits.ts';
import { FINDING_GRADES, type FindingGrade } from '../../core/schema/finding.ts';
import { addMonths } from '../../core/time/dates.ts';
import { compareText } from '../../core/order.ts';
import type { Crumb } from './breadcrumbs.ts';
import type { UiLocale } from '../words/locale.ts';
import { auditsUrl, findingsUrl, homeUrl } from '../routes/urls.ts';
import { wordsFor } from '../words/words.ts';

/** A finding with what readers need beside it: its day, its process area, its action and an earlier finding it repeats. */
export interface FindingRow {
  finding: FindingEntity;
  /** The day of its audit (undefined while the audit is not done). */
  date: string | undefined;
  /** The SOP's process area, or the audit's first area. */
  area: string | undefined;
  action: ImprovementActionEntity | undefined;
  repeats: FindingEntity | undefined;
}

const GRADE_ORDER: Record<FindingGrade, number> = { major: 0, minor: 1, observation: 2 };

function findingRow(h: Handbook, f: FindingEntity): FindingRow {
  const sop = f.sop === undefined ? undefined : h.sops.get(f.sop);
  const audit = h.audits.get(f.audit);
  return {
    finding: f,
    date: findingDate(h, f),
    area: sop?.area ?? audit?.scope.areas[0],
    action: f.action === undefined ? undefined : h.actions.get(f.action),
    repeats: earlierFinding(h, f),
  };
}

/** Open findings first, then by grade (major first), newest first, then id. */
function byUrgency(a: FindingRow, b: FindingRow): number {
  const open = (r: FindingRow) => (r.finding.status === 'open' ? 0 : 1);
  return open(a) - open(b) || GRADE_ORDER[a.finding.grade] - GRADE_ORDER[b.finding.grade] || compareText(b.date ?? '', a.date ?? '') || compareText(a.finding.id, b.finding.id);
}

/** Findings of an audit, most serious first. */
export function findingsOfAudit(h: Handbook, auditId: string): FindingRow[] {
  return [...h.findings.values()].filter((f) => f.audit === auditId).map((f) => findingRow(h, f)).sort(byUrgency);
}

/** One audit in the calendar. */
export interface CalendarEntry {
  audit: AuditEntity;
  overdue: boolean;
  /** Findings by grade. */
  findings: Record<FindingGrade, number>;
}

export interface CalendarMonth {
  /** `2026-10`. */
  month: string;
  /** Audits planned in the month (whatever their status). */
  planned: CalendarEntry[];
  /** Audits done in the month. */
  done: CalendarEntry[];
}

export interface AuditCalendar {
  year: string;
  /** Every year that has audits, newest first (the calendar of the handbook's year first). */
  years: string[];
  months: CalendarMonth[];
  overdue: CalendarEntry[];
  counts: { planned: number; done: number; cancelled: number; overdue: number };
  /** What the internal audits of the year cover (ISO 9001 9.2). */
  coverage: ProgrammeCoverage;
  /** Audits of the other years, newest first. */
  earlier: CalendarEntry[];
}

function entry(h: Handbook, a: AuditEntity): CalendarEntry {
  const findings: Record<FindingGrade, number> = { major: 0, minor: 0, observation: 0 };
  for (const f of h.findings.values()) if (f.audit === a.id) findings[f.grade] += 1;
  return { audit: a, overdue: isOverdue(a, h.today), findings };
}

const byPlanned = (a: CalendarEntry, b: CalendarEntry) => compareText(a.audit.planned, b.audit.planned) || compareText(a.audit.id, b.audit.id);

/** The calendar of a programme year (default: the year of the handbook's day). */
export function auditCalendar(h: Handbook, year: string = h.today.slice(0, 4)): AuditCalendar {
  const all = [...h.audits.values()].map((a) => entry(h, a));
  const inYear = all.filter((e) => e.audit.planned.startsWith(`${year}-`));
  const months: CalendarMonth[] = [];
  for (let m = `${year}-01-01`; m.startsWith(year); m = addMonths(m, 1)) {
    const month = m.slice(0, 7);
    months.push({
      month,
      planned: inYear.filter((e) => e.audit.planned.startsWith(month)).sort(byPlanned),
      done: all
        .filter((e) => e.audit.status === 'done' && e.audit.done?.startsWith(month))
        .map((e) => inYear.find((x) => x.audit === e.audit) ?? e)
        .sort((a, b) => compareText(a.audit.done!, b.audit.done!) || compareText(a.audit.id, b.audit.id)),
    });
  }
  const years = [...new Set([year, ...all.map((e) => e.audit.planned.slice(0, 4))])].sort().reverse();
  const overdue = all.filter((e) => e.overdue).sort(byPlanned);
  return {
    year,
    years,
    months,
    overdue,
    counts: {
      planned: inYear.filter((e) => e.audit.status === 'planned').length,
      done: inYear.filter((e) => e.audit.status === 'done').length,
      cancelled: inYear.filter((e) => e.audit.status === 'cancelled').length,
      overdue: overdue.length,
    },
    coverage: programmeCoverage(h, year),
    earlier: all.filter((e) => !e.audit.planned.startsWith(`${year}-`)).sort((a, b) => -byPlanned(a, b)),
  };
}

/** One audit's page. */
export interface AuditPage {
  audit: AuditEntity;
  overdue: boolean;
  /** The SOPs audited (listed, or those of its areas). */
  sops: string[];
  findings: FindingRow[];
}

export function auditPage(h: Handbook, audit: AuditEntity): AuditPage {
  return { audit, overdue: isOverdue(audit, h.today), sops: auditSops(h, audit), findings: findingsOfAudit(h, audit.id) };
}

/** A cell of the heat map: the findings of a process area in a unit. */
export interface HeatCell {
  total: number;
  byGrade: Record<FindingGrade, number>;
  /** The most serious grade among them, which gives the colour (the text says the counts). */
  worst: FindingGrade | undefined;
}

export interface FindingRegister {
  rows: FindingRow[];
  /** Counts by grade and status. */
  counts: Record<FindingGrade, { open: number; closed: number }>;
  heatMap: {
    /** From this day to the handbook's day (12 months). */
    from: string;
    areas: string[];
    units: string[];
    cells: Map<string, HeatCell>;
  };
}

/** The key of a heat-map cell. */
export const heatKey = (area: string, unit: string) => `${area}\u0000${unit}`;

/** Every finding, open first and most serious first; counts; and the heat map of the last 12 months. */
export function findingRegister(h: Handbook): FindingRegister {
  const rows = [...h.findings.values()].map((f) => findingRow(h, f)).sort(byUrgency);
  const counts = Object.fromEntries(FINDING_GRADES.map((g) => [g, { open: 0, closed: 0 }])) as FindingRegister['counts'];
  for (const r of rows) counts[r.finding.grade][r.finding.status] += 1;
  const from = addMonths(h.today, -12);
  const recent = rows.filter((r) => r.date !== undefined && r.date > from && r.area !== undefined);
  const cells = new Map<string, HeatCell>();
  for (const r of recent) {
    const key = heatKey(r.area!, r.finding.unit);
    const cell = cells.get(key) ?? { total: 0, byGrade: { major: 0, minor: 0, observation: 0 }, worst: undefined };
    cell.total += 1;
    cell.byGrade[r.finding.grade] += 1;
    if (cell.worst === undefined || GRADE_ORDER[r.finding.grade] < GRADE_ORDER[cell.worst]) cell.worst = r.finding.grade;
    cells.set(key, cell);
  }
  // Every process area is a row; the units are those below the organisation, in the order of the units file.
  const units = [...h.units.values()].filter((u) => u.type !== 'organisation' || recent.some((r) => r.finding.unit === u.id)).map((u) => u.id);
  return { rows, counts, heatMap: { from, areas: [...h.areas.keys()], units, cells } };
}

/** What an SOP's page shows about its audits: when it was last audited, by which audit, and its open findings. */
export interface SopAudits {
  last: AuditEntity | undefined;
  open: FindingRow[];
}

export function sopAudits(h: Handbook, sopId: string): SopAudits {
  return { last: lastAuditOf(h, sopId), open: openFindingsOf(h, sopId).map((f) => findingRow(h, f)).sort(byUrgency) };
}

/** Home › Audits › AU-… */
export function auditTrail(id: string, locale: UiLocale): Crumb[] {
  const nav = wordsFor(locale).chrome.nav;
  return [{ label: nav.home, href: homeUrl(locale) }, { label: nav.audits, href: auditsUrl(locale) }, { label: id }];
}

/** Home › Audits › Audit findings › AF-… */
export function findingTrail(id: string, locale: UiLocale): Crumb[] {
  const w = wordsFor(locale);
  return [{ label: w.chrome.nav.home, href: homeUrl(locale) }, { label: w.chrome.nav.audits, href: auditsUrl(locale) }, { label: w.audits.register.title, href: findingsUrl(locale) }, { label: id }];
}

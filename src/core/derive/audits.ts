/**
 * What the audit programme says, computed from the audits and findings (ISO 9001 9.2): the SOPs an
 * audit covers, whether an auditor is independent of what is audited, what the programme of a year
 * covers, the day of a finding, an earlier finding it repeats, and when an SOP was last audited.
 * The rules report from these; the pages show them.
 */
import type { AuditEntity, FindingEntity, Handbook, SopEntity } from '../model/handbook.ts';
import { addMonths } from '../time/dates.ts';

type Model = Pick<Handbook, 'audits' | 'findings' | 'sops' | 'areas' | 'units' | 'people' | 'index'>;

/** How many audits of the programme year a high-risk SOP needs; other SOPs need one. */
export const HIGH_RISK_AUDITS_PER_YEAR = 2;
/** How far back an earlier finding makes a new one a repeat. */
export const REPEAT_MONTHS = 12;

/**
 * An SOP is high-risk when its staff must pass an assessment before working to it alone
 * (`training.level: assessed`): the organisation has judged that doing it wrong harms the
 * customer, so its programme audits it more often. Only SOPs in force (effective) are audited.
 */
export function isHighRisk(sop: Pick<SopEntity, 'training' | 'status'>): boolean {
  return sop.status === 'effective' && sop.training.level === 'assessed';
}

/** The SOPs an audit covers: those its scope lists, or else every SOP of its process areas. */
export function auditSops(h: Pick<Handbook, 'index'>, audit: AuditEntity): string[] {
  if (audit.scope.sops.length > 0) return [...new Set(audit.scope.sops)];
  return [...new Set(audit.scope.areas.flatMap((area) => (h.index.sopsByArea.get(area) ?? []).map((s) => s.id)))];
}

/** Why a person may not audit something in an audit's scope. */
export type Conflict =
  | { reason: 'sop-owner' | 'sop-approver'; id: string }
  | { reason: 'area-owner'; id: string }
  | { reason: 'unit-member' | 'unit-manager'; id: string };

/** The units from `id` up to the organisation (the unit itself first). */
function unitAndAncestors(h: Pick<Handbook, 'units'>, id: string): string[] {
  const out: string[] = [];
  for (let u = h.units.get(id); u && !out.includes(u.id); u = u.parentUnit) out.push(u.id);
  return out;
}

/**
 * What a person may not audit in this audit (ISO 9001 9.2.2 b: auditors do not audit their own
 * work): an SOP they own or approve, a process area they own, a unit they belong to (or one below
 * it: a member of a region audits its branches' management), a unit they manage or that lies
 * below a unit they manage.
 */
export function conflictsOf(h: Model, audit: AuditEntity, personId: string): Conflict[] {
  const out: Conflict[] = [];
  for (const id of auditSops(h, audit)) {
    const sop = h.sops.get(id);
    if (!sop) continue;
    if (sop.owner === personId) out.push({ reason: 'sop-owner', id });
    else if (sop.approvers.includes(personId)) out.push({ reason: 'sop-approver', id });
  }
  for (const id of new Set(audit.scope.areas)) if (h.areas.get(id)?.owner === personId) out.push({ reason: 'area-owner', id });
  const person = h.people.get(personId);
  for (const id of new Set(audit.scope.units)) {
    if (!h.units.has(id)) continue;
    const chain = unitAndAncestors(h, id);
    if (person && (h.index.unitAndDescendants(id).has(person.unit) || chain.includes(person.unit))) out.push({ reason: 'unit-member', id });
    else if (chain.some((u) => h.units.get(u)?.manager === personId)) out.push({ reason: 'unit-manager', id });
  }
  return out;
}

/** What the internal audits of a year (planned or done, not cancelled) cover, and what they leave out. */
export interface ProgrammeCoverage {
  year: string;
  audits: AuditEntity[];
  /** Process areas no internal audit of the year covers. */
  areasNotCovered: string[];
  /** Units no internal audit covers: neither the unit, nor a unit above it or below it. */
  unitsNotCovered: string[];
  /** High-risk SOPs audited fewer than HIGH_RISK_AUDITS_PER_YEAR times, with the audits that do cover them. */
  highRiskUnder: Array<{ sop: string; audits: string[] }>;
  /** Audits per SOP in the year. */
  auditsBySop: Map<string, string[]>;
}

/** The internal audits whose planned date falls in `year` (the programme year), not cancelled. */
export function programmeAudits(h: Pick<Handbook, 'audits'>, year: string): AuditEntity[] {
  return [...h.audits.values()].filter((a) => a.type === 'internal' && a.status !== 'cancelled' && a.planned.startsWith(`${year}-`));
}

export function programmeCoverage(h: Model, year: string): ProgrammeCoverage {
  const audits = programmeAudits(h, year);
  const areas = new Set<string>();
  const units = new Set<string>();
  const auditsBySop = new Map<string, string[]>();
  for (const a of audits) {
    for (const id of auditSops(h, a)) {
      const sop = h.sops.get(id);
      if (sop) areas.add(sop.area);
      auditsBySop.set(id, [...(auditsBySop.get(id) ?? []), a.id]);
    }
    for (const id of a.scope.areas) areas.add(id);
    for (const id of a.scope.units) {
      if (!h.units.has(id)) continue;
      for (const u of h.index.unitAndDescendants(id)) units.add(u);
      for (const u of unitAndAncestors(h, id)) units.add(u);
    }
  }
  const highRiskUnder = [...h.sops.values()]
    .filter((s) => isHighRisk(s) && (auditsBySop.get(s.id)?.length ?? 0) < HIGH_RISK_AUDITS_PER_YEAR)
    .map((s) => ({ sop: s.id, audits: auditsBySop.get(s.id) ?? [] }));
  return {
    year,
    audits,
    areasNotCovered: [...h.areas.keys()].filter((id) => !areas.has(id)),
    unitsNotCovered: [...h.units.keys()].filter((id) => !units.has(id)),
    highRiskUnder,
    auditsBySop,
  };
}

/** The day of a finding: the day its audit was done (undefined while the audit is not done). */
export function findingDate(h: Pick<Handbook, 'audits'>, f: FindingEntity): string | undefined {
  const audit = h.audits.get(f.audit);
  return audit?.status === 'done' ? audit.done : undefined;
}

/** Whether two findings concern the same thing: the same unit, and the same SOP (or, both naming none, the same clause). */
function sameSubject(a: FindingEntity, b: FindingEntity): boolean {
  if (a.unit !== b.unit) return false;
  if (a.sop !== undefined || b.sop !== undefined) return a.sop === b.sop;
  return a.clause === b.clause;
}

/**
 * The most recent earlier finding that `f` repeats: same unit and SOP (or clause), found on a day
 * before `f`'s and no more than REPEAT_MONTHS before it.
 */
export function earlierFinding(h: Pick<Handbook, 'audits' | 'findings'>, f: FindingEntity): FindingEntity | undefined {
  const day = findingDate(h, f);
  if (day === undefined) return undefined;
  const from = addMonths(day, -REPEAT_MONTHS);
  let best: { finding: FindingEntity; day: string } | undefined;
  for (const e of h.findings.values()) {
    if (e === f || !sameSubject(e, f)) continue;
    const d = findingDate(h, e);
    if (d === undefined || d >= day || d < from) continue;
    if (!best || d > best.day || (d === best.day && e.id > best.finding.id)) best = { finding: e, day: d };
  }
  return best?.finding;
}

/** The last done audit of each SOP, worked out once per handbook's audits (every SOP page asks). */
const lastAudits = new WeakMap<object, WeakMap<object, Map<string, AuditEntity>>>();

/**
 * The last done audit that covered an SOP (by its done date, then its id), if any. One pass over the
 * audits for all SOPs, kept for the handbook: asked for each SOP, the same pass made per page grew
 * with the audits times the SOPs of their areas times the pages.
 */
export function lastAuditOf(h: Pick<Handbook, 'audits' | 'index'>, sopId: string): AuditEntity | undefined {
  // Kept for these audits and this index (which says what SOPs an area holds).
  const byIndex = lastAudits.get(h.audits) ?? new WeakMap<object, Map<string, AuditEntity>>();
  lastAudits.set(h.audits, byIndex);
  let bySop = byIndex.get(h.index);
  if (!bySop) {
    bySop = new Map();
    for (const a of h.audits.values()) {
      if (a.status !== 'done' || a.done === undefined) continue;
      for (const id of auditSops(h, a)) {
        const last = bySop.get(id);
        if (!last || a.done > last.done! || (a.done === last.done && a.id > last.id)) bySop.set(id, a);
      }
    }
    byIndex.set(h.index, bySop);
  }
  return bySop.get(sopId);
}

/** The open findings that name an SOP, by id. */
export function openFindingsOf(h: Pick<Handbook, 'findings'>, sopId: string): FindingEntity[] {
  return [...h.findings.values()].filter((f) => f.sop === sopId && f.status === 'open').sort((a, b) => a.id.localeCompare(b.id));
}

/** An audit not done whose planned month has ended before `today`. */
export function isOverdue(audit: AuditEntity, today: string): boolean {
  return audit.status === 'planned' && addMonths(`${audit.planned.slice(0, 7)}-01`, 1) <= today;
}

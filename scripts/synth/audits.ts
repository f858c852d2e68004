/**
 * The audit programme (ISO 9001 9.2): for each year from the first generated month's to the year
 * after the last (the next year's programme is planned ahead), two internal audits of every process
 * area (first and second half, so that every SOP of the area, the high-risk ones too, is audited
 * twice a year), each at a group of up to four regions in turn, and an audit of the head-office
 * departments; done up to the last day with data, planned after it. Auditors never audit their own
 * work: each is checked here against the SOPs, areas and units of the scope as the check does
 * (owner or approver of an SOP audited, owner of an area audited, member or manager of a unit
 * audited, or of one above it); internal auditors come first, then quality inspectors and other
 * staff for the departments the internal auditors belong to.
 *
 * Findings of done internal audits: none to four, graded major, minor or observation, with the
 * clause, SOP and step, unit and pseudonymous evidence; a major or minor one names an action opened
 * within the audit's 30 days. A finding on the same unit and SOP as one of the previous twelve
 * months is a repeat: graded major, naming it in `repeatOf` (a few are drawn on purpose).
 */
import type { ActionIds, ActionRequest } from './actions.ts';
import { dayNumber, fromDayNumber, lastDayOfMonth } from './dates.ts';
import type { Random } from './random.ts';
import type { RecordFile } from './records.ts';
import type { PersonRec, SopRec, UnitRec, World } from './world.ts';

const CLAUSES = ['7.1.2', '7.2', '7.5.3', '8.2.1', '8.5.1', '8.5.2', '8.7', '9.1.2', '9.1.3', '10.2'];
const ACTION_WITHIN_DAYS = 30;
/** Days back within which a finding on the same unit and SOP is repeated (12 months, and a little more so that no edge is missed). */
const REPEAT_DAYS = 370;
/** Who may audit, in order of preference. */
const AUDITOR_ROLES = ['internal-auditor', 'quality-inspector', 'document-controller', 'data-analyst', 'trainer', 'senior-agent', 'team-leader', 'service-agent'];

const STATEMENTS: { en: (sop: string, step: string, n: number, m: number) => string; zh: (sop: string, step: string, n: number, m: number) => string }[] = [
  { en: (s, t, n, m) => `Step ${t} of ${s} was not followed in ${n} of ${m} sampled cases.`, zh: (s, t, n, m) => `抽查${m}个案例中有${n}个未按${s}第${t}步执行。` },
  { en: (s, t, n, m) => `The record required at ${s} ${t} was incomplete in ${n} of ${m} sampled cases.`, zh: (s, t, n, m) => `抽查${m}个案例中有${n}个${s} ${t}要求的记录不完整。` },
  { en: (s, t, n, m) => `The time limit of ${s} ${t} was missed in ${n} of ${m} sampled tickets.`, zh: (s, t, n, m) => `抽查${m}张工单中有${n}张超出${s} ${t}的时限。` },
];
const OBSERVATIONS = [
  { en: (s: string, t: string) => `${s} ${t} could use the CRM template to avoid retyping.`, zh: (s: string, t: string) => `${s} ${t}可使用CRM模板以减少重复录入。` },
  { en: (s: string, t: string) => `Staff knew ${s} ${t} but the posted copy at the counter was outdated.`, zh: (s: string, t: string) => `员工熟悉${s} ${t}，但柜台张贴的版本已过期。` },
];

export interface AuditOutput {
  files: RecordFile[];
  actions: ActionRequest[];
  audits: number;
  findings: number;
  repeats: number;
}

interface Scope {
  areas: string[];
  sops: string[];
  units: string[];
}

export function buildAudits(r: Random, world: World, months: readonly string[], ids: ActionIds): AuditOutput {
  const end = dayNumber(world.endDate);
  const units = new Map(world.units.map((u) => [u.id, u]));
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let u = units.get(id); u && !out.includes(u.id); u = u.parent ? units.get(u.parent) : undefined) out.push(u.id);
    return out;
  };
  const belowOf = new Map<string, Set<string>>();
  for (const u of world.units) for (const a of ancestors(u.id)) belowOf.set(a, (belowOf.get(a) ?? new Set<string>()).add(u.id));
  const below = (id: string): Set<string> => belowOf.get(id) ?? new Set([id]);
  const sopsByArea = new Map<string, SopRec[]>();
  for (const s of world.sops) sopsByArea.set(s.area.slug, [...(sopsByArea.get(s.area.slug) ?? []), s]);
  const sopById = new Map(world.sops.map((s) => [s.id, s]));
  /** Who may not audit `scope` (the check's conflicts, derive/audits.ts conflictsOf): the people and the units whose members may not. */
  const conflicts = (scope: Scope): { people: Set<string>; units: Set<string> } => {
    const people = new Set<string>();
    const out = new Set<string>();
    const sops = scope.sops.length > 0 ? scope.sops.map((id) => sopById.get(id)!) : scope.areas.flatMap((a) => sopsByArea.get(a) ?? []);
    for (const s of sops) {
      if (s.owner) people.add(s.owner);
      for (const a of s.approvers ?? []) people.add(a);
    }
    for (const a of scope.areas) if (world.areaOwners.has(a)) people.add(world.areaOwners.get(a)!);
    for (const id of scope.units) {
      for (const u of below(id)) out.add(u);
      for (const u of ancestors(id)) {
        out.add(u);
        const manager = units.get(u)?.manager;
        if (manager) people.add(manager);
      }
    }
    return { people, units: out };
  };
  const independent = (p: PersonRec, scope: Scope): boolean => {
    const c = conflicts(scope);
    return !c.people.has(p.id) && !c.units.has(p.unit);
  };
  const pool = AUDITOR_ROLES.flatMap((role) => world.people.filter((p) => p.role === role));
  /** A lead and up to one more auditor, independent of the scope: the first fitting role, picked at random among them. */
  const team = (scope: Scope): string[] => {
    const c = conflicts(scope);
    const fit = pool.filter((p) => !c.people.has(p.id) && !c.units.has(p.unit));
    if (fit.length === 0) return [];
    const best = fit.filter((p) => p.role === fit[0]!.role);
    return r.sample(best.length >= 2 ? best : fit, r.chance(0.5) ? 2 : 1).map((p) => p.id);
  };

  // Regions in groups of up to four, audited in turn.
  const groupCount = Math.max(1, Math.ceil(world.regions.length / 4));
  const groups: UnitRec[][] = Array.from({ length: groupCount }, (_, g) => world.regions.filter((_, i) => i % groupCount === g));
  const headOffice = world.areas.find((a) => a.slug === 'quality-assurance' || a.slug === 'document-control') ?? world.areas[0]!;
  const firstYear = Number(months[0]!.slice(0, 4));
  const lastYear = Number(world.endMonth.slice(0, 4)) + 1;

  const files: RecordFile[] = [];
  const actions: ActionRequest[] = [];
  const found: { id: string; unit: string; sop: string; day: number }[] = [];
  let audits = 0;
  let findings = 0;
  let repeats = 0;
  const findingSeq = new Map<string, number>();
  let lastDone = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    const plan: { scope: Scope; month: number; en: string; zh: string }[] = [];
    let turn = year;
    for (const area of world.areas) {
      for (const half of [0, 1]) {
        const group = groups[turn++ % groupCount]!;
        const where = group.map((g) => g.en.replace(/ region$/, '')).join(', ');
        plan.push({
          scope: { areas: [area.slug], sops: [], units: group.map((g) => g.id) },
          month: half === 0 ? r.int(2, 6) : r.int(8, 11),
          en: `${area.en}, ${where} (${half === 0 ? 'first' : 'second'} half ${year})`,
          zh: `${area.zh}（${group.map((g) => g.zh).join('、')}，${year}年${half === 0 ? '上' : '下'}半年）`,
        });
      }
    }
    // Head-office departments: those an internal auditor may audit together, the others with whoever may.
    const hoSops = r.sample((sopsByArea.get(headOffice.slug) ?? []).filter((s) => s.status === 'effective'), 2).map((s) => s.id).sort();
    const deptScope = (ids: string[]): Scope => ({ areas: [], sops: hoSops, units: ids });
    const internal = world.people.filter((p) => p.role === 'internal-auditor');
    const byAuditors = world.departments.filter((d) => internal.some((p) => independent(p, deptScope([d.id]))));
    const others = world.departments.filter((d) => !byAuditors.includes(d));
    for (const part of [byAuditors, ...others.map((d) => [d])]) {
      if (part.length === 0) continue;
      plan.push({
        scope: deptScope(part.map((d) => d.id)),
        month: r.int(3, 10),
        en: `Head-office functions: ${part.map((d) => d.en).join(', ')} (${year})`,
        zh: `总部职能：${part.map((d) => d.zh).join('、')}（${year}年）`,
      });
    }
    const dated = plan
      .map((p) => {
        const month = `${year}-${String(p.month).padStart(2, '0')}`;
        return { ...p, planned: r.int(dayNumber(`${month}-01`), dayNumber(lastDayOfMonth(month)) - 3) };
      })
      .sort((a, b) => a.planned - b.planned);
    let seq = 0;
    for (const p of dated) {
      const members = team(p.scope);
      if (members.length === 0) continue; // nobody independent: the programme shows the gap
      const planned = p.planned;
      const id = `AU-${year}-${String(++seq).padStart(3, '0')}`;
      // Done in the order planned (so that an earlier finding is always generated first), up to the last day with data.
      const done = planned <= end ? Math.min(end, Math.max(lastDone, planned + r.int(0, 3))) : undefined;
      if (done !== undefined) lastDone = done;
      const clauses = r.sample(CLAUSES, r.int(3, 5)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      // Findings.
      const out: string[] = [];
      if (done !== undefined) {
        const inScope = p.scope.sops.length > 0 ? p.scope.sops.map((s) => sopById.get(s)!) : p.scope.areas.flatMap((a) => sopsByArea.get(a) ?? []);
        const sops = inScope.filter((s) => s.status === 'effective' && (s.steps ?? 0) > 0);
        const places = p.scope.units.flatMap((u) => [...below(u)].filter((x) => units.get(x)!.type === 'branch' || units.get(x)!.type === 'department'));
        const count = sops.length === 0 || places.length === 0 ? 0 : r.weighted([[0, 20], [1, 30], [2, 25], [3, 15], [4, 10]] as const);
        const used = new Set<string>();
        for (let k = 0; k < count; k++) {
          // Now and then the auditor looks again where an earlier finding was made.
          const earlierHere = found.filter((f) => done - f.day <= 330 && done - f.day > 0 && places.includes(f.unit) && sops.some((s) => s.id === f.sop));
          const again = earlierHere.length > 0 && r.chance(0.15) ? r.pick(earlierHere) : undefined;
          const unit = again?.unit ?? r.pick(places);
          const sop = again ? sopById.get(again.sop)! : r.pick(sops);
          if (used.has(`${unit}|${sop.id}`)) continue;
          used.add(`${unit}|${sop.id}`);
          const earlier = found
            .filter((f) => f.unit === unit && f.sop === sop.id && f.day < done && done - f.day <= REPEAT_DAYS)
            .sort((a, b) => b.day - a.day || b.id.localeCompare(a.id))[0];
          const grade = earlier ? 'major' : r.weighted([['observation', 35], ['minor', 50], ['major', 15]] as const);
          const fyear = fromDayNumber(done).slice(0, 4);
          const fseq = (findingSeq.get(fyear) ?? 0) + 1;
          if (fseq > 999) break;
          findingSeq.set(fyear, fseq);
          const fid = `AF-${fyear}-${String(fseq).padStart(3, '0')}`;
          const step = `S${r.int(1, sop.steps!)}`;
          const sampled = r.int(10, 30);
          const missed = r.int(1, Math.max(1, Math.round(sampled / 5)));
          const t = r.pick(STATEMENTS);
          const o = r.pick(OBSERVATIONS);
          const statement = grade === 'observation' ? { en: o.en(sop.id, step), zh: o.zh(sop.id, step) } : { en: t.en(sop.id, step, missed, sampled), zh: t.zh(sop.id, step, missed, sampled) };
          let action: string | undefined;
          if (grade !== 'observation') {
            const open = Math.min(end, done + r.int(1, 20));
            action = ids.next(open);
            actions.push({ id: action, openDay: open, source: 'audit-finding', title: `Correct audit finding ${fid} in ${units.get(unit)!.en}`, units: [unit], sops: [sop.id], kpis: [], goal: `${sop.id} ${step} followed in every case sampled at the follow-up audit` });
          }
          const closedDay = done + r.int(20, 90);
          const closed = closedDay <= end && r.chance(0.85) ? closedDay : undefined;
          if (earlier) repeats++;
          found.push({ id: fid, unit, sop: sop.id, day: done });
          findings++;
          files.push({
            path: `data/findings/${fid}.yaml`,
            text:
              `id: ${fid}\naudit: ${id}\ngrade: ${grade}\nclause: "${r.pick(clauses)}"\nunit: ${unit}\nsop: ${sop.id}\nstep: ${step}\n` +
              `statement: { en: ${JSON.stringify(statement.en)}, zh-CN: ${JSON.stringify(statement.zh)} }\n` +
              `evidence: Audit sample ${id}-${k + 1}; CRM tickets and records listed in the audit report ${id}\n` +
              (action ? `action: ${action}\n` : '') +
              (earlier ? `repeatOf: ${earlier.id}\n` : '') +
              `status: ${closed !== undefined ? 'closed' : 'open'}\n` +
              (closed !== undefined ? `closed: ${fromDayNumber(closed)}\n` : ''),
          });
          out.push(grade);
        }
      }
      const tally = (g: string) => out.filter((x) => x === g).length;
      const en = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const result =
        done === undefined
          ? ''
          : `result: { en: ${JSON.stringify(`${en(out.length, 'finding')}: ${tally('major')} major, ${tally('minor')} minor, ${en(tally('observation'), 'observation')}.`)}, zh-CN: ${JSON.stringify(`发现${out.length}项：严重${tally('major')}项，轻微${tally('minor')}项，观察项${tally('observation')}项。`)} }\n`;
      const [lead, ...rest] = members;
      files.push({
        path: `data/audits/${id}.yaml`,
        text:
          `id: ${id}\ntitle: { en: ${JSON.stringify(p.en)}, zh-CN: ${JSON.stringify(p.zh)} }\ntype: internal\nstatus: ${done !== undefined ? 'done' : 'planned'}\nplanned: ${fromDayNumber(planned)}\n` +
          (done !== undefined ? `done: ${fromDayNumber(done)}\n` : '') +
          `scope:\n  areas: [${p.scope.areas.join(', ')}]\n  sops: [${p.scope.sops.join(', ')}]\n  units: [${p.scope.units.join(', ')}]\n` +
          `lead: ${lead}\nauditors: [${rest.join(', ')}]\nclauses: [${clauses.map((c) => `"${c}"`).join(', ')}]\nactionWithinDays: ${ACTION_WITHIN_DAYS}\n${result}`,
      });
      audits++;
    }
  }
  return { files, actions, audits, findings, repeats };
}

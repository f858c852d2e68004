/**
 * SOPs: frontmatter per src/core/schema/sop.ts and an MDX body of 400–800 words. References are
 * kept valid: effective SOPs link only effective standards and SOPs, a step held to a standard never
 * allows more time than it, and the change log ends with the current version on the effective date.
 */
import { SOP_TITLE_PATTERNS, STEP_TEMPLATES, withArticle, type StepTemplate } from './catalogue.ts';
import { dayNumber, formatLimit, fromDayNumber } from './dates.ts';
import { targetText } from './kpis.ts';
import { sopBody, type ProseStep } from './prose.ts';
import type { Random } from './random.ts';
import { CHANNELS, DECISIONS, RECORDS, ROLES, type AreaInfo, type RoleInfo } from './vocabulary.ts';
import { peopleWithRoles, type SopRec, type StandardRec, type World } from './world.ts';
import { toYaml } from './yaml-writer.ts';

const MAJOR_CHANGES: [string, string][] = [
  ['Added an escalation step for major cases and shortened the first response limit.', '增加重大事项升级步骤，缩短首次响应时限。'],
  ['Moved the call-back from agents to team leaders after the internal audit.', '根据内审结果，回访工作由客服专员改为班组长负责。'],
  ['Rewritten after the process mapping workshop; new swimlanes and time limits.', '流程梳理研讨后重写，调整泳道和时限。'],
  ['Aligned the time limits with the revised service standards.', '按修订后的服务标准调整时限。'],
  ['Added a decision for on-site visits and a new record for parts used.', '增加是否上门的判断及备件使用记录。'],
  ['Merged two local procedures into one for all branches.', '将两份网点程序合并为统一程序。'],
];
const MINOR_CHANGES: [string, string][] = [
  ['Corrected record names and typos.', '更正记录名称和错别字。'],
  ['Clarified the wording of the intake step; no change in responsibilities.', '澄清受理步骤的措辞，职责不变。'],
  ['Updated references to related procedures.', '更新相关程序的引用。'],
  ['Added a Chinese summary for front-line staff.', '为一线员工增加中文摘要。'],
  ['Fixed the table of responsibilities after a role was renamed.', '岗位更名后修正职责表。'],
];
const PHASES = ['intake', 'assess', 'act', 'close'] as const;
const BY_PHASE = Object.fromEntries(PHASES.map((p) => [p, STEP_TEMPLATES.filter((t) => t.phase === p)])) as Record<(typeof PHASES)[number], StepTemplate[]>;
const ROLE_BY_ID = new Map(ROLES.map((r) => [r.slug, r]));

/** Decides every SOP's id, area and status up front, so that `related` can point at effective ones. */
export function planSops(r: Random, areas: AreaInfo[], counts: number[]): SopRec[] {
  const out: SopRec[] = [];
  areas.forEach((area, i) => {
    for (let n = 1; n <= counts[i]!; n++) {
      const status = r.weighted([['effective', 90], ['draft', 4], ['in-review', 3], ['superseded', 2], ['retired', 1]] as const);
      out.push({ id: `SOP-${area.code}-${String(n).padStart(3, '0')}`, area, status });
    }
  });
  return out;
}

export interface SopFile {
  path: string;
  text: string;
}

export class SopWriter {
  private readonly owners;
  private readonly approvers;
  private readonly linkable = new Map<string, StandardRec[]>();
  private readonly kpiStandards: StandardRec[];
  private readonly effectiveByArea = new Map<string, string[]>();
  private readonly endDay: number;
  private readonly world: World;

  constructor(world: World) {
    this.world = world;
    this.owners = peopleWithRoles(world, ['quality-manager', 'department-head', 'regional-manager', 'branch-manager', 'team-leader', 'complaint-specialist']);
    this.approvers = peopleWithRoles(world, ['quality-manager', 'department-head', 'regional-manager']);
    for (const s of world.standards) {
      if (s.status !== 'effective' || !s.all) continue;
      if (s.category) this.linkable.set(s.category, [...(this.linkable.get(s.category) ?? []), s]);
    }
    this.kpiStandards = world.standards.filter((s) => s.status === 'effective' && s.all && s.kpi);
    for (const s of world.sops) if (s.status === 'effective') this.effectiveByArea.set(s.area.slug, [...(this.effectiveByArea.get(s.area.slug) ?? []), s.id]);
    this.endDay = dayNumber(world.endDate);
  }

  write(r: Random, sop: SopRec): SopFile {
    const w = this.world;
    const lang = r.chance(0.15) ? 'zh-CN' : 'en';
    const zh = lang === 'zh-CN';
    const subject = r.pick(sop.area.subjects);
    const channel = r.pick(CHANNELS);
    const pattern = r.pick(SOP_TITLE_PATTERNS);
    const title = zh ? pattern.zh(subject.zh, channel.zh) : pattern.en(subject.en, channel.en);
    const owner = r.pick(this.owners).id;
    const approverPool = this.approvers.filter((p) => p.id !== owner);
    const approvers = r.sample(approverPool, r.weighted([[1, 6], [2, 3], [3, 1]] as const)).map((p) => p.id);

    // Steps.
    const n = r.int(4, 10);
    const mixed = r.chance(0.2);
    const eligible = PHASES.map((p) =>
      BY_PHASE[p].filter((t) => !t.touchpoints || t.touchpoints.includes(sop.area.touchpoint) || mixed),
    );
    const perPhase = [1, 1, 1, 1];
    for (let i = 4; i < n; i++) {
      const open = PHASES.map((_, k) => [k, perPhase[k]! < eligible[k]!.length ? (k === 2 ? 3 : 1) : 0] as const).filter(([, wt]) => wt > 0);
      perPhase[r.weighted(open)]! += 1;
    }
    const templates = PHASES.flatMap((_, k) => r.sample(eligible[k]!, perPhase[k]!));
    const implemented = new Set<string>();
    const actors: RoleInfo[] = [];
    const proseSteps: ProseStep[] = [];
    const records = new Set<number>();
    const steps = templates.map((t, i) => {
      const stepId = `S${i + 1}`;
      const actorId = r.pick(t.actors);
      const actor = ROLE_BY_ID.get(actorId)!;
      if (!actors.includes(actor)) actors.push(actor);
      let limit = t.limits && r.chance(0.85) ? r.pick(t.limits) : undefined;
      let standard: string | undefined;
      const candidates = t.category ? this.linkable.get(t.category) : undefined;
      if (candidates && r.chance(0.6)) {
        const s = r.pick(candidates);
        standard = s.id;
        implemented.add(s.id);
        const fits = (t.limits ?? []).filter((m) => m <= s.limitMinutes!);
        limit = fits.length > 0 ? r.pick(fits) : s.limitMinutes!;
      }
      const record = t.record !== undefined && r.chance(0.6) ? RECORDS[t.record]! : undefined;
      if (record) records.add(t.record!);
      const action = zh ? t.zh(subject.zh) : t.en(subject.en);
      proseSteps.push({ id: stepId, action, actor, limit: limit !== undefined ? formatLimit(limit) : undefined });
      return {
        id: stepId,
        actor: actorId,
        action,
        timeLimit: limit !== undefined ? formatLimit(limit) : undefined,
        standard,
        record: record ? (zh ? record.zh : record.en) : undefined,
      } as Record<string, unknown>;
    });
    if (n >= 4 && r.chance(0.35)) {
      const k = r.int(1, n - 2);
      const [q, qz] = r.pick(DECISIONS);
      steps[k - 1]!['decision'] = {
        question: zh ? qz : q,
        options: [
          { label: zh ? '是' : 'Yes', next: `S${k + 1}` },
          { label: zh ? '否' : 'No', next: k + 2 <= n ? `S${k + 2}` : 'end' },
        ],
      };
    }
    if (r.chance(0.3)) steps[n - 1]!['next'] = 'end';

    // Links.
    if (this.kpiStandards.length > 0 && r.chance(0.4)) for (const s of r.sample(this.kpiStandards, r.int(1, 2))) implemented.add(s.id);
    const implementsIds = [...implemented].sort();
    const standardRecs = implementsIds.map((id) => w.standards.find((s) => s.id === id)!);
    const measured = new Set<string>(standardRecs.filter((s) => s.kpi).map((s) => s.kpi!));
    for (const k of r.sample(w.kpis, r.int(1, 3) - Math.min(measured.size, 1))) measured.add(k.id);
    const measuredBy = [...measured];
    const sameArea = (this.effectiveByArea.get(sop.area.slug) ?? []).filter((id) => id !== sop.id);
    const related = r.sample(sameArea, r.weighted([[0, 3], [1, 4], [2, 2], [3, 1]] as const)).sort();

    // Scope and training.
    const scope = r.chance(0.6) ? 'all' : r.sample([...w.regions, ...w.departments], r.int(1, 3)).map((u) => u.id);
    const level = r.weighted([['none', 15], ['read', 50], ['assessed', 35]] as const);
    const training = { level, roles: level === 'none' ? [] : r.sample(actors, r.int(1, Math.min(3, actors.length))).map((a) => a.slug) };
    Object.assign(sop, { owner, approvers, level, steps: steps.length });

    // Versions and dates.
    const interval = r.weighted([[12, 45], [24, 30], [36, 15], [6, 10]] as const);
    const history = this.history(r, sop.status, zh, interval);

    const frontmatter = toYaml({
      id: sop.id,
      title,
      summary: zh
        ? `规定${subject.zh}从受理到关闭的步骤、职责和时限，确保各网点服务一致。`
        : `How staff handle ${withArticle(subject.en)} from first contact to closure, with the time limits, records and responsibilities for each step.`,
      lang,
      area: sop.area.slug,
      owner,
      approvers,
      version: history.version,
      status: sop.status,
      effective: history.effective,
      lastReviewed: history.lastReviewed,
      reviewIntervalMonths: interval,
      scope,
      implements: implementsIds,
      measuredBy,
      related,
      training,
      steps: steps as never,
      changeLog: history.changeLog,
    });

    const scopeText =
      scope === 'all'
        ? zh ? '集团所有部门、区域和网点' : 'every department, region and branch of the group'
        : scope.map((id) => { const u = w.units.find((x) => x.id === id)!; return zh ? u.zh : u.en; }).join(zh ? '、' : ', ');
    const body = sopBody(
      {
        lang,
        subject,
        area: sop.area,
        channel,
        actors,
        steps: proseSteps,
        records: [...records].sort().map((i) => RECORDS[i]!),
        kpis: measuredBy.map((id) => w.kpis.find((k) => k.id === id)!).map((k) => ({ id: k.id, en: k.name.en, zh: k.name.zh, target: targetText(k) })),
        standards: standardRecs.map((s) => ({ id: s.id, title: s.title })),
        related,
        scopeText,
        chineseSummary: !zh && r.chance(0.2),
        words: r.int(400, 800),
      },
      r,
    );
    return { path: `content/sops/${sop.area.slug}/${sop.id}.mdx`, text: `---\n${frontmatter}---\n\n${body}` };
  }

  private history(r: Random, status: SopRec['status'], zh: boolean, interval: number) {
    const end = this.endDay;
    if (status === 'draft' || status === 'in-review') {
      const k = status === 'draft' ? r.int(1, 3) : 1;
      let day = end - r.int(5, 120);
      const entries = [];
      for (let i = k; i >= 1; i--) {
        const v = status === 'draft' ? `0.${i}` : '1.0';
        entries.unshift({ version: v, date: fromDayNumber(day), change: i === 1 ? 'major' : 'minor', summary: i === 1 ? (zh ? '初稿。' : 'First draft.') : zh ? '根据评审意见修改。' : 'Revised after comments from reviewers.' });
        day -= r.int(7, 40);
      }
      return { version: entries[entries.length - 1]!.version, effective: undefined, lastReviewed: undefined, changeLog: entries };
    }
    const count = r.weighted([[1, 30], [2, 25], [3, 20], [4, 12], [5, 8], [6, 5]] as const);
    // Effective date: recent versions are more common; superseded and retired ones are older.
    const age = status === 'effective' ? Math.floor(Math.pow(r.next(), 1.6) * 2200) : r.int(400, 2400);
    const dates: number[] = [end - age];
    for (let i = 1; i < count; i++) dates.unshift(dates[0]! - r.int(60, 500));
    let major = 1;
    let minor = 0;
    const changeLog = dates.map((d, i) => {
      let change: 'major' | 'minor' = 'major';
      if (i > 0) {
        change = r.chance(0.35) ? 'major' : 'minor';
        if (change === 'major') {
          major++;
          minor = 0;
        } else minor++;
      }
      const [en, cn] = i === 0 ? ['First issue.', '首次发布。'] : r.pick(change === 'major' ? MAJOR_CHANGES : MINOR_CHANGES);
      return { version: `${major}.${minor}`, date: fromDayNumber(d), change, summary: zh ? cn : en };
    });
    const effectiveDay = dates[dates.length - 1]!;
    const intervalDays = Math.floor(interval * 30.4);
    let lastReviewed: string | undefined;
    if (status === 'effective') {
      if (r.chance(0.05)) {
        lastReviewed = r.chance(0.5) ? fromDayNumber(effectiveDay) : undefined; // overdue on purpose, now and then
      } else if (effectiveDay + intervalDays - 20 > end && r.chance(0.4)) {
        lastReviewed = undefined; // the effective date is the last review
      } else {
        lastReviewed = fromDayNumber(Math.max(effectiveDay, end - r.int(0, Math.max(0, intervalDays - 40))));
      }
    } else if (r.chance(0.5)) {
      lastReviewed = fromDayNumber(effectiveDay + r.int(0, 200) > end ? effectiveDay : effectiveDay + r.int(0, 200));
    }
    return { version: changeLog[changeLog.length - 1]!.version, effective: fromDayNumber(effectiveDay), lastReviewed, changeLog };
  }
}

/**
 * Daily inspections and mystery-shopper visits (SOP-QM-001, SOP-QM-003): the two checklists
 * (`data/checklists.yaml`), the monthly inspection counts per branch (`data/inspections/YYYY-MM.yaml`:
 * two rounds per opening day, a few missed, each item's failures a binomial count around a rate that
 * drifts per branch and item) and the visits per branch and quarter (`data/mystery-shop/YYYY-QN.yaml`:
 * three to six, each item passed or failed, the score from the failures). The branches whose
 * complaints deteriorate also fail more items from the same month on.
 *
 * Every repeated failure (an item failed three times in a unit and month, in inspections or in
 * visits) and every failed must-have item names an improvement action; the mystery-shop KPI's
 * values are the visits' mean, n and standard deviation, as the check recomputes them.
 */
import type { ActionIds, ActionRequest } from './actions.ts';
import { dayNumber, fromDayNumber, lastDayOfMonth } from './dates.ts';
import type { Row } from './measurements.ts';
import type { Random } from './random.ts';
import type { RecordFile } from './records.ts';
import type { UnitRec, World } from './world.ts';

/** The mystery-shop KPI the visits give (mean score per branch and quarter). */
export const MYSTERY_KPI = 'KPI-MYSTERY-SHOPPER';
const REPEAT_FAILURES = 3;
const MIN_VISITS = 3;

interface Item {
  id: string;
  en: string;
  zh: string;
  /** Areas whose SOP the item checks (first the handbook has). */
  areas: string[];
  /** Chance of failing at a typical branch. */
  fails: number;
  mustHave?: boolean;
  /** Points a failure costs a visit's score. */
  points?: number;
}

const INSPECTION_ITEMS: Item[] = [
  { id: 'uniform-badge', en: 'Staff in uniform with name badge', zh: '员工穿工装并佩戴工牌', areas: ['facilities', 'counter-service'], fails: 0.004 },
  { id: 'counter-tidy', en: 'Counter tidy with current leaflets', zh: '柜台整洁、宣传资料为最新版本', areas: ['counter-service', 'facilities'], fails: 0.005 },
  { id: 'queue-display', en: 'Queue display working', zh: '叫号屏正常工作', areas: ['facilities', 'counter-service'], fails: 0.003 },
  { id: 'complaint-countdown', en: 'Open complaint tickets within the first-response limit', zh: '未结投诉工单均在首次响应时限内', areas: ['complaint-handling', 'customer-service'], fails: 0.004 },
  { id: 'callback-queue', en: 'Callback queue under 15 minutes', zh: '回电队列等候不超过15分钟', areas: ['phone-service', 'customer-service'], fails: 0.003 },
  { id: 'exits-clear', en: 'Safety signs visible and exits clear', zh: '安全标识清晰、通道畅通', areas: ['facilities'], fails: 0.002 },
];

const VISIT_ITEMS: Item[] = [
  { id: 'greeting', en: 'Greeted within a few seconds', zh: '数秒内问候客户', areas: ['counter-service', 'customer-service'], fails: 0.08, points: 8 },
  { id: 'waiting-time', en: 'Served within five minutes of arriving', zh: '到店五分钟内得到接待', areas: ['counter-service', 'customer-service'], fails: 0.1, points: 10 },
  { id: 'appearance', en: 'Uniform and name badge worn', zh: '穿工装并佩戴工牌', areas: ['facilities', 'counter-service'], fails: 0.05, points: 6 },
  { id: 'needs-analysis', en: 'Let the customer finish and restated the need', zh: '让客户说完并复述需求', areas: ['customer-service'], fails: 0.12, points: 9 },
  { id: 'knowledge', en: 'Correct information on delivery and warranty', zh: '配送和保修信息正确', areas: ['delivery', 'after-sales'], fails: 0.08, points: 9 },
  { id: 'no-arguing', en: 'Did not argue with the customer', zh: '未与客户争辩', areas: ['customer-service'], fails: 0.01, mustHave: true, points: 15 },
  { id: 'correct-refund-info', en: 'Correct refund information', zh: '退款信息正确', areas: ['returns-refunds', 'customer-service'], fails: 0.012, mustHave: true, points: 15 },
  { id: 'complaint-logged', en: 'Offered to log the complaint', zh: '主动提出登记投诉', areas: ['complaint-handling', 'customer-service'], fails: 0.01, mustHave: true, points: 15 },
  { id: 'closing', en: 'Summarised the next step and thanked the customer', zh: '说明下一步并致谢', areas: ['customer-service'], fails: 0.09, points: 7 },
];

export interface InspectionOutput {
  files: RecordFile[];
  actions: ActionRequest[];
  /** The mystery-shop KPI's values per `unit|quarter`: the visits' mean, n and sd. */
  mystery: Map<string, Row>;
  inspections: number;
  visits: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A unique two-to-four-letter code per branch for visit ids (`MS-2026-Q3-SZ-1`), from its name where possible. */
function branchCodes(branches: readonly UnitRec[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  branches.forEach((b, i) => {
    const letters = b.id.replace(/^br-/, '').replace(/[^a-z]/g, '').toUpperCase();
    const tries = [letters.slice(0, 2), letters.slice(0, 3), letters.slice(0, 4), `${letters[0] ?? 'B'}${letters.at(-1) ?? 'R'}`];
    let code = tries.find((c) => c.length >= 2 && !used.has(c));
    for (let k = i; code === undefined; k += 677) {
      const c = `${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + (Math.floor(k / 26) % 26))}${String.fromCharCode(65 + (Math.floor(k / 676) % 26))}`;
      if (!used.has(c)) code = c;
    }
    used.add(code);
    out.set(b.id, code);
  });
  return out;
}

export function buildInspections(
  r: Random,
  world: World,
  months: readonly string[],
  quarters: readonly string[],
  deteriorating: ReadonlyMap<string, number>,
  ids: ActionIds,
): InspectionOutput {
  const end = dayNumber(world.endDate);
  const sopOf = (item: Item) => {
    const area = world.areas.find((a) => item.areas.includes(a.slug));
    const effective = world.sops.filter((s) => s.status === 'effective' && (area === undefined || s.area.slug === area.slug));
    return effective.length > 0 ? r.pick(effective).id : undefined;
  };
  const inspectionSops = INSPECTION_ITEMS.map((it) => (r.chance(0.8) ? sopOf(it) : undefined));
  const visitSops = VISIT_ITEMS.map((it) => (it.id === 'knowledge' ? undefined : sopOf(it)));
  const itemYaml = (it: Item, sop: string | undefined) =>
    `      - { id: ${it.id}, name: { en: ${it.en}, zh-CN: ${it.zh} }${it.mustHave ? ', mustHave: true' : ''}${sop ? `, sop: ${sop}` : ''} }\n`;
  const mysteryKpi = world.kpis.some((k) => k.id === MYSTERY_KPI) ? MYSTERY_KPI : undefined;
  const files: RecordFile[] = [
    {
      path: 'data/checklists.yaml',
      text:
        '# The checklists of the daily inspection and of the mystery-shopper visits (synthetic).\nchecklists:\n' +
        `  - id: daily-inspection\n    name: { en: Daily inspection (branch), zh-CN: 网点日常巡检 }\n    use: inspection\n    repeatFailures: ${REPEAT_FAILURES}\n    items:\n` +
        INSPECTION_ITEMS.map((it, i) => itemYaml(it, inspectionSops[i])).join('') +
        `  - id: mystery-shop\n    name: { en: Mystery-shopper checklist, zh-CN: 神秘顾客检查表 }\n    use: mystery-shop\n${mysteryKpi ? `    kpi: ${mysteryKpi}\n` : ''}    minVisitsPerQuarter: ${MIN_VISITS}\n    repeatFailures: ${REPEAT_FAILURES}\n    items:\n` +
        VISIT_ITEMS.map((it, i) => itemYaml(it, visitSops[i])).join(''),
    },
  ];
  const actions: ActionRequest[] = [];
  const request = (openDay: number, b: UnitRec, source: ActionRequest['source'], title: string, sop: string | undefined, goal: string, kpis: string[] = []) => {
    const day = Math.min(end, openDay);
    const id = ids.next(day);
    actions.push({ id, openDay: day, source, title, units: [b.id], sops: sop ? [sop] : [], kpis, goal });
    return id;
  };
  // A branch's habits: how much more or less often it fails each item than a typical branch.
  const habits = new Map(world.branches.map((b) => [b.id, { inspection: INSPECTION_ITEMS.map(() => Math.exp(0.6 * r.normal())), visit: VISIT_ITEMS.map(() => Math.exp(0.5 * r.normal())), skip: 0.01 + 0.03 * r.next() }]));
  const worseIn = (unit: string, monthIndex: number) => {
    const from = deteriorating.get(unit);
    return from === undefined || monthIndex < from ? 1 : 1.5 + 0.5 * (monthIndex - from);
  };

  // Daily inspections, one file per month; an action per unit and item is reused for three months.
  const openFor = new Map<string, { id: string; until: number }>();
  let inspections = 0;
  for (const [mi, month] of months.entries()) {
    const first = dayNumber(`${month}-01`);
    const days = dayNumber(lastDayOfMonth(month)) - first + 1;
    const rows = world.branches.map((b) => {
      const h = habits.get(b.id)!;
      const worse = worseIn(b.id, mi);
      const planned = 2 * (days - r.int(0, 4));
      const done = planned - r.binomial(planned, h.skip * worse);
      const items = INSPECTION_ITEMS.map((it, k) => {
        const checked = done - r.binomial(done, 0.004);
        const failed = r.binomial(checked, Math.min(0.5, it.fails * h.inspection[k]! * worse));
        let action = '';
        if (failed >= REPEAT_FAILURES) {
          const key = `${b.id}|${it.id}`;
          const open = openFor.get(key);
          const id = open && open.until >= first ? open.id : request(first + r.int(Math.min(days - 1, 18), days - 1), b, 'spc-signal', `Stop the repeated ${it.en.toLowerCase()} failures in ${b.en}`, inspectionSops[k], `No more than two ${it.en.toLowerCase()} failures a month in ${b.en} for three months`);
          if (!open || open.id !== id) openFor.set(key, { id, until: first + 90 });
          action = `, action: ${id}`;
        }
        return `      - { item: ${it.id}, checked: ${checked}, failed: ${failed}${action} }\n`;
      });
      inspections++;
      return `  - unit: ${b.id}\n    month: "${month}"\n    checklist: daily-inspection\n    planned: ${planned}\n    done: ${done}\n    items:\n${items.join('')}`;
    });
    files.push({ path: `data/inspections/${month}.yaml`, text: `# Daily inspections of ${month} per branch (synthetic): two rounds per opening day, counts only.\ninspections:\n${rows.join('')}` });
  }

  // Mystery-shopper visits, one file per quarter.
  const codes = branchCodes(world.branches);
  const mystery = new Map<string, Row>();
  let visits = 0;
  for (const quarter of quarters) {
    const year = quarter.slice(0, 4);
    const q = Number(quarter.slice(-1));
    const firstMonth = `${year}-${String(q * 3 - 2).padStart(2, '0')}`;
    const qFirst = dayNumber(`${firstMonth}-01`);
    const qLast = Math.min(end, dayNumber(lastDayOfMonth(`${year}-${String(q * 3).padStart(2, '0')}`)));
    const mi = months.indexOf(`${year}-${String(q * 3 - 1).padStart(2, '0')}`);
    const out: string[] = [];
    for (const b of world.branches) {
      const h = habits.get(b.id)!;
      const worse = worseIn(b.id, mi < 0 ? -1 : mi);
      const n = MIN_VISITS + r.weighted([[0, 60], [1, 25], [2, 10], [3, 5]] as const);
      const dates = Array.from({ length: n }, () => r.int(qFirst, qLast)).sort((a, b2) => a - b2);
      const planned = dates.map((date, v) => {
        const results = VISIT_ITEMS.map((it, k) => r.chance(Math.min(0.6, it.fails * h.visit[k]! * worse)));
        const lost = VISIT_ITEMS.reduce((s, it, k) => s + (results[k] ? it.points! : 0), 0);
        const score = Math.max(0, Math.min(100, Math.round(100 - lost - 6 * r.next())));
        return { id: `MS-${quarter}-${codes.get(b.id)}-${v + 1}`, date, results, score, channel: r.weighted([['counter', 70], ['phone', 20], ['online', 10]] as const), action: undefined as string | undefined };
      });
      // A failed must-have item opens an action within days; so does an item failed in three visits of one month.
      for (const v of planned) {
        const k = VISIT_ITEMS.findIndex((it, i) => it.mustHave && v.results[i]);
        if (k >= 0) v.action = request(v.date + r.int(1, 7), b, 'mystery-shopper', `Correct the failed ${VISIT_ITEMS[k]!.en.toLowerCase()} item in ${b.en}`, visitSops[k], `No must-have item failed in the next two quarters' visits to ${b.en}`, mysteryKpi ? [mysteryKpi] : []);
      }
      VISIT_ITEMS.forEach((it, k) => {
        const byMonth = new Map<string, typeof planned>();
        for (const v of planned) if (v.results[k]) byMonth.set(fromDayNumber(v.date).slice(0, 7), [...(byMonth.get(fromDayNumber(v.date).slice(0, 7)) ?? []), v]);
        for (const failing of byMonth.values()) {
          if (failing.length < REPEAT_FAILURES || failing.some((v) => v.action !== undefined)) continue;
          const last = failing.at(-1)!;
          last.action = request(last.date + r.int(1, 7), b, 'mystery-shopper', `Stop the repeated ${it.en.toLowerCase()} failures in ${b.en}`, visitSops[k], `The item passed in every visit to ${b.en} next quarter`, mysteryKpi ? [mysteryKpi] : []);
        }
      });
      for (const v of planned) {
        const items = VISIT_ITEMS.map((it, k) => `${it.id}: ${v.results[k] ? 'fail' : 'pass'}`).join(', ');
        out.push(`  - id: ${v.id}\n    unit: ${b.id}\n    date: ${fromDayNumber(v.date)}\n    channel: ${v.channel}\n    checklist: mystery-shop\n    score: ${v.score}\n    items: { ${items} }\n${v.action ? `    action: ${v.action}\n` : ''}`);
      }
      const mean = planned.reduce((s, v) => s + v.score, 0) / n;
      const sd = Math.sqrt(planned.reduce((s, v) => s + (v.score - mean) ** 2, 0) / (n - 1));
      mystery.set(`${b.id}|${quarter}`, { value: round1(mean), n, sd: round1(sd) });
      visits += n;
    }
    files.push({ path: `data/mystery-shop/${quarter}.yaml`, text: `# Mystery-shopper visits and calls of ${quarter} (synthetic): one entry per agency report, no staff names.\nvisits:\n${out.join('')}` });
  }
  return { files, actions, mystery, inspections, visits };
}

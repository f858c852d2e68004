/**
 * The complaint and feedback register (ISO 10002): the causes (`data/complaint-causes.yaml`, each
 * mapped to a process area and its procedures) and one entry per branch and month
 * (`data/complaints/YYYY-MM.yaml`), drawn as a CRM export would give them: complaints received as a
 * Poisson count around a rate per 1,000 orders that drifts per branch (a few branches deteriorate
 * over the last half year), split by channel, cause and severity (multinomial), the promises kept
 * of the three register standards (binomial around a compliance that drifts with the complaint
 * rate), reopened and repeat complaints, resolution median and 90th percentile, and each major
 * complaint by ticket id with the corrective action it opened the same day or the next.
 *
 * The register comes first: the complaint-rate KPI (KPI-CPT) takes its `k` (and orders as `n`) from
 * it, and the compliance KPIs that count the standards (KPI-FR-SLA, KPI-SOLUTION-SLA,
 * KPI-SUGGESTION-SLA) get no typed values: the check computes them from the register, as the sample
 * organisation's are.
 */
import type { ActionIds, ActionRequest } from './actions.ts';
import { dayNumber, fromDayNumber, lastDayOfMonth } from './dates.ts';
import type { Random } from './random.ts';
import type { RecordFile } from './records.ts';
import { REGISTER_PROMISES } from './standards.ts';
import type { World } from './world.ts';

/** The complaint-rate KPI whose `k` is the register's `received` (COMPLAINT_REGISTER_TIES.rateKpi). */
export const RATE_KPI = 'KPI-CPT';

const CHANNELS = ['phone', 'wechat', 'counter', 'email', 'web', 'hotline', 'social-media', 'other'] as const;
const CHANNEL_WEIGHTS = [30, 24, 9, 5, 10, 7, 8, 7];

/** The cause taxonomy: id, names, the process areas it arises in (first one the handbook has), its weight among complaints. */
const CAUSES: { id: string; en: string; zh: string; areas: string[]; weight: number }[] = [
  { id: 'slow-first-response', en: 'Slow first response', zh: '首次响应慢', areas: ['complaint-handling', 'customer-service', 'phone-service'], weight: 9 },
  { id: 'long-waiting', en: 'Long wait at the counter or on the line', zh: '柜台或电话等待时间长', areas: ['counter-service', 'phone-service', 'customer-service'], weight: 8 },
  { id: 'staff-attitude', en: 'Staff attitude or conduct', zh: '员工态度或言行', areas: ['customer-service'], weight: 5 },
  { id: 'late-delivery', en: 'Late or missed delivery', zh: '配送延误或未送达', areas: ['delivery'], weight: 15 },
  { id: 'damaged-goods', en: 'Goods damaged in delivery', zh: '配送中货物损坏', areas: ['delivery'], weight: 11 },
  { id: 'wrong-item', en: 'Wrong or missing item', zh: '错发或漏发', areas: ['delivery'], weight: 7 },
  { id: 'repair-not-fixed', en: 'Repair did not fix the fault', zh: '维修未解决故障', areas: ['after-sales', 'on-site-service'], weight: 9 },
  { id: 'missed-appointment', en: 'Technician late or missed the appointment', zh: '技术员迟到或失约', areas: ['on-site-service', 'after-sales'], weight: 5 },
  { id: 'refund-delay', en: 'Refund late or wrong', zh: '退款延迟或金额错误', areas: ['returns-refunds', 'customer-service'], weight: 8 },
  { id: 'billing-error', en: 'Billing or price error', zh: '账单或价格错误', areas: ['billing', 'customer-service'], weight: 7 },
  { id: 'other', en: 'Other', zh: '其他', areas: ['complaint-handling', 'customer-service'], weight: 6 },
];

export interface ComplaintOutput {
  files: RecordFile[];
  actions: ActionRequest[];
  /** KPI-CPT's counts per `unit|month`: complaints received (`k`) of orders completed (`n`). */
  rate: Map<string, { k: number; n: number }>;
  /** The branches that deteriorate, with the index of the month (of the window) it starts in. */
  deteriorating: Map<string, number>;
  entries: number;
  received: number;
  major: number;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));
const round1 = (x: number) => Math.round(x * 10) / 10;

export function buildComplaints(r: Random, world: World, months: readonly string[], ids: ActionIds): ComplaintOutput {
  const end = dayNumber(world.endDate);
  // Causes, each at the first of its areas the handbook has (else one by turn), with up to two effective SOPs of that area.
  const causes = CAUSES.map((c, i) => {
    const area = world.areas.find((a) => c.areas.includes(a.slug)) ?? world.areas[i % world.areas.length]!;
    const effective = world.sops.filter((s) => s.area.slug === area.slug && s.status === 'effective').map((s) => s.id);
    return { ...c, area: area.slug, sops: r.sample(effective, 2).sort() };
  });
  const causesYaml = causes
    .map((c) => `  - id: ${c.id}\n    name: { en: ${c.en}, zh-CN: ${c.zh} }\n    area: ${c.area}\n    sops: [${c.sops.join(', ')}]\n`)
    .join('');
  const files: RecordFile[] = [
    { path: 'data/complaint-causes.yaml', text: `# Complaint causes of the register (synthetic), each mapped to the process area and procedures that govern it.\ncauses:\n${causesYaml}` },
  ];

  const standard = new Map(
    REGISTER_PROMISES.map((p) => [p.category, world.standards.find((s) => s.category === p.category && s.limitMinutes === p.minutes && s.status === 'effective' && s.all)?.id] as const),
  );
  const rateKpi = world.kpis.some((k) => k.id === RATE_KPI) ? RATE_KPI : undefined;

  // Each branch: its orders, its complaint rate per 1,000 orders (log scale, random walk), its habits.
  const branches = world.branches.map((b) => {
    const deteriorates = r.chance(0.06);
    return {
      b,
      orders: 10_000 + 30_000 * r.next(),
      logRate: Math.log(2.2) + 0.28 * r.normal(),
      compliance: logit(0.955) + 0.45 * r.normal(),
      deteriorates,
      from: months.length - r.int(4, 8),
      channels: CHANNEL_WEIGHTS.map((w) => w * (0.6 + 0.8 * r.next())),
      causes: causes.map((c) => c.weight * (0.5 + r.next())),
      moderate: 0.22 + 0.12 * r.next(),
      hours: 14 + 9 * r.next(),
    };
  });

  const rate = new Map<string, { k: number; n: number }>();
  const actions: ActionRequest[] = [];
  const tickets = new Map<string, number>();
  let received = 0;
  let majors = 0;
  let entries = 0;
  for (const [mi, month] of months.entries()) {
    const first = dayNumber(`${month}-01`);
    const last = Math.min(end, dayNumber(lastDayOfMonth(month)));
    const season = 1 + 0.08 * Math.sin(((Number(month.slice(5, 7)) - 2) / 12) * 2 * Math.PI);
    const rows: string[] = [];
    for (const s of branches) {
      s.logRate += 0.035 * r.normal();
      s.compliance += 0.08 * r.normal();
      const worse = s.deteriorates && mi >= s.from ? (mi - s.from + 1) * 0.07 : 0;
      const orders = Math.round(s.orders * season * (0.92 + 0.16 * r.next()));
      const n = r.poisson((Math.exp(s.logRate + worse) * orders) / 1000);
      const channels = r.multinomial(n, s.channels);
      const byCause = r.multinomial(n, s.causes);
      const major = Math.min(n, r.poisson(n * 0.0015 * (1 + 6 * worse)));
      const moderate = r.binomial(n - major, s.moderate);
      const firstResponse = r.binomial(n, logistic(s.compliance - 2.5 * worse));
      const solution = r.binomial(n, logistic(s.compliance - 0.5 - 2 * worse));
      const suggestions = r.poisson(orders * 0.006);
      const replied = r.binomial(suggestions, logistic(s.compliance + 0.2));
      const hours = s.hours * (1 + 2 * worse) * (0.85 + 0.3 * r.next());
      const promises = [
        standard.get('first-response') && `      ${standard.get('first-response')}: { kept: ${firstResponse}, of: ${n} }\n`,
        standard.get('solution') && `      ${standard.get('solution')}: { kept: ${solution}, of: ${n} }\n`,
      ].filter(Boolean);
      const fb = standard.get('suggestion');
      const majorList: string[] = [];
      for (let i = 0; i < major; i++) {
        const logged = r.int(first, last);
        const year = month.slice(0, 4);
        const ticket = (tickets.get(year) ?? r.int(1000, 5000)) + r.int(40, 2500);
        tickets.set(year, ticket);
        const nonzero = causes.filter((_, k) => byCause[k]! > 0);
        const cause = r.pick(nonzero.length > 0 ? nonzero : causes);
        const open = Math.min(end, logged + r.int(0, 1));
        const id = ids.next(open);
        actions.push({
          id,
          openDay: open,
          source: 'complaint',
          title: `Contain the major complaint ${`CRM-${year}-${String(ticket).padStart(6, '0')}`} in ${s.b.en}`,
          units: [s.b.id],
          sops: cause.sops,
          kpis: rateKpi ? [rateKpi] : [],
          goal: `No further major complaint about ${cause.en.toLowerCase()} in ${s.b.en} for three months`,
        });
        majorList.push(`      - { ticket: CRM-${year}-${String(ticket).padStart(6, '0')}, logged: ${fromDayNumber(logged)}, cause: ${cause.id}, action: ${id} }\n`);
      }
      const counts = (names: readonly string[], values: readonly number[]) =>
        names.map((name, k) => [name, values[k]!] as const).filter(([, v]) => v > 0).map(([name, v]) => `${name}: ${v}`).join(', ');
      rows.push(
        `  - unit: ${s.b.id}\n    month: "${month}"\n    received: ${n}\n` +
          `    channels: { ${counts(CHANNELS, channels)} }\n` +
          `    causes: { ${counts(causes.map((c) => c.id), byCause)} }\n` +
          `    severity: { ${counts(['minor', 'moderate', 'major'], [n - major - moderate, moderate, major])} }\n` +
          (promises.length > 0 ? `    promises:\n${promises.join('')}` : '    promises: {}\n') +
          (fb ? `    feedback: { received: ${suggestions}, promises: { ${fb}: { kept: ${replied}, of: ${suggestions} } } }\n` : '') +
          `    reopened: ${r.binomial(n, 0.025 + worse * 0.1)}\n    repeat: ${r.binomial(n, 0.02 + worse * 0.1)}\n` +
          `    resolutionHours: { median: ${round1(hours)}, p90: ${round1(hours * (2.2 + 0.8 * r.next()))} }\n` +
          (majorList.length > 0 ? `    major:\n${majorList.join('')}` : ''),
      );
      rate.set(`${s.b.id}|${month}`, { k: n, n: orders });
      received += n;
      majors += major;
      entries++;
    }
    files.push({ path: `data/complaints/${month}.yaml`, text: `# Complaint and feedback register, ${month} (synthetic): one entry per branch, as the CRM exports it.\ncomplaints:\n${rows.join('')}` });
  }
  return { files, actions, rate, deteriorating: new Map(branches.filter((s) => s.deteriorates).map((s) => [s.b.id, s.from])), entries, received, major: majors };
}

import { describe, expect, it } from 'vitest';
import { unitRecords } from '../../../src/core/analysis/unit-records.ts';
import type { WarningEntry } from '../../../src/core/analysis/early-warnings.ts';
import { openFindingsAsOf } from '../../../src/core/scoring/open-findings.ts';
import { buildScorecard } from '../../../src/core/scoring/index.ts';
import { validFiles } from '../../helpers/fixture.ts';
import { loadFiles } from '../../helpers/handbook.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

/**
 * The valid fixture (units acme > region-east > br-north, br-south, br-kiosk) with a small set of
 * quality records whose sums are worked out by hand below.
 */
function handbook() {
  const files = validFiles();
  files.set(
    'data/checklists.yaml',
    `checklists:
  - id: daily-inspection
    name: { en: Daily inspection, zh-CN: 日常巡检 }
    use: inspection
    items:
      - { id: badge, name: { en: Name badge worn, zh-CN: 佩戴工牌 } }
      - { id: tidy, name: { en: Counter tidy, zh-CN: 柜台整洁 } }
      - { id: queue, name: { en: Queue display working, zh-CN: 叫号屏正常 } }
  - id: mystery-shop
    name: { en: Mystery shop, zh-CN: 神秘顾客 }
    use: mystery-shop
    minVisitsPerQuarter: 3
    items:
      - { id: greeting, name: { en: Greeted, zh-CN: 问候 } }
      - { id: waiting, name: { en: Served in five minutes, zh-CN: 五分钟内接待 } }
`,
  );
  const month = (m: string, rows: string) => files.set(`data/inspections/${m}.yaml`, `inspections:\n${rows}`);
  const row = (unit: string, m: string, planned: number, done: number, badge: [number, number], tidy: [number, number], queue: [number, number]) =>
    `  - unit: ${unit}
    month: "${m}"
    checklist: daily-inspection
    planned: ${planned}
    done: ${done}
    items:
      - { item: badge, checked: ${badge[0]}, failed: ${badge[1]} }
      - { item: tidy, checked: ${tidy[0]}, failed: ${tidy[1]} }
      - { item: queue, checked: ${queue[0]}, failed: ${queue[1]} }
`;
  // July is outside the last three months: its 9 failures of `queue` are not counted.
  month('2026-07', row('br-south', '2026-07', 60, 60, [60, 0], [60, 0], [60, 9]));
  month('2026-08', row('br-south', '2026-08', 62, 58, [58, 1], [58, 0], [58, 2]) + row('br-north', '2026-08', 60, 60, [60, 0], [60, 0], [60, 0]));
  month('2026-09', row('br-south', '2026-09', 60, 51, [51, 2], [51, 1], [51, 0]));
  month('2026-10', row('br-south', '2026-10', 62, 55, [55, 1], [55, 1], [55, 2]) + row('br-north', '2026-10', 62, 61, [61, 0], [61, 0], [61, 0]));
  files.set(
    'data/mystery-shop/2026-Q3.yaml',
    `visits:
  - { id: MS-2026-Q3-SO-1, unit: br-south, date: 2026-07-14, channel: counter, checklist: mystery-shop, score: 80, items: { greeting: fail, waiting: fail } }
  - { id: MS-2026-Q3-SO-2, unit: br-south, date: 2026-09-02, channel: counter, checklist: mystery-shop, score: 91, items: { greeting: pass, waiting: fail } }
  - { id: MS-2026-Q3-NO-1, unit: br-north, date: 2026-08-11, channel: counter, checklist: mystery-shop, score: 95, items: { greeting: pass, waiting: pass } }
`,
  );
  files.set(
    'data/mystery-shop/2026-Q2.yaml',
    `visits:
  - { id: MS-2026-Q2-SO-1, unit: br-south, date: 2026-04-10, channel: counter, checklist: mystery-shop, score: 88, items: { greeting: pass, waiting: pass } }
  - { id: MS-2026-Q2-SO-2, unit: br-south, date: 2026-05-10, channel: phone, checklist: mystery-shop, score: 92, items: { greeting: pass, waiting: pass } }
  - { id: MS-2026-Q2-SO-3, unit: br-south, date: 2026-06-10, channel: counter, checklist: mystery-shop, score: 84, items: { greeting: pass, waiting: fail } }
`,
  );
  files.set(
    'data/audits/AU-2026-001.yaml',
    `id: AU-2026-001
title: { en: East region, zh-CN: 华东区 }
type: internal
status: done
planned: 2026-10-19
done: 2026-10-20
scope: { areas: [customer-service], sops: [SOP-CS-001], units: [region-east] }
lead: ann-lee
auditors: []
clauses: ["8.5.1"]
result: { en: Findings at the south branch., zh-CN: 南区分店有发现。 }
`,
  );
  const finding = (id: string, grade: string, unit: string, extra: string) =>
    files.set(
      `data/findings/${id}.yaml`,
      `id: ${id}
audit: AU-2026-001
grade: ${grade}
clause: "8.5.1"
unit: ${unit}
sop: SOP-CS-001
statement: { en: "Finding ${id}", zh-CN: "发现 ${id}" }
evidence: "report R-1"
${extra}`,
    );
  finding('AF-2026-001', 'minor', 'br-south', 'action: IA-2026-002\nstatus: open\n');
  finding('AF-2026-002', 'major', 'br-south', 'action: IA-2026-001\nstatus: open\n');
  finding('AF-2026-003', 'observation', 'br-south', 'status: closed\nclosed: 2026-11-01\n');
  finding('AF-2026-004', 'observation', 'br-north', 'status: open\n');
  files.set(
    'data/actions/IA-2026-002.yaml',
    `id: IA-2026-002
title: Tidy the south counter
stage: do
source: audit-finding
links: { kpis: [], units: [br-south], sops: [SOP-CS-001], standards: [] }
owner: bo-chen
opened: 2026-10-21
due: 2026-10-25
goal: The counter is tidy on every inspection.
measures: [Check the counter at opening.]
evaluation: { method: Inspection results of November. }
`,
  );
  const risk = (id: string, units: string, status: string, likelihood: number, severity: number) =>
    files.set(
      `data/risks/${id}.yaml`,
      `id: ${id}
title: { en: Risk ${id}, zh-CN: 风险 ${id} }
process: { sop: SOP-CS-001, step: S2 }
units: ${units}
cause: { en: A cause, zh-CN: 原因 }
consequence: { en: A consequence, zh-CN: 后果 }
before: { likelihood: ${likelihood}, severity: ${severity} }
after: { likelihood: ${likelihood}, severity: ${severity} }
controls: [{ kpi: KPI-CSAT }]
contingency: { en: A plan, zh-CN: 预案 }
owner: ann-lee
identified: 2026-01-10
lastReviewed: 2026-10-10
reviewIntervalMonths: 12
${status === 'retired' ? 'status: retired\n' : ''}${likelihood * severity >= 10 ? 'treatment: IA-2026-001\n' : ''}`,
    );
  risk('RISK-001', '[region-east]', 'active', 2, 2); // low, in every branch of the region
  risk('RISK-002', '[br-north]', 'active', 3, 4); // high, the north branch only
  risk('RISK-003', 'all', 'retired', 3, 3);
  const result = loadFiles(files);
  // The records are read as the check reads them: none of them was rejected.
  expect(result.diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('schema/'))).toEqual([]);
  return result.handbook;
}

const h = handbook();
/** A current warning of KPI-CSAT at br-south that raises RISK-001 (the alerts are computed elsewhere: risk-alerts.test.ts). */
const warning = { kpi: { id: 'KPI-CSAT' }, unit: { id: 'br-south' } } as unknown as WarningEntry;
const records = unitRecords(h, new Map([['RISK-001', [warning]]]));

describe('what the quality records say about a unit', () => {
  const south = records('br-south');

  it('lists the open findings of the unit, major first, with their actions', () => {
    expect(south.findings.map((f) => [f.finding.id, f.finding.grade, f.action?.id, f.found])).toEqual([
      ['AF-2026-002', 'major', 'IA-2026-001', '2026-10-20'],
      ['AF-2026-001', 'minor', 'IA-2026-002', '2026-10-20'],
    ]);
    // IA-2026-002 was due on 25 Oct; today is 22 Nov.
    expect(south.findings[1]!.action!.overdue).toBe(true);
    expect(south.findings[0]!.action!.overdue).toBe(false);
    expect(records('br-north').findings.map((f) => f.finding.id)).toEqual(['AF-2026-004']);
    expect(records('br-kiosk').findings).toEqual([]);
  });

  it('lists the active risks arising in the unit, raised first where a warning in it raises them', () => {
    expect(south.risks.map((r) => [r.risk.id, r.risk.levelAfter, r.raisedBy.length])).toEqual([['RISK-001', 'low', 1]]);
    // RISK-002 arises only in the north branch, where no warning raises RISK-001.
    expect(records('br-north').risks.map((r) => [r.risk.id, r.risk.levelAfter, r.raisedBy.length])).toEqual([
      ['RISK-002', 'high', 0],
      ['RISK-001', 'low', 0],
    ]);
    // The region: raised by the warning of a branch below it; the retired risk nowhere.
    expect(records('region-east').risks.map((r) => [r.risk.id, r.raisedBy.length])).toEqual([['RISK-001', 1]]);
    expect(records('acme').risks).toEqual([]);
  });

  it('sums the daily inspections of the last three months: done of planned, and the items failed most', () => {
    const i = south.inspections!;
    expect(i.months.map((m) => [m.month, m.planned, m.done])).toEqual([
      ['2026-08', 62, 58],
      ['2026-09', 60, 51],
      ['2026-10', 62, 55],
    ]);
    // 58 + 51 + 55 = 164 of 62 + 60 + 62 = 184
    expect(i.planned).toBe(184);
    expect(i.done).toBe(164);
    expect(i.rate).toBeCloseTo(164 / 184, 12);
    // 51 / 60 = 85 % and 55 / 62 = 88.7 % are below 90 %; 58 / 62 = 93.5 % is not.
    expect(i.months.map((m) => m.low)).toEqual([false, true, true]);
    // badge 1 + 2 + 1 = 4 of 164; queue 2 + 0 + 2 = 4 of 164; tidy 0 + 1 + 1 = 2 (July's queue failures left out)
    expect(i.failing).toEqual([
      { checklist: 'daily-inspection', item: 'badge', failed: 4, checked: 164 },
      { checklist: 'daily-inspection', item: 'queue', failed: 4, checked: 164 },
      { checklist: 'daily-inspection', item: 'tidy', failed: 2, checked: 164 },
    ]);
  });

  it('says which of the last three months have no record, and has no inspections for a unit without any', () => {
    const north = records('br-north').inspections!;
    expect(north.months.map((m) => [m.month, m.planned, m.rate])).toEqual([
      ['2026-08', 60, 1],
      ['2026-09', undefined, null],
      ['2026-10', 62, 61 / 62],
    ]);
    expect(north.failing).toEqual([]);
    expect(records('br-kiosk').inspections).toBeUndefined();
  });

  it('gives the mystery-shop visits by quarter: mean score, visits below the minimum, items failed', () => {
    expect(south.visits).toEqual([
      // (88 + 92 + 84) / 3 = 88
      { checklist: 'mystery-shop', kpi: undefined, quarter: '2026-Q2', visits: 3, mean: 88, minVisits: 3, belowMinimum: false, failed: [{ item: 'waiting', visits: 1 }] },
      // (80 + 91) / 2 = 85.5, two visits of the three asked
      {
        checklist: 'mystery-shop',
        kpi: undefined,
        quarter: '2026-Q3',
        visits: 2,
        mean: 85.5,
        minVisits: 3,
        belowMinimum: true,
        failed: [
          { item: 'waiting', visits: 2 },
          { item: 'greeting', visits: 1 },
        ],
      },
    ]);
    expect(records('br-kiosk').visits).toEqual([]);
  });
});

describe('open audit findings on a scorecard, as of its review', () => {
  it('counts a finding from the day its audit was done until it is closed', () => {
    expect(openFindingsAsOf(h, '2026-10-19')).toEqual([]);
    expect(openFindingsAsOf(h, '2026-10-31').map((f) => [f.unit, f.id, f.grade])).toEqual([
      ['br-north', 'AF-2026-004', 'observation'],
      ['br-south', 'AF-2026-002', 'major'],
      ['br-south', 'AF-2026-001', 'minor'],
      ['br-south', 'AF-2026-003', 'observation'], // closed on 1 Nov
    ]);
    expect(openFindingsAsOf(h, '2026-11-30').map((f) => f.id)).toEqual(['AF-2026-004', 'AF-2026-002', 'AF-2026-001']);
  });

  it('flags the action overdue when it was open and past its due date on that day', () => {
    const at = (day: string) => Object.fromEntries(openFindingsAsOf(h, day).map((f) => [f.id, [f.action, f.actionOverdue]]));
    expect(at('2026-10-24')['AF-2026-001']).toEqual(['IA-2026-002', false]); // due on the 25th
    expect(at('2026-10-31')['AF-2026-001']).toEqual(['IA-2026-002', true]);
    expect(at('2026-10-31')['AF-2026-002']).toEqual(['IA-2026-001', false]); // due 31 Dec
    expect(at('2026-10-31')['AF-2026-004']).toEqual([undefined, false]);
  });
});

describe('the unit records of the sample organisation', () => {
  const sample = sampleHandbook();

  it('puts the open findings on the scorecard as a separate input that changes no KPI status, composite or problem', () => {
    const sc = buildScorecard(sample, '2026-10');
    expect(sc.findings.filter((f) => f.unit === 'br-shenzhen').map((f) => [f.id, f.grade, f.action])).toContainEqual(['AF-2026-009', 'major', 'IA-2026-003']);
    const without = buildScorecard({ ...sample, findings: new Map() }, '2026-10');
    expect(without.findings).toEqual([]);
    expect(without.rows.map((r) => [r.kpi, r.unit, r.status])).toEqual(sc.rows.map((r) => [r.kpi, r.unit, r.status]));
    expect(without.composites).toEqual(sc.composites);
    expect(without.problems).toEqual(sc.problems);
  });
  const of = unitRecords(sample, new Map());

  it('shows Shenzhen its open major finding on late first responses, with IA-2026-003', () => {
    const f = of('br-shenzhen').findings.find((x) => x.finding.id === 'AF-2026-009')!;
    expect(f.finding.grade).toBe('major');
    expect(f.action?.id).toBe('IA-2026-003');
  });

  it('gives the mystery-shop mean of each quarter as the KPI-MSS value', () => {
    let compared = 0;
    for (const v of of('br-shenzhen').visits) {
      const m = [...sample.measurements.values()].flat().find((x) => x.kpi === 'KPI-MSS' && x.unit === 'br-shenzhen' && x.period === v.quarter);
      // The measurement files write the mean to one decimal (the check recomputes it from the visits).
      if (m?.value === undefined || m.value === null) continue;
      expect(Math.abs(v.mean - m.value), v.quarter).toBeLessThanOrEqual(0.05 + 1e-9);
      compared++;
    }
    expect(compared).toBe(of('br-shenzhen').visits.length); // every quarter with visits has its KPI-MSS value
  });
});

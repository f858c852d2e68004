/**
 * A small handbook built in memory for the site helper tests: an organisation with a region and
 * branches, a few SOPs with different scopes, and KPI values over several periods. Independent
 * of the shared fixtures so that the helpers' expectations are visible in one place.
 */
import { buildHandbook } from '../../src/core/load.ts';
import type { Handbook } from '../../src/core/model/handbook.ts';

const files: Record<string, string> = {
  'data/units.yaml': `units:
  - { id: org, name: { en: Org, zh-CN: 机构 }, type: organisation }
  - { id: region-east, name: East region, type: region, parent: org }
  - { id: br-b, name: B branch, type: branch, parent: region-east }
  - { id: br-a, name: A branch, type: branch, parent: region-east }
  - { id: dept-hq, name: HQ department, type: department, parent: org }
`,
  'data/roles.yaml': `roles:
  - { id: agent, name: { en: Agent, zh-CN: 客服 } }
`,
  'data/people.yaml': `people:
  - { id: ann, name: Ann, role: agent, unit: br-a }
  - { id: bob, name: Bob, role: agent, unit: br-b }
`,
  'data/process-areas.yaml': `areas:
  - { id: service, name: Service, code: CS }
  - { id: delivery, name: Delivery, code: DL }
  - { id: empty, name: Nothing yet, code: EM }
`,
  'data/kpis/KPI-CSAT.yaml': `id: KPI-CSAT
name: CSAT
definition: Share of satisfied customers.
method: csat-top-two-box
unitOfMeasure: percent
scale: { min: 0, max: 100 }
direction: higher
target: 85
warning: 80
frequency: monthly
layer: satisfaction
weight: 1
owner: ann
dataSource: Survey
units: [region-east]
`,
  'data/kpis/KPI-Q.yaml': `id: KPI-Q
name: Quarterly score
definition: A quarterly audit score.
method: score
unitOfMeasure: score
scale: { min: 0, max: 100 }
direction: higher
target: 90
warning: 80
frequency: quarterly
layer: accuracy
weight: 1
owner: ann
dataSource: Audit
units: all
`,
  'data/measurements/values.yaml': `measurements:
  - { kpi: KPI-CSAT, unit: br-b, period: 2026-09, value: 81, n: 100 }
  - { kpi: KPI-CSAT, unit: br-b, period: 2026-10, value: 82, n: 100 }
  - { kpi: KPI-CSAT, unit: br-a, period: 2026-09, value: 90, n: 100 }
  - { kpi: KPI-CSAT, unit: br-a, period: 2026-08, value: 91, n: 100 }
  - { kpi: KPI-Q, unit: br-a, period: 2025-Q4, value: 70 }
  - { kpi: KPI-Q, unit: br-a, period: 2026-Q1, value: 75 }
  - { kpi: KPI-Q, unit: br-b, period: 2026-Q1, value: null, note: Audit postponed }
`,
};

function sop(id: string, area: string, scope: string, status = 'effective'): string {
  const inForce = status !== 'draft' && status !== 'in-review';
  return `---
id: ${id}
title: Procedure ${id}
summary: A procedure.
lang: en
area: ${area}
owner: ann
approvers: [bob]
version: "1.0"
status: ${status}
${inForce ? 'effective: 2026-01-01\n' : ''}reviewIntervalMonths: 12
scope: ${scope}
training: { level: none }
steps:
  - { id: S1, actor: agent, action: Do it. }
changeLog:
  - { version: "1.0", date: 2026-01-01, change: major, summary: First version. }
---

Body.
`;
}

files['content/sops/service/SOP-CS-002.mdx'] = sop('SOP-CS-002', 'service', '[br-a]');
files['content/sops/service/SOP-CS-001.mdx'] = sop('SOP-CS-001', 'service', 'all');
files['content/sops/service/SOP-CS-003.mdx'] = sop('SOP-CS-003', 'service', '[region-east, br-a]', 'draft');
files['content/sops/delivery/SOP-DL-001.mdx'] = sop('SOP-DL-001', 'delivery', '[dept-hq]');

/** The mini handbook, evaluated on 2026-11-22; throws if it does not validate. */
export function miniHandbook(): Handbook {
  const list = Object.entries(files)
    .map(([path, text]) => ({ path, text }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const { handbook, diagnostics } = buildHandbook('/mini', list, { today: '2026-11-22' });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`mini handbook is invalid:\n${errors.map((e) => `${e.file}:${e.line} ${e.code} ${e.message}`).join('\n')}`);
  return handbook;
}

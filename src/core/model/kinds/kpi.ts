/** KPI definitions (`data/kpis/KPI-XXX.yaml`), one file per KPI. */
import { KPI_ID } from '../../schema/common.ts';
import { Kpi } from '../../schema/kpi.ts';
import type { KindDefinition } from './kind.ts';
import { controlTemplate, yamlString } from './scaffold-text.ts';

/** A mnemonic KPI id from a title: "Average handling time" → KPI-AHT (with -2, -3… if taken). */
export function kpiIdFromTitle(title: string, taken: ReadonlySet<string>): string {
  const initials =
    title
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase())
      .join('')
      .slice(0, 6) || 'NEW';
  let id = `KPI-${initials}`;
  for (let i = 2; taken.has(id); i++) id = `KPI-${initials}-${i}`;
  return id;
}

export const kpiKind = {
  name: 'kpi',
  noun: 'KPI',
  labels: { en: { one: 'KPI', many: 'KPIs' }, 'zh-CN': { one: '关键指标', many: '关键指标' } },
  source: { shape: 'item-file', globs: ['data/kpis/**/*.{yaml,yml}'] },
  schema: Kpi,
  jsonSchema: { name: 'kpi', title: 'KPI definition' },
  idPattern: KPI_ID,
  nameField: 'name',
  collection: 'kpis',
  rejected: 'kpis',
  references: { standard: 'standard', owner: 'person', approvers: 'person', units: 'unit', notApplicable: 'unit' },
  // `unit` named the unit of measure, which is not a unit of the organisation (a branch, a region).
  renamedFields: { unit: 'unitOfMeasure' },
  comparison: { by: 'fields', fields: Object.keys(Kpi.shape).filter((k) => k !== 'id') },
  pages: { folder: 'kpis', items: true },
  search: { type: 'KPI', filters: [{ key: 'unit', field: 'units' }], otherTerms: ['name'] },
  scaffold: {
    approvers: true,
    create({ handbook, title, owner, approvers, date }) {
      const id = kpiIdFromTitle(title, new Set(handbook.kpis.keys()));
      return {
        id,
        file: `data/kpis/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../schemas/kpi.schema.json
id: ${id}
name: ${yamlString(title)}
definition: "TODO: what is measured and how a case is counted"
method: percentage # see the method list in CONTRIBUTING.md
unitOfMeasure: percent
scale: { min: 0, max: 100 }
direction: higher
target: 90
warning: 85
floor: 75 # scores 0 in the composite: the level that is plainly unacceptable
frequency: monthly
layer: efficiency
weight: 1
owner: ${owner}
dataSource: "TODO: the system or survey the numbers come from"
minSampleSize: 100 # at least 10 cases expected to miss at the target (100 × 10 %)
units: all
${controlTemplate(approvers, date, 'First version of the definition and target.')}# sample: none            # only when the values have no sample you could count (a published index)
# For method sla-compliance: limit: 30 min, and standard: STD-… when it counts that time-limit standard.
#
# Its values go into data/measurements/ as the counts they come from; the value is derived:
#   percentage, fcr, sla-compliance, per-thousand:  - { kpi: ${id}, unit: …, period: 2026-10, k: 412, n: 480 }
#   nps:                 - { kpi: ${id}, unit: …, period: 2026-10, promoters: 210, passives: 120, detractors: 60 }
#   csat-*, ces-*:       - { kpi: ${id}, unit: …, period: 2026-10, responses: [4, 9, 31, 160, 276] }  # per scale point, lowest first
#   csat-mean, ces-mean, score (or):  value: 4.3, sd: 0.8, n: 480
#   mean-duration:       - { kpi: ${id}, unit: …, period: 2026-10, value: 18.4, median: 12, p90: 41, n: 3100 }
`,
      };
    },
  },
} as const satisfies KindDefinition;

/** The risk register (`data/risks/RISK-NNN.yaml`, ISO 9001 6.1), one file per risk. */
import { RISK_ID } from '../../schema/common.ts';
import { Risk } from '../../schema/risk.ts';
import type { KindDefinition } from './kind.ts';
import { nextNumber, yamlString } from './scaffold-text.ts';

export const riskKind = {
  name: 'risk',
  noun: 'risk',
  labels: { en: { one: 'risk', many: 'risks' }, 'zh-CN': { one: '风险', many: '风险' } },
  source: { shape: 'item-file', globs: ['data/risks/**/*.{yaml,yml}'] },
  schema: Risk,
  jsonSchema: { name: 'risk', title: 'Risk' },
  idPattern: RISK_ID,
  nameField: 'title',
  collection: 'risks',
  rejected: 'risks',
  dateFields: () => [['identified'], ['lastReviewed'], ['acceptance', 'date'], ['acceptance', 'until']],
  // Levels, the next review and the KPIs that signal are derived once the handbook is loaded.
  entity: (r) => ({ ...r, levelBefore: 'low', levelAfter: 'low', nextReview: '', reviewOverdue: false }),
  references: {
    'process.sop': 'sop',
    units: 'unit',
    'controls.sop': 'sop',
    'controls.standard': 'standard',
    'controls.kpi': 'kpi',
    treatment: 'action',
    owner: 'person',
    'acceptance.by': 'person',
  },
  comparison: { by: 'fields', fields: Object.keys(Risk.shape).filter((k) => k !== 'id') },
  pages: { folder: 'risks', items: true },
  search: { type: 'Risk', status: 'status', filters: [{ key: 'unit', field: 'units' }], otherTerms: ['title', 'cause', 'consequence'] },
  scaffold: {
    approvers: false,
    create({ handbook, title, owner, date }) {
      const id = `RISK-${nextNumber(handbook.risks.keys(), 'RISK-')}`;
      return {
        id,
        file: `data/risks/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../schemas/risk.schema.json
id: ${id}
title: ${yamlString(title)}
process: { sop: SOP-CS-001, step: S1 } # TODO: the SOP and step where it arises
units: all
cause: "TODO: why it happens"
consequence: "TODO: what the customer and the organisation suffer when it does"
before: { likelihood: 3, severity: 3 } # 1–5 each, before controls
after: { likelihood: 2, severity: 3 } # with the controls in place
controls:
  - { sop: SOP-CS-001, step: S2 }
  - { kpi: KPI-FR-SLA }
contingency: "TODO: what is done when it happens anyway"
# A high residual risk (score 10 or more) needs a treatment action or a dated acceptance:
# treatment: IA-2026-001
# acceptance: { by: zhou-ming, date: ${date}, until: ${date}, reason: "TODO" }
owner: ${owner}
identified: ${date}
lastReviewed: ${date}
reviewIntervalMonths: 12
`,
      };
    },
  },
} as const satisfies KindDefinition;

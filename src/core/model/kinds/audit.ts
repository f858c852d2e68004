/** Audits of the audit programme (`data/audits/AU-YYYY-NNN.yaml`), one file per audit. */
import { Audit, AUDIT_ID } from '../../schema/audit.ts';
import type { KindDefinition } from './kind.ts';
import { nextNumber, yamlString } from './scaffold-text.ts';

export const auditKind = {
  name: 'audit',
  noun: 'audit',
  labels: { en: { one: 'audit', many: 'audits' }, 'zh-CN': { one: '审核', many: '审核' } },
  source: { shape: 'item-file', globs: ['data/audits/**/*.{yaml,yml}'] },
  schema: Audit,
  jsonSchema: { name: 'audit', title: 'Audit' },
  idPattern: AUDIT_ID,
  nameField: 'title',
  collection: 'audits',
  rejected: 'audits',
  dateFields: () => [['planned'], ['done']],
  references: {
    'scope.areas': 'process-area',
    'scope.sops': 'sop',
    'scope.units': 'unit',
    lead: 'person',
    auditors: 'person',
  },
  comparison: { by: 'fields', fields: Object.keys(Audit.shape).filter((k) => k !== 'id') },
  pages: { folder: 'audits', items: true },
  search: { type: 'Audit', status: 'status', filters: [], otherTerms: ['title', 'result'] },
  scaffold: {
    approvers: false,
    create({ handbook, title, owner, date }) {
      const year = date.slice(0, 4);
      const id = `AU-${year}-${nextNumber(handbook.audits.keys(), `AU-${year}-`)}`;
      return {
        id,
        file: `data/audits/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../schemas/audit.schema.json
id: ${id}
title: ${yamlString(title)}
type: internal # internal | external | supplier | mystery-shop | inspection-review
status: planned # planned | done | cancelled
planned: ${date}
scope:
  areas: [] # process areas audited
  sops: [] # SOPs audited (empty: every SOP of the areas)
  units: [TODO] # units audited
lead: ${owner} # never the owner or an approver of what is audited, nor a member of a unit audited
auditors: []
clauses: [] # ISO 9001 clauses, quoted: ["8.5.1", "9.1.2"]
`,
      };
    },
  },
} as const satisfies KindDefinition;

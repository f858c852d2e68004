/** Audit findings (`data/findings/AF-YYYY-NNN.yaml`), one file per finding, each naming its audit. */
import { Finding, FINDING_ID } from '../../schema/finding.ts';
import type { KindDefinition } from './kind.ts';
import { nextNumber, yamlString } from './scaffold-text.ts';

export const findingKind = {
  name: 'finding',
  noun: 'audit finding',
  labels: { en: { one: 'audit finding', many: 'audit findings' }, 'zh-CN': { one: '审核发现', many: '审核发现' } },
  source: { shape: 'item-file', globs: ['data/findings/**/*.{yaml,yml}'] },
  schema: Finding,
  jsonSchema: { name: 'finding', title: 'Audit finding' },
  idPattern: FINDING_ID,
  nameField: 'statement',
  collection: 'findings',
  rejected: 'findings',
  dateFields: () => [['closed']],
  references: {
    audit: 'audit',
    unit: 'unit',
    sop: 'sop',
    action: 'action',
    repeatOf: 'finding',
  },
  comparison: { by: 'fields', fields: Object.keys(Finding.shape).filter((k) => k !== 'id') },
  pages: { folder: 'findings', items: true },
  search: { type: 'Audit finding', status: 'status', filters: [{ key: 'unit', field: 'unit' }], otherTerms: ['statement', 'unit', 'sop'] },
  scaffold: {
    approvers: false,
    create({ handbook, title, date }) {
      const year = date.slice(0, 4);
      const id = `AF-${year}-${nextNumber(handbook.findings.keys(), `AF-${year}-`)}`;
      return {
        id,
        file: `data/findings/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../schemas/finding.schema.json
id: ${id}
audit: TODO # the audit that found it, e.g. AU-${year}-001
grade: minor # major | minor | observation
clause: "TODO" # ISO 9001 clause, e.g. "8.5.1"
unit: TODO # where it was found
sop: TODO # the SOP concerned (step: S2)
statement: ${yamlString(title)}
evidence: "TODO: record references (ticket ids, report numbers), no customer data"
# action: IA-${year}-NNN # required for a major or minor finding
status: open
`,
      };
    },
  },
} as const satisfies KindDefinition;

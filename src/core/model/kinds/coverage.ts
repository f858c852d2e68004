/** Certification coverage (`data/training/coverage/YYYY-QN.yaml`), one file per quarter. */
import { COVERAGE_ID, TrainingCoverage } from '../../schema/coverage.ts';
import type { KindDefinition } from './kind.ts';

export const trainingCoverageKind = {
  name: 'coverage',
  noun: 'certification coverage record',
  labels: { en: { one: 'certification coverage record', many: 'certification coverage records' }, 'zh-CN': { one: '认证覆盖率记录', many: '认证覆盖率记录' } },
  source: { shape: 'item-file', globs: ['data/training/coverage/**/*.{yaml,yml}'] },
  schema: TrainingCoverage,
  jsonSchema: { name: 'coverage', title: 'Certification coverage' },
  idPattern: COVERAGE_ID,
  collection: 'trainingCoverage',
  dateFields: () => [['asOf']],
  references: { 'rows.unit': 'unit', 'rows.role': 'role' },
  register: { page: 'training', filters: [{ key: 'unit', field: 'rows.unit' }] },
  comparison: { by: 'fields', fields: ['asOf', 'rows'] },
  scaffold: {
    approvers: false,
    create({ handbook, date }) {
      const id = `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
      const branches = [...handbook.units.values()].filter((u) => u.type === 'branch').map((u) => u.id);
      const rows = (branches.length > 0 ? branches : ['br-example']).map((u) => `  - { unit: ${u}, role: service-agent, staff: 0, certified: 0, expiring: 0 }`).join('\n');
      return {
        id,
        file: `data/training/coverage/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../../schemas/coverage.schema.json
# Certification coverage at the end of ${id}: counts from the learning system, no names.
# Write each branch's staff in the role, those certified and those expiring within 90 days.
id: ${id}
asOf: ${date}
rows:
${rows}
`,
      };
    },
  },
} as const satisfies KindDefinition;

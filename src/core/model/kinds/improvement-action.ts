/** Improvement actions (`data/actions/IA-YYYY-NNN.yaml`), one file per action. */
import { ACTION_ID } from '../../schema/common.ts';
import { ImprovementAction } from '../../schema/improvement-action.ts';
import type { KindDefinition } from './kind.ts';
import { nextNumber, yamlString } from './scaffold-text.ts';

export const improvementActionKind = {
  name: 'action',
  noun: 'improvement action',
  labels: { en: { one: 'improvement action', many: 'improvement actions' }, 'zh-CN': { one: '改进措施', many: '改进措施' } },
  source: { shape: 'item-file', globs: ['data/actions/**/*.{yaml,yml}'] },
  schema: ImprovementAction,
  jsonSchema: { name: 'action', title: 'Improvement action' },
  idPattern: ACTION_ID,
  nameField: 'title',
  collection: 'actions',
  rejected: 'actions',
  dateFields: () => [['opened'], ['due'], ['closed'], ['evaluation', 'date']],
  // Whether it is overdue is decided once the handbook is loaded (its rules know the day).
  entity: (a) => ({ ...a, overdue: false }),
  references: {
    'links.kpis': 'kpi',
    'links.units': 'unit',
    'links.sops': 'sop',
    'links.standards': 'standard',
    owner: 'person',
    'evaluation.evaluator': 'person',
    'evaluation.criterion.kpi': 'kpi',
    'evaluation.criterion.units': 'unit',
  },
  comparison: { by: 'fields', fields: Object.keys(ImprovementAction.shape).filter((k) => k !== 'id') },
  pages: { folder: 'actions', items: false },
  scaffold: {
    approvers: false,
    create({ handbook, title, owner, date }) {
      const year = date.slice(0, 4);
      const id = `IA-${year}-${nextNumber(handbook.actions.keys(), `IA-${year}-`)}`;
      return {
        id,
        file: `data/actions/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../schemas/action.schema.json
id: ${id}
title: ${yamlString(title)}
stage: plan
source: kpi-breach # kpi-breach | spc-signal | audit-finding | complaint | suggestion | mystery-shopper | management-review
links: { kpis: [], units: [], sops: [], standards: [] }
owner: ${owner}
opened: ${date}
due: ${date}
goal: "TODO: a measurable goal with a date"
measures:
  - "TODO: first measure"
evaluation:
  method: "TODO: how effectiveness will be judged"
`,
      };
    },
  },
} as const satisfies KindDefinition;

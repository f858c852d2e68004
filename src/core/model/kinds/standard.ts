/** Service standards (`data/standards/STD-XXX-NNN.yaml`), one file per standard. */
import { STANDARD_ID } from '../../schema/common.ts';
import { Standard } from '../../schema/standard.ts';
import type { KindDefinition } from './kind.ts';
import { controlTemplate, nextNumber, yamlString } from './scaffold-text.ts';

export const standardKind = {
  name: 'standard',
  noun: 'standard',
  labels: { en: { one: 'standard', many: 'standards' }, 'zh-CN': { one: '服务标准', many: '服务标准' } },
  source: { shape: 'item-file', globs: ['data/standards/**/*.{yaml,yml}'] },
  schema: Standard,
  jsonSchema: { name: 'standard', title: 'Service standard' },
  idPattern: STANDARD_ID,
  nameField: 'title',
  collection: 'standards',
  rejected: 'standards',
  references: { owner: 'person', approvers: 'person', units: 'unit', 'criterion.kpi': 'kpi' },
  comparison: { by: 'fields', fields: Object.keys(Standard.shape).filter((k) => k !== 'id') },
  pages: { folder: 'standards', items: true },
  search: { type: 'Standard', status: 'status', filters: [{ key: 'unit', field: 'units' }], otherTerms: ['title', 'requirement'] },
  scaffold: {
    needs: 'prefix',
    approvers: true,
    create({ handbook, title, owner, approvers, date, prefix }) {
      const id = `STD-${prefix}-${nextNumber(handbook.standards.keys(), `STD-${prefix}-`)}`;
      return {
        id,
        file: `data/standards/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../schemas/standard.schema.json
id: ${id}
title: ${yamlString(title)}
requirement: "TODO: the requirement as a customer would notice it"
status: effective
dimension: responsiveness # reliability | assurance | tangibles | empathy | responsiveness
touchpoint: all # phone | counter | online | on-site | delivery | all
kano: must-be # must-be | one-dimensional | attractive | indifferent | reverse
source: "TODO: industry norm, survey or complaint analysis"
owner: ${owner}
units: all
criterion:
  timeLimit: 24 h
  event: "TODO: what must happen within the limit"
${controlTemplate(approvers, date, 'First version of the standard.')}`,
      };
    },
  },
} as const satisfies KindDefinition;

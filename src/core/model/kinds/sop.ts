/** SOPs (`content/sops/<area>/SOP-XX-NNN.mdx`): structured frontmatter and an MDX body. */
import { SOP_ID } from '../../schema/common.ts';
import { SopFrontmatter } from '../../schema/sop.ts';
import type { Handbook } from '../handbook.ts';
import type { KindDefinition } from './kind.ts';
import { nextNumber, yamlString } from './scaffold-text.ts';

export const sopKind = {
  name: 'sop',
  noun: 'SOP',
  labels: { en: { one: 'SOP', many: 'SOPs' }, 'zh-CN': { one: '程序文件', many: '程序文件' } },
  source: { shape: 'document', globs: ['content/sops/**/*.{md,mdx}'], idFrom: 'frontmatter' },
  schema: SopFrontmatter,
  jsonSchema: { name: 'sop', title: 'SOP frontmatter' },
  idPattern: SOP_ID,
  nameField: 'title',
  collection: 'sops',
  rejected: 'sops',
  dateFields: (sop) => [['effective'], ['lastReviewed'], ...(sop['changeLog'] as unknown[]).map((_, i) => ['changeLog', i, 'date'])],
  // The review schedule is computed once the handbook is loaded.
  entity: (sop) => ({ ...sop, kind: 'sop', review: { lastReview: undefined, due: undefined, daysLeft: undefined, state: 'not-scheduled' } }),
  references: {
    area: 'process-area',
    owner: 'person',
    approvers: 'person',
    scope: 'unit',
    implements: 'standard',
    measuredBy: 'kpi',
    related: 'sop',
    'training.roles': 'role',
    'steps.actor': 'role',
    'steps.standard': 'standard',
  },
  comparison: { by: 'procedure' },
  pages: { folder: 'sops', items: true },
  search: {
    type: 'SOP',
    status: 'status',
    lang: 'lang',
    filters: [
      { key: 'area', field: 'area' },
      { key: 'unit', field: 'scope' },
    ],
    otherTerms: ['area', 'implements', 'measuredBy'],
  },
  scaffold: {
    needs: 'area',
    approvers: true,
    create({ handbook, title, owner, approvers, date, area }) {
      const code = area?.code ?? 'XX';
      const id = `SOP-${code}-${nextNumber(handbook.sops.keys(), `SOP-${code}-`)}`;
      return { id, file: `content/sops/${area?.id}/${id}.mdx`, text: sopTemplate(handbook, id, title, area?.id ?? '', owner, approvers, date) };
    },
  },
} as const satisfies KindDefinition;

function sopTemplate(h: Handbook, id: string, title: string, area: string, owner: string, approvers: readonly string[], date: string): string {
  const actor = h.roles.keys().next().value ?? 'process-owner';
  return `---
id: ${id}
title: ${yamlString(title)}
summary: "TODO: one or two sentences on what this procedure achieves"
lang: en
area: ${area}
owner: ${owner}
approvers: [${approvers.join(', ')}]
version: "0.1"
status: draft
reviewIntervalMonths: 12
scope: all
implements: []
measuredBy: []
related: []
training:
  level: read
  roles: []
steps:
  - id: S1
    actor: ${actor}
    action: "TODO: what the actor does, starting with a verb"
    record: "TODO: the record this step produces"
changeLog:
  - version: "0.1"
    date: ${date}
    change: major
    summary: First draft.
---

## Purpose

TODO: why this procedure exists and what goes wrong without it.

## Scope

TODO: which services, units and cases it covers, and which it does not.

## Definitions

TODO: terms a new member of staff would not know.

## Notes

TODO: guidance that does not fit the steps.
`;
}

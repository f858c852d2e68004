/** Management reviews (`data/management-reviews/MR-YYYY-QN.yaml`, ISO 9001 9.3), one file per quarter reviewed. */
import { MANAGEMENT_REVIEW_ID } from '../../schema/common.ts';
import { ManagementReview, REVIEW_INPUT_NAMES } from '../../schema/management-review.ts';
import type { KindDefinition } from './kind.ts';

export const managementReviewKind = {
  name: 'management-review',
  noun: 'management review',
  labels: { en: { one: 'management review', many: 'management reviews' }, 'zh-CN': { one: '管理评审', many: '管理评审' } },
  source: { shape: 'item-file', globs: ['data/management-reviews/**/*.{yaml,yml}'] },
  schema: ManagementReview,
  jsonSchema: { name: 'management-review', title: 'Management review' },
  idPattern: MANAGEMENT_REVIEW_ID,
  collection: 'managementReviews',
  rejected: 'managementReviews',
  dateFields: () => [['date']],
  references: { chair: 'person', attendees: 'person', 'decisions.owner': 'person', 'decisions.actions': 'action', 'decisions.objectives.kpi': 'kpi' },
  comparison: { by: 'fields', fields: Object.keys(ManagementReview.shape).filter((k) => k !== 'id') },
  // The status is derived (a review is superseded in the search once a later one has been held); the
  // decisions are shown in both languages on the review's page, so no other-language terms are needed.
  entity: (r) => ({ ...r, status: 'held' }),
  pages: { folder: 'management-reviews', items: false },
  search: { type: 'Management review', status: 'status', filters: [], otherTerms: [] },
  scaffold: {
    approvers: false,
    create({ owner, date }) {
      // The review of the last quarter that has ended.
      const [y, m] = date.split('-').map(Number) as [number, number];
      const q = Math.floor((m - 1) / 3);
      const [year, quarter] = q === 0 ? [y - 1, 4] : [y, q];
      const id = `MR-${year}-Q${quarter}`;
      return {
        id,
        file: `data/management-reviews/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../schemas/management-review.schema.json
# Read the input pack first: /management-reviews/${year}-Q${quarter}/ on the handbook site.
id: ${id}
date: ${date}
chair: ${owner}
attendees: []
inputs: [${REVIEW_INPUT_NAMES.join(', ')}]
minutes: "TODO: the reference of the signed minutes"
decisions:
  - kind: improvement # improvement | change | resources
    decision: "TODO: what was decided"
    actions: []
    objectives: [] # e.g. [{ kpi: KPI-FCR, version: "2.0" }] for a new target
`,
      };
    },
  },
} as const satisfies KindDefinition;

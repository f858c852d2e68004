/** Retraining campaigns (`data/training/campaigns/SOP-CS-001-4.0.yaml`), one file per major version of an assessed SOP. */
import { CAMPAIGN_ID, RetrainingCampaign } from '../../schema/campaign.ts';
import type { KindDefinition } from './kind.ts';

export const retrainingCampaignKind = {
  name: 'campaign',
  noun: 'retraining campaign',
  labels: { en: { one: 'retraining campaign', many: 'retraining campaigns' }, 'zh-CN': { one: '再培训计划', many: '再培训计划' } },
  source: { shape: 'item-file', globs: ['data/training/campaigns/**/*.{yaml,yml}'] },
  schema: RetrainingCampaign,
  jsonSchema: { name: 'campaign', title: 'Retraining campaign' },
  idPattern: CAMPAIGN_ID,
  collection: 'campaigns',
  dateFields: () => [['exception', 'date'], ['exception', 'expires']],
  references: { sop: 'sop', owner: 'person', units: 'unit', 'progress.unit': 'unit', 'exception.by': 'person' },
  register: { page: 'training', filters: [{ key: 'unit', field: 'units' }] },
  comparison: { by: 'fields', fields: ['sop', 'version', 'owner', 'units', 'requiredCompletion', 'progress', 'exception'] },
  scaffold: {
    approvers: false,
    create({ handbook, title, owner }) {
      // `npm run new -- campaign --title "SOP-CS-001 4.0"`: the SOP and its new major version.
      const m = /^(SOP-[A-Z]{2,6}-\d{3})\s+(\d+\.\d+)$/.exec(title.trim());
      const sop = m?.[1] ?? 'SOP-XX-000';
      const version = m?.[2] ?? '1.0';
      const id = `${sop}-${version}`;
      const branches = [...handbook.units.values()].filter((u) => u.type === 'branch').map((u) => u.id);
      return {
        id,
        file: `data/training/campaigns/${id}.yaml`,
        text: `# yaml-language-server: $schema=../../../schemas/campaign.schema.json
# Retraining on a major version: the version is not in force until every unit reaches requiredCompletion.
id: ${id}
sop: ${sop}
version: "${version}"
owner: ${owner}
units: [${branches.join(', ')}]
requiredCompletion: 90
# One line per unit, from the learning system; a unit without figures counts as not complete:
# - { unit: ${branches[0] ?? 'br-example'}, toRetrain: 30, completed: 12, asOf: YYYY-MM-DD }
progress: []
`,
      };
    },
  },
} as const satisfies KindDefinition;

/** Words of the traceability matrix. */
import type { StandardGap } from '../../../core/analysis/traceability.ts';

export const traceability = {
  title: 'Traceability',
  description: 'Service standards, the SOPs that implement them and the KPIs that measure them, with gaps highlighted.',
  heading: 'Traceability: standards, SOPs and KPIs',
  counts: (c: { standards: number; noSop: number; notMeasured: number; sopsWithoutStandard: number }) =>
    `${c.standards} standards: ${c.noSop} without an implementing SOP, ${c.notMeasured} not measured by any KPI; ${c.sopsWithoutStandard} SOPs implement no standard.`,
  howBuilt: 'How the matrix is built',
  /** Trusted HTML written here (with `<em>` and `<code>`), not data. */
  definitionsHtml: [
    'An SOP <em>implements</em> a standard when it lists it under <code>implements</code>. Retired and superseded SOPs do not count; drafts and SOPs in review do, and are marked.',
    'A standard is <em>measured</em> by a KPI only when the KPI counts what the standard promises: the KPI its criterion names, or, for a time limit, an <code>sla-compliance</code> KPI that names the standard (<code>standard:</code>) and counts the share of cases within the same limit.',
    'KPIs that implementing SOPs list under <code>measuredBy</code> are shown as <em>related</em>: they say something about the process, but do not count the standard (customer satisfaction does not count refunds paid within 3 days).',
    'Gaps are flagged for effective standards only; retired standards are listed for the record.',
  ],
  standards: 'Standards',
  standard: 'Standard',
  implementedBy: 'Implemented by (SOPs)',
  measuredBy: 'Measured by (KPIs)',
  gaps: 'Gaps',
  retired: 'Retired',
  /** How a KPI measures a standard, `(criterion)`, or how a related KPI is linked, `(via SOP-CS-001, SOP-CS-002)`. */
  criterion: 'criterion',
  via: (sops: readonly string[]) => `via ${sops.join(', ')}`,
  how: (parts: readonly string[]) => `(${parts.join('; ')})`,
  /** How a KPI measures a time-limit standard: `counts cases within 48 h`. */
  countsWithin: (limit: string) => `counts cases within ${limit}`,
  related: 'Related, not measuring:',
  none: 'None',
  gap: 'Gap:',
  gapItem: (text: string) => `Gap: ${text}`,
  gapText: { 'no-sop': 'No SOP implements it', 'not-measured': 'Not measured: no KPI counts it' } as Record<StandardGap, string>,
  sopsHeading: 'SOPs that implement no standard',
  noSopsWithout: 'None: every SOP in use implements at least one standard.',
};


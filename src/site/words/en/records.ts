/** Words of the quality records' landing page (`/records/`). */

/** The registers the landing page shows, in its order. */
export type RecordsKey = 'actions' | 'complaints' | 'audits' | 'inspections' | 'training' | 'risks' | 'managementReviews';

/** A count as the words of a card get it: formatted (`n`, `of`) and as a number for the plural. */
export interface RecordsCountWords {
  n: string;
  count: number;
  of?: string | undefined;
}

/** What a count on a card counts. */
export type RecordsCountKey =
  | 'openActions'
  | 'overdueActions'
  | 'received'
  | 'majorComplaints12'
  | 'auditsDone'
  | 'openFindings'
  | 'openMajorFindings'
  | 'inspectionsDone'
  | 'visits'
  | 'waitingVersions'
  | 'certified'
  | 'activeRisks'
  | 'highRisks'
  | 'reviewOverdueRisks'
  | 'decisions';

export const records = {
  title: 'Quality records',
  description: 'The evidence that the organisation follows its procedures and improves them: improvement actions, complaints, audits, inspections, training, risks and management reviews.',
  intro: 'The handbook holds the procedures; these registers hold the evidence that they are followed and improved. Each is written as data in the repository, checked on every change, and adds up the same way on every page. Personal data stays in the systems that own it: the registers hold counts and pseudonymous references.',
  clause: (clause: string) => `ISO 9001 ${clause}`,
  nothingYet: 'Nothing recorded yet.',
  cards: {
    actions: { name: 'Improvement actions', what: 'Corrective actions and improvements, from the problem to the check that they worked (PDCA).' },
    complaints: { name: 'Complaints and feedback', what: 'The monthly complaint register per branch: causes, promises kept, resolution times and major complaints.' },
    audits: { name: 'Audits and findings', what: 'The audit programme (internal, external, supplier, mystery shop), planned against done, and the findings with their actions.' },
    inspections: { name: 'Inspections and mystery shop', what: 'Daily inspections per unit and month, and the mystery shopper\'s visits per quarter, item by item.' },
    training: { name: 'Training', what: 'Who must be trained on which procedure, certification coverage per unit, and the retraining before a new major version takes effect.' },
    risks: { name: 'Risks', what: 'The risk register: risks at the steps of the procedures, their controls, treatments and reviews.' },
    managementReviews: { name: 'Management reviews', what: 'The quarterly input pack generated from the data, and the record of each review with its decisions.' },
  } satisfies Record<RecordsKey, { name: string; what: string }>,
  latestMonth: 'Latest month',
  latestQuarter: 'Latest quarter',
  lastReview: 'Last review',
  counts: {
    openActions: (p) => `${p.n} open of ${p.of}`,
    overdueActions: (p) => `${p.n} overdue`,
    received: (p) => `${p.n} ${p.count === 1 ? 'complaint' : 'complaints'} received`,
    majorComplaints12: (p) => `${p.n} major ${p.count === 1 ? 'complaint' : 'complaints'} in 12 months`,
    auditsDone: (p) => `${p.n} of ${p.of} audits done this year`,
    openFindings: (p) => `${p.n} open ${p.count === 1 ? 'finding' : 'findings'}`,
    openMajorFindings: (p) => `${p.n} of them major`,
    inspectionsDone: (p) => `${p.n} of ${p.of} inspections done`,
    visits: (p) => `${p.n} mystery-shop ${p.count === 1 ? 'visit' : 'visits'}`,
    waitingVersions: (p) => (p.count === 1 ? '1 new version waiting for retraining' : `${p.n} new versions waiting for retraining`),
    certified: (p) => `${p.n} of ${p.of} staff certified`,
    activeRisks: (p) => `${p.n} active ${p.count === 1 ? 'risk' : 'risks'}`,
    highRisks: (p) => `${p.n} high after controls`,
    reviewOverdueRisks: (p) => `${p.n} overdue for review`,
    decisions: (p) => `${p.n} ${p.count === 1 ? 'decision' : 'decisions'}`,
  } satisfies Record<RecordsCountKey, (p: RecordsCountWords) => string>,
};

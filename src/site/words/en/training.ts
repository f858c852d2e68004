/** Words of the training matrix, retraining campaigns and certification coverage. */
export const training = {
  title: 'Training',
  description: 'Who must be trained on which SOP in force and at what level, how far retraining on new major versions has got, and certification coverage per unit.',
  heading: 'Training matrix',
  intro: (c: { roles: string; sops: string; today: string }) =>
    `${c.roles} roles must be trained on ${c.sops} SOPs in force on ${c.today}. Assessed: staff pass an assessment before they work to the SOP alone; read: staff confirm they have read it.`,
  caption: 'Training each SOP in force requires, by role',
  role: 'Role',
  levels: { read: 'Read', assessed: 'Assessed' } as Record<'read' | 'assessed', string>,
  notRequired: 'not required',
  campaigns: 'Retraining campaigns',
  campaignsIntro:
    'A major version of an assessed SOP is in force only once every unit in scope has retrained the required share of its staff, or the quality manager has signed a dated exception; until then the version before it stays in force.',
  noCampaigns: 'No retraining campaigns.',
  /** `SOP-CS-001 4.0`. */
  campaignTitle: (sop: string, version: string) => `${sop} ${version}`,
  unit: 'Unit',
  toRetrain: 'To retrain',
  completed: 'Retrained',
  share: 'Share',
  asOf: 'Figures of',
  state: 'State',
  complete: 'Complete',
  short: 'Short',
  noFigures: 'No figures yet',
  required: (percent: string) => `Required in each unit: ${percent} %.`,
  /** A campaign table's caption: `SOP-CS-001 4.0: 3 of 6 units complete. Required in each unit: 90 %.` */
  campaignCaption: (c: { title: string; complete: string; required: string }) => `${c.title}: ${c.complete}. ${c.required}`,
  unitsComplete: (done: number, total: number) => `${done} of ${total} units complete`,
  /** The state of the version a campaign is on, in one sentence. */
  waiting: (c: { version: string; effective: string; done: number; total: number }) =>
    `Version ${c.version} approved, effective ${c.effective}, waiting for retraining: ${c.done} of ${c.total} units complete.`,
  waitingPast: (c: { version: string; effective: string; done: number; total: number; previous: string }) =>
    `Version ${c.version} reached its effective date (${c.effective}) but is not in force: retraining is complete in ${c.done} of ${c.total} units, so version ${c.previous} stays in force.`,
  ready: (c: { version: string; effective: string }) => `Version ${c.version}: retraining complete; it takes effect on ${c.effective}.`,
  inForce: (version: string) => `Version ${version} is in force: retraining complete.`,
  inForceByException: (version: string) => `Version ${version} is in force under the quality manager's exception.`,
  notGated: (version: string) => `Retraining on version ${version} (before the training records start, or not yet approved): it does not hold the version back.`,
  exception: (c: { by: string; date: string; expires: string }) => `Exception signed by ${c.by} on ${c.date}, valid until ${c.expires}:`,
  exceptionLapsed: 'The exception no longer holds.',
  coverage: 'Certification coverage',
  coverageIntro: (c: { period: string; asOf: string }) => `Staff holding a current certification, by unit, in ${c.period} (figures of ${c.asOf}); counts from the learning system, no names.`,
  coverageCaption: 'Certification coverage by unit',
  staff: 'Staff',
  certified: 'Certified',
  coveragePercent: 'Coverage',
  expiring: 'Expiring within 90 days',
  noCoverage: 'No coverage figures.',
  /** The SOP page's box. */
  retrainingDue: 'Retraining',
  matrixLink: 'Training matrix',
  /** The unit page's section. */
  unitCoverage: 'Certification coverage',
  unitCoverageSummary: (c: { percent: string; certified: string; staff: string; period: string; expiring: string }) =>
    `${c.percent} % certified (${c.certified} of ${c.staff} staff) in ${c.period}; ${c.expiring} certifications expire within 90 days.`,
  period: 'Quarter',
};

/**
 * Words of the document control of the quality manual, policies, standards and KPIs (their
 * control section), and the notice on pages that are not controlled documents. The words shared
 * with SOP pages (approval, signatures, upcoming version) are in document-control.ts.
 */

export const control = {
  heading: 'Document control',
  /** At the top of a handbook page without a version (a glossary, a guide). */
  uncontrolled: 'Uncontrolled page: for information.',
  uncontrolledDetail: 'This page is not a controlled document: it has no version or approval and may change at any time. What staff must do is set by the SOPs, standards and policies.',
  /** A standard or KPI without a version. */
  uncontrolledDefinition: 'Not under document control: this definition has no version or recorded approval yet.',
  inForce: 'in force',
  notYetInForce: 'not in force yet',
  whatChanges: (from: string, to: string) => `What version ${to} changes from ${from}`,
  field: 'Field',
  before: 'Now',
  after: (version: string) => `From version ${version}`,
  textChanged: 'The text changes.',
  logCaption: 'Versions of this document, newest first',
  changeKinds: { major: 'Major', minor: 'Minor' } as Record<'major' | 'minor', string>,
  earlierVersions: 'Earlier versions',
  noEarlierVersions: 'No earlier version in Git history.',
  supersededLine: (p: { version: string; from: string | undefined; until: string | undefined; by: string | undefined }) =>
    `Version ${p.version}${p.from ? `, in force from ${p.from}` : ''}${p.until ? `, superseded on ${p.until}${p.by ? ` by version ${p.by}` : ''}` : ''}.`,
  fieldNames: {
    name: 'Name',
    title: 'Title',
    definition: 'Definition',
    requirement: 'Requirement',
    criterion: 'Criterion',
    method: 'Method',
    limit: 'Time limit',
    target: 'Target',
    warning: 'Warning threshold',
    floor: 'Floor',
    warningScore: 'Score at the warning threshold',
    scale: 'Scale',
    direction: 'Direction',
    frequency: 'Frequency',
    weight: 'Weight',
    units: 'Units',
    minSampleSize: 'Minimum sample',
    description: 'Description',
  } as Record<string, string>,
};


/** Words of the document lists: the SOP list and table, the handbook pages list, and their index pages. */

export const lists = {
  sopColumn: 'SOP',
  title: 'Title',
  version: 'Version',
  status: 'Status',
  nextReview: 'Next review',
  noSops: 'No SOPs yet.',
  none: 'None.',
  noPages: 'No pages yet.',
  allUnits: 'All units',
  /** Punctuation around words in the page's language: brackets, list comma. */
  punct: { open: ' (', close: ')', comma: ', ' },
  sops: {
    title: 'SOPs',
    heading: 'Standard operating procedures',
    description: 'Every standard operating procedure of the handbook, by process area.',
    intro: (sops: string, areas: string) => `${sops} SOPs in ${areas} process areas. Only effective SOPs are in force.`,
  },
  pages: {
    title: 'Handbook pages',
    description: 'The quality manual, policies, guides and glossary.',
  },
};


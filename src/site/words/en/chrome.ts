/** Words of the page frame: header, navigation, breadcrumbs, footer, language switch. */

export const chrome = {
  skipLink: 'Skip to main content',
  siteTitle: 'Service quality handbook',
  searchLabel: 'Search the handbook',
  searchPlaceholder: 'Search SOPs, standards, KPIs…',
  searchButton: 'Search',
  mainNav: 'Main',
  /** The button that opens the navigation on a phone. */
  menu: 'Menu',
  breadcrumb: 'Breadcrumb',
  languageNav: 'Language',
  switchTo: 'Read this page in English',
  nav: {
    home: 'Home',
    sops: 'SOPs',
    standards: 'Standards',
    kpis: 'KPIs',
    scorecards: 'Scorecards',
    units: 'Units',
    records: 'Records',
    actions: 'Actions',
    complaints: 'Complaints',
    audits: 'Audits',
    risks: 'Risks',
    managementReviews: 'Management review',
    reviews: 'Reviews',
    traceability: 'Traceability',
    training: 'Training',
    pages: 'Handbook pages',
  },
  built: (date: string) => `Built on ${date}. Review dates and overdue flags are as of that day.`,
  edit: 'Edit this page',
  source: 'source',
  people: 'People: whom to ask',
  proposeChange: 'How to propose a change',
};


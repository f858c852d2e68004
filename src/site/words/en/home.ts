/** Words of the home page. */

export const home = {
  description: 'Standard operating procedures, service standards, KPIs and improvement actions.',
  summary: 'The procedures we work to, the service standards customers can expect, how we measure them, and what we are improving.',
  contents: 'What the handbook holds',
  counts: {
    sops: 'SOPs',
    pages: 'handbook pages',
    standards: 'service standards',
    kpis: 'KPIs',
    values: 'KPI values',
    units: 'units',
    openActions: (total: string) => `open improvement actions (of ${total})`,
  },
  goTo: 'Go to',
  shortcuts: { scorecards: 'Scorecards', search: 'Search', traceability: 'Traceability', reviews: 'Reviews' },
  recent: 'Recently changed',
  historyUnavailable: 'Change history is not available in this build:',
  historyUnavailableAfter: '.',
  noCommits: 'No document has been committed yet.',
  /** Before the date of a change: `version 2.1, changed`, `page, changed`. */
  changedVersion: (version: string) => `version ${version}, changed`,
  changedPage: 'page, changed',
  reviewsDue: 'Reviews due soon',
  noReviews: 'No effective SOP is overdue for review or due within 60 days.',
  reviewDue: 'review due',
  reviewSeparator: ', ',
  fullSchedule: 'The full review schedule',
  /** `3 days overdue`, `due today`, `in 1 day`, `in 12 days`. */
  days: (daysLeft: number, count: string) => {
    if (daysLeft < 0) return `${count} ${-daysLeft === 1 ? 'day' : 'days'} overdue`;
    if (daysLeft === 0) return 'due today';
    return `in ${count} ${daysLeft === 1 ? 'day' : 'days'}`;
  },
  sopsByArea: 'SOPs by process area',
  noSopsInArea: 'No SOPs yet.',
  pages: 'Handbook pages',
  more: 'More',
  moreLinks: {
    standards: 'Service standards',
    kpis: 'KPIs and their latest values',
    units: 'Units, people and the SOPs that apply to them',
    scorecards: 'Scorecards',
    scorecardsNote: ': every unit and KPI for the latest month, with ',
    earlyWarnings: 'early warnings',
    scorecardsEnd: '',
    actions: 'Improvement actions',
  },
};


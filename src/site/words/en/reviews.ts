/** Words of the periodic-review schedule. */

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export const reviews = {
  title: 'Periodic reviews',
  description: 'Reviews of controlled documents (SOPs, quality manual, policies, standards, KPIs) overdue and due soon, with days remaining.',
  rule: 'Every effective controlled document (SOP, quality manual, policy, standard, KPI) is reviewed by its owner at a fixed interval: next review = last review (or the effective date) + the review interval.',
  /** Before the date of the schedule; `counts` follows it. */
  asOf: 'As of',
  counts: (p: { overdue: number; due: number; horizon: number }) =>
    `: ${p.overdue} ${p.overdue === 1 ? 'review' : 'reviews'} overdue, ${p.due} due within ${p.horizon} days.`,
  /** Text around the two code snippets `lastReviewed:` and `npm run reviews`. */
  howTo: [
    'A review that finds nothing to change is recorded by setting ',
    ' to the review date in a pull request: the version, the change log and the approval signatures stay as they are. A review that changes the procedure raises the version and goes through approval. ',
    ' prints the same list.',
  ] as [string, string, string],
  groups: {
    overdue: 'Overdue',
    due: (horizon: number) => `Due within ${horizon} days`,
    later: 'Later',
  },
  empty: {
    overdue: 'No review is overdue.',
    due: (horizon: number) => `No review falls due within ${horizon} days.`,
    later: 'None.',
  },
  count: (n: string) => ` (${n})`,
  sop: 'Document',
  sopTitle: 'Title',
  owner: 'Owner',
  lastReview: 'Last review',
  due: 'Due',
  daysRemaining: 'Days remaining',
  risk: 'Risk',
  risksTitle: 'Risk reviews',
  risksIntro: (horizon: number) =>
    `The owner of each active risk reviews its rating, controls and treatment every review interval (next review = last review + interval). The risks whose review is overdue or due within ${horizon} days:`,
  risksCaption: 'Risks whose review is overdue or due soon, with their owners',
  risksEmpty: (horizon: number) => `No risk review is overdue or due within ${horizon} days.`,
  managementReviewTitle: 'Management review',
  when: (daysLeft: number) => (daysLeft < 0 ? `Overdue by ${days(-daysLeft)}` : daysLeft === 0 ? 'Due today' : `In ${days(daysLeft)}`),
};


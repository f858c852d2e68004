/** Words of the repeat-complaints watch (the complaints page's section and the unit page's line). */

export const repeatComplaints = {
  title: 'Repeat complaints',
  intro: (p: { from: string; to: string; ceiling: string }) =>
    `A repeat complaint (the same customer about the same order or job within 30 days) means the first solution did not hold. Each unit's monthly share of repeats is charted as the KPIs are: a p-chart on its first 12 months, Laney p′ when the months vary more than sampling explains, with rule 1, rule 2 and the trend rule. A unit is flagged when a rise signals in its latest month, or when its share from ${p.from} to ${p.to} is above the ceiling of ${p.ceiling} beyond sampling noise (its 95% interval wholly above).`,
  caption: 'Repeat complaints per unit: the share over the last three months, the usual share and the limit of its control chart',
  unit: 'Unit',
  share: (window: string) => `Repeats, ${window}`,
  interval: '95% interval',
  centre: 'Usual share',
  upper: 'Upper limit, latest month',
  status: 'Status',
  shareText: (p: { repeat: string; received: string; percent: string }) => `${p.repeat} of ${p.received} (${p.percent})`,
  intervalText: (p: { lower: string; upper: string }) => `${p.lower} to ${p.upper}`,
  chart: { p: 'p-chart', 'p-prime': 'Laney p′ chart', none: 'Too few months for a control chart' } as Record<'p' | 'p-prime' | 'none', string>,
  rising: 'Rising',
  steady: 'No rise',
  signalNow: (p: { month: string; rules: string; since: string }) => `a rise signals in ${p.month} (${p.rules}), rising since ${p.since}`,
  signalEarlier: (p: { months: string }) => `signalled in ${p.months}, not in the latest month`,
  aboveCeiling: (ceiling: string) => `above the ceiling of ${ceiling} beyond noise`,
  repeatLink: 'Repeat complaints of every unit',
  separator: '; ',
  statusWhy: (p: { head: string; why: string }) => `${p.head}: ${p.why}`,
  unitLine: (p: { share: string; window: string; status: string }) => `Repeat complaints ${p.window}: ${p.share}. ${p.status}`,
};

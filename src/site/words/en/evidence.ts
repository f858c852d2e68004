/** Words of an SOP page's box of field evidence: complaints, daily inspections and mystery-shop visits about the procedure. */
export const evidence = {
  title: 'What complaints and inspections say',
  intro: 'Counts from the complaint register, the daily inspections and the mystery-shopper visits, for the causes and checklist items this procedure governs.',
  complaints: (p: { count: string; total: string; months: string }) => `${p.count} of ${p.total} complaints in ${p.months} had a cause this procedure governs:`,
  mostAt: 'Most at:',
  inspections: (p: { months: string }) => `Daily inspections, ${p.months}:`,
  visits: (p: { quarter: string }) => `Mystery-shopper visits, ${p.quarter}:`,
  failedOf: (p: { failed: string; checked: string }) => `failed ${p.failed} of ${p.checked}`,
  worstAt: (p: { unit: string; failed: string; checked: string }) => `most at ${p.unit} (${p.failed} of ${p.checked})`,
};

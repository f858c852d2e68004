/**
 * The English words of the export files for what the engine gives as data (the exports are read by
 * spreadsheets and BI tools in English, whatever the reader's language): why a control-chart phase
 * began, and dates as `30 Nov 2026`. The site says the same in each interface language through its
 * dictionaries (src/site/words); a test holds the two English texts equal.
 */
import type { PhaseCause } from '../scoring/spc.ts';
import { localized } from '../text/localized.ts';

const DATE = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A `YYYY-MM-DD` date as `30 Nov 2026`; any other text as it is. */
export function dateInEnglish(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? DATE.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : iso;
}

/** A reason written as a sentence, without its final full stop (the line around it ends it). */
const sentence = (text: string) => text.trim().replace(/[.。]$/, '');

/** Why a phase of a control chart began: `after improvement action IA-2026-001, closed as effective on 30 Jun 2026`. */
export function phaseCauseInEnglish(c: PhaseCause): string {
  switch (c.kind) {
    case 'start':
      return 'from the first value';
    case 'action':
      return `after improvement action ${c.action}, closed as effective on ${dateInEnglish(c.closed)}`;
    case 'sop-version':
      return `after ${c.sop} version ${c.version} took effect on ${dateInEnglish(c.date)}`;
    case 'declared':
      return `declared change: ${sentence(localized(c.reason, 'en'))}`;
    case 'ramp-up':
      return `ramp-up, left out of the baseline: ${sentence(localized(c.reason, 'en'))}`;
    case 'after-ramp-up':
      return 'after the ramp-up';
  }
}

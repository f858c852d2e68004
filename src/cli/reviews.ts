/**
 * `sqms reviews [--within DAYS] [--format text|json]`: periodic reviews overdue and due within
 * DAYS (default 90), with the days remaining; exit 0 (it is a list, not a check).
 */
import { loadHandbook } from '../core/load.ts';
import type { LocalizedText } from '../core/schema/common.ts';
import { DEFAULT_HORIZON_DAYS, reviewSchedule, type ScheduledReview } from '../core/reviews/schedule.ts';
import { isRealDate } from '../core/time/dates.ts';
import { plural } from '../core/text/plural.ts';

export interface ReviewsOptions {
  root: string;
  today: string | undefined;
  within: string | undefined;
  format: 'text' | 'json';
}

export function reviews(options: ReviewsOptions): number {
  if (options.today !== undefined && !isRealDate(options.today)) {
    process.stderr.write(`--today must be a date YYYY-MM-DD, not "${options.today}".\n`);
    return 2;
  }
  const within = options.within === undefined ? DEFAULT_HORIZON_DAYS : Number(options.within);
  if (!Number.isInteger(within) || within < 0) {
    process.stderr.write(`--within must be a whole number of days, not "${options.within}".\n`);
    return 2;
  }
  const { handbook } = loadHandbook(options.root, options.today ? { today: options.today } : {});
  const schedule = reviewSchedule(handbook, within);
  const person = (id: string) => handbook.people.get(id)?.name ?? id;
  const titleOf = (r: ScheduledReview) => {
    const e = r.document.entity as { title?: LocalizedText; name?: LocalizedText };
    const text = e.title ?? e.name;
    return text === undefined ? r.document.id : typeof text === 'string' ? text : (text.en ?? text['zh-CN'] ?? r.document.id);
  };
  if (options.format === 'json') {
    const item = (r: ScheduledReview) => ({ kind: r.document.kind, id: r.document.id, sop: r.document.kind === 'sop' ? r.document.id : undefined, title: titleOf(r), version: r.document.version, owner: r.document.owner, lastReview: r.lastReview, due: r.due, daysLeft: r.daysLeft, file: r.document.origin.file });
    process.stdout.write(JSON.stringify({ today: schedule.today, within, overdue: schedule.overdue.map(item), due: schedule.due.map(item) }, null, 2) + '\n');
    return 0;
  }
  const line = (r: ScheduledReview) => {
    const when = r.daysLeft < 0 ? `overdue by ${plural(-r.daysLeft, 'day')}` : r.daysLeft === 0 ? 'due today' : `in ${plural(r.daysLeft, 'day')}`;
    return `  ${r.document.id.padEnd(12)} ${r.due}  ${when.padEnd(20)} ${titleOf(r)} (${r.document.version}; owner ${r.document.owner === undefined ? '—' : person(r.document.owner)})`;
  };
  const out: string[] = [`Periodic reviews as of ${schedule.today}:`, ''];
  out.push(schedule.overdue.length ? `Overdue (${schedule.overdue.length}):` : 'Overdue: none.', ...schedule.overdue.map(line), '');
  out.push(schedule.due.length ? `Due within ${within} days (${schedule.due.length}):` : `Due within ${within} days: none.`, ...schedule.due.map(line), '');
  out.push(
    `${schedule.later.length} other effective document${schedule.later.length === 1 ? ' is' : 's are'} due later.`,
    'A review that changes nothing: set `lastReviewed:` to the review date (same version, approvals stay valid). Otherwise raise the version.',
  );
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

/**
 * Date and time-limit helpers for the generator (self-contained, so that the generator keeps
 * working while src/core changes around it).
 */
const DAY = 86_400_000;

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}

/** `count` months ending with `end` (`YYYY-MM`), oldest first. */
export function monthsEnding(end: string, count: number): string[] {
  const [y, m] = end.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Quarters (`YYYY-Qn`) whose last month lies among `months`. */
export function quartersIn(months: string[]): string[] {
  const out: string[] = [];
  for (const month of months) {
    const mo = Number(month.slice(5, 7));
    if (mo % 3 === 0) out.push(`${month.slice(0, 4)}-Q${mo / 3}`);
  }
  return out;
}

/** A time limit in minutes written as people write it: `30 min`, `48 h`, `3 d`. */
export function formatLimit(minutes: number): string {
  if (minutes % 1440 === 0 && minutes >= 1440 * 3) return `${minutes / 1440} d`;
  if (minutes % 60 === 0 && minutes >= 60) return `${minutes / 60} h`;
  return `${minutes} min`;
}

/** The same limit in words: `30 minutes`, `48 hours`, `3 days`. */
export function limitInWords(minutes: number): string {
  const [n, unit] = formatLimit(minutes).split(' ') as [string, string];
  const word = unit === 'min' ? 'minute' : unit === 'h' ? 'hour' : 'day';
  return `${n} ${word}${n === '1' ? '' : 's'}`;
}

export function limitInChinese(minutes: number): string {
  const [n, unit] = formatLimit(minutes).split(' ') as [string, string];
  return `${n}${unit === 'min' ? '分钟' : unit === 'h' ? '小时' : '天'}`;
}

/**
 * Time limits written for people: `30 min`, `48 h`, `3 d` (calendar days).
 */
export const DURATION_PATTERN = /^(\d+(?:\.\d+)?)\s*(min|h|d)$/;

const MINUTES = { min: 1, h: 60, d: 1440 } as const;

/** Minutes in a time limit, or undefined when the text is not a time limit. */
export function durationMinutes(text: string): number | undefined {
  const m = DURATION_PATTERN.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * MINUTES[m[2] as keyof typeof MINUTES];
}

/** A readable form of a number of minutes: 30 → "30 min", 2880 → "48 h", 4320 → "3 d". */
export function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0 && minutes >= 1440 * 3) return `${minutes / 1440} d`;
  if (minutes % 60 === 0 && minutes >= 60) return `${minutes / 60} h`;
  return `${minutes} min`;
}

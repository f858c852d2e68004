/**
 * Dates and times as written in signatures and commits (ISO 8601 with an offset), shown as the
 * signer or committer saw them: `2026-03-12 09:41 (UTC+08:00)`, `2026-03-12 01:41 UTC`.
 */
export function formatDateTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const zone = m[3] === 'Z' || m[3] === '+00:00' ? 'UTC' : `(UTC${m[3]})`;
  return `${m[1]} ${m[2]} ${zone}`;
}

/** The calendar day of an ISO date-time, as written. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

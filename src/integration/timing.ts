/** With `SQMS_TIMING=1`, notes on stderr when a step of the build finished (for `npm run bench` and tuning). */
export function timing(what: string): void {
  if (process.env['SQMS_TIMING']) console.error(`[timing] ${what} ${new Date().toISOString()}`);
}

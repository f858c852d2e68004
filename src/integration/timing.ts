import { setting } from '../core/settings.ts';

/** With `SQMS_TIMING=1`, notes on stderr when a step of the build finished (for `npm run bench` and tuning). */
export function timing(what: string): void {
  if (setting('SQMS_TIMING')) console.error(`[timing] ${what} ${new Date().toISOString()}`);
}

/** The bundled sample organisation, evaluated on 2026-11-22 (the day the scorecard tests assume). */
import { fileURLToPath } from 'node:url';
import { loadHandbook } from '../../src/core/load.ts';
import type { Handbook } from '../../src/core/model/handbook.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TODAY = '2026-11-22';

export function sampleHandbook(): Handbook {
  return loadHandbook(ROOT, { today: TODAY }).handbook;
}

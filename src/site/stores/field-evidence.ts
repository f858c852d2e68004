/**
 * What complaints and inspections say about each SOP (core/analysis/sop-evidence.ts), read from
 * the records once per handbook: every SOP page, in every language, picks its part from it.
 */
import { fieldEvidence, type SopEvidence } from '../../core/analysis/sop-evidence.ts';
import type { Handbook } from '../../core/model/handbook.ts';

const cache = new WeakMap<Handbook, (sopId: string) => SopEvidence>();

export function evidenceOf(h: Handbook, sopId: string): SopEvidence {
  let of = cache.get(h);
  if (!of) cache.set(h, (of = fieldEvidence(h)));
  return of(sopId);
}

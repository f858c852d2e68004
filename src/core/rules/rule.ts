/**
 * A rule is one check over the whole loaded handbook. Rules are independent: each reports its own
 * diagnostics and none relies on another having run. Add a rule by writing a file that exports
 * one and listing it in `index.ts`.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';

export interface Rule {
  /** Short name, for documentation and profiling. */
  name: string;
  run(handbook: Handbook, bag: DiagnosticBag): void;
}

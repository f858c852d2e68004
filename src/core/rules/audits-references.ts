/**
 * The ids an audit or a finding names must exist, checked through their kinds' `references` (the
 * field paths and the kind each names), with a "did you mean". Ids of items whose file failed its
 * schema were reported there and are not reported again.
 */
import type { Handbook, Origin } from '../model/handbook.ts';
import { kind, kindGlobs, folderOf } from '../model/kinds/registry.ts';
import type { KindDefinition } from '../model/kinds/kind.ts';
import { didYouMean } from '../suggest.ts';
import { valuesAt } from '../model/kinds/values-at.ts';
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Rule } from './rule.ts';

/** The items of a kind in the model, and the ids rejected by its schema. */
function targetOf(h: Handbook, name: string): { k: KindDefinition; ids: ReadonlyMap<string, unknown>; rejected: ReadonlySet<string> } | undefined {
  const k = kind(name);
  const ids = k.collection ? (h as unknown as Record<string, unknown>)[k.collection] : undefined;
  if (!(ids instanceof Map)) return undefined;
  const rejected = k.rejected ? h.rejected[k.rejected] : undefined;
  return { k, ids, rejected: rejected ?? new Set() };
}

export function checkReferences(h: Handbook, bag: DiagnosticBag, kindName: string, items: Iterable<Record<string, unknown> & { origin: Origin }>): void {
  const k = kind(kindName);
  const targets = new Map(Object.entries(k.references).map(([field, name]) => [field, targetOf(h, name as string)] as const));
  for (const item of items) {
    for (const [field, target] of targets) {
      if (!target) continue;
      for (const [path, id] of valuesAt(item, field)) {
        if (target.ids.has(id) || target.rejected.has(id)) continue;
        const glob = kindGlobs(target.k)[0];
        const where = glob === undefined ? 'data/' : target.k.source.shape === 'list-file' ? glob.replace(/\{([^,}]*)[^}]*\}/, '$1') : folderOf(glob);
        bag.report(
          'ref/unknown',
          item.origin.at(path),
          `\`${field}\` names the ${target.k.noun} "${id}", which does not exist.`,
          didYouMean(id, target.ids.keys(), `Use the id of a ${target.k.noun} defined in ${where}, or add it there first.`),
        );
      }
    }
  }
}

export const auditReferences: Rule = {
  name: 'audit-references',
  run(h, bag) {
    checkReferences(h, bag, 'audit', h.audits.values());
    checkReferences(h, bag, 'finding', h.findings.values());
  },
};

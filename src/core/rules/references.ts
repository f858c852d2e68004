/**
 * Every id a record names must exist, and be of the right kind: each kind's `references` in the
 * registry say which fields name which kind (reference-check.ts), so a new kind is checked without
 * code here. Unknown ids get a "did you mean". Effective SOPs must not lean on retired ones, and
 * the units form one tree.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { KINDS } from '../model/kinds/registry.ts';
import type { Path } from '../source/yaml-source.ts';
import { itemsOfKind, referenceChecker } from './reference-check.ts';
import type { Rule } from './rule.ts';

/**
 * Kinds whose references are checked where they are read: an approval record names a document of
 * several kinds (approval/book.ts), a translation names its original by its file (translations.ts).
 */
const CHECKED_ELSEWHERE: ReadonlySet<string> = new Set(['approval', 'sop-translation']);

export const references: Rule = {
  name: 'references',
  run(h, bag) {
    const check = referenceChecker(h, bag);
    for (const k of KINDS) {
      if (CHECKED_ELSEWHERE.has(k.name)) continue;
      const items = itemsOfKind(h, k);
      if (items) check(k.name, items);
    }
    checkUnitTree(h, bag);
    checkRetiredReferences(h, bag);
  },
};

/** An effective SOP that relates to a retired or superseded SOP, or implements a retired standard. */
function checkRetiredReferences(h: Handbook, bag: DiagnosticBag): void {
  for (const sop of h.sops.values()) {
    if (sop.status !== 'effective') continue;
    const o = sop.origin;
    sop.related.forEach((id, i) => {
      const other = h.sops.get(id);
      if (other && (other.status === 'retired' || other.status === 'superseded')) {
        bag.report('ref/retired', o.at(['related', i]), `This effective SOP refers to ${id}, which is ${other.status}.`, `Point to the document that replaced ${id}, or remove the reference.`);
      }
    });
    const retiredStandard = (id: string | undefined, path: Path) => {
      const std = id ? h.standards.get(id) : undefined;
      if (std?.status === 'retired') {
        bag.report('ref/retired', o.at(path), `This effective SOP implements ${id}, which is retired.`, `Link the standard that replaced ${id}, or remove the reference.`);
      }
    };
    sop.implements.forEach((id, i) => retiredStandard(id, ['implements', i]));
    sop.steps.forEach((step, i) => retiredStandard(step.standard, ['steps', i, 'standard']));
  }
}

/** Exactly one organisation root; every other unit has a parent; no cycles. */
function checkUnitTree(h: Handbook, bag: DiagnosticBag): void {
  for (const unit of h.units.values()) {
    if (unit.type === 'organisation' && unit.parent) {
      bag.report('schema/invalid-value', unit.origin.at(['parent']), `The organisation "${unit.id}" is the root and cannot have a parent.`, 'Remove `parent`, or change `type` to department, region or branch.');
    }
    if (unit.type !== 'organisation' && !unit.parent) {
      bag.report('schema/missing-field', unit.origin.at(['id']), `The ${unit.type} "${unit.id}" has no parent.`, 'Add `parent:` with the unit it reports to; only the organisation itself has none.');
    }
    if (unit.parent === unit.id) {
      bag.report('ref/cycle', unit.origin.at(['parent']), `The unit "${unit.id}" names itself as its parent.`, 'Set `parent` to the unit it reports to; only the organisation has none.');
      continue;
    }
    // Walk up; reaching the unit again is a cycle. A walk longer than the number of units means the
    // unit sits below a cycle, which is reported for the units in it.
    let steps = 0;
    for (let u = unit.parentUnit; u; u = u.parentUnit) {
      if (u === unit) {
        bag.report('ref/cycle', unit.origin.at(['parent']), `The unit "${unit.id}" is its own ancestor through its parents.`, 'Correct the `parent` of one unit in the loop so the tree ends at the organisation.');
        break;
      }
      if (++steps > h.units.size) break;
    }
  }
  const roots = [...h.units.values()].filter((u) => u.type === 'organisation');
  if (h.units.size > 0 && roots.length !== 1) {
    const at = (roots[1] ?? h.units.values().next().value!).origin.at(['type']);
    bag.report('schema/invalid-value', at, `The units define ${roots.length} organisations; there must be exactly one.`, 'Give exactly one unit `type: organisation`; make the others departments, regions or branches under it.');
  }
}

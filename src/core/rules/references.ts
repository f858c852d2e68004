/**
 * Every id a file mentions must exist, and be of the right kind. Unknown ids get a "did you mean".
 * Effective documents must not lean on retired ones.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook, Origin } from '../model/handbook.ts';
import type { Path } from '../source/yaml-source.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from './rule.ts';

interface Target {
  what: string;
  ids: ReadonlyMap<string, unknown>;
  /** Ids defined in files that failed validation (already reported there). */
  rejected: ReadonlySet<string>;
  where: string;
}

export const references: Rule = {
  name: 'references',
  run(h, bag) {
    const T = {
      unit: { what: 'unit', ids: h.units, rejected: h.rejected.units, where: 'data/units.yaml' },
      role: { what: 'role', ids: h.roles, rejected: h.rejected.roles, where: 'data/roles.yaml' },
      person: { what: 'person', ids: h.people, rejected: h.rejected.people, where: 'data/people.yaml' },
      area: { what: 'process area', ids: h.areas, rejected: h.rejected.areas, where: 'data/process-areas.yaml' },
      sop: { what: 'SOP', ids: h.sops, rejected: h.rejected.sops, where: 'content/sops/' },
      standard: { what: 'standard', ids: h.standards, rejected: h.rejected.standards, where: 'data/standards/' },
      kpi: { what: 'KPI', ids: h.kpis, rejected: h.rejected.kpis, where: 'data/kpis/' },
      action: { what: 'improvement action', ids: h.actions, rejected: h.rejected.actions, where: 'data/actions/' },
      complaintCause: { what: 'complaint cause', ids: h.complaintCauses, rejected: h.rejected.complaintCauses, where: 'data/complaint-causes.yaml' },
    } satisfies Record<string, Target>;

    const check = (origin: Origin, path: Path, id: string | undefined, target: Target) => {
      if (id === undefined || target.ids.has(id) || target.rejected.has(id)) return;
      const field = path.filter((p) => typeof p === 'string').join('.');
      bag.report(
        'ref/unknown',
        origin.at(path),
        `\`${field}\` names the ${target.what} "${id}", which does not exist.`,
        didYouMean(id, target.ids.keys(), `Use the id of a ${target.what} defined in ${target.where}, or add it there first.`),
      );
    };
    const checkAll = (origin: Origin, key: Path, ids: readonly string[] | 'all', target: Target) => {
      if (ids === 'all') return;
      ids.forEach((id, i) => check(origin, [...key, i], id, target));
    };

    for (const unit of h.units.values()) {
      check(unit.origin, ['parent'], unit.parent, T.unit);
      check(unit.origin, ['manager'], unit.manager, T.person);
    }
    checkUnitTree(h, bag);
    for (const person of h.people.values()) {
      check(person.origin, ['role'], person.role, T.role);
      check(person.origin, ['unit'], person.unit, T.unit);
    }
    for (const area of h.areas.values()) check(area.origin, ['owner'], area.owner, T.person);

    for (const sop of h.sops.values()) {
      const o = sop.origin;
      check(o, ['area'], sop.area, T.area);
      check(o, ['owner'], sop.owner, T.person);
      checkAll(o, ['approvers'], sop.approvers, T.person);
      checkAll(o, ['scope'], sop.scope, T.unit);
      checkAll(o, ['implements'], sop.implements, T.standard);
      checkAll(o, ['measuredBy'], sop.measuredBy, T.kpi);
      checkAll(o, ['related'], sop.related, T.sop);
      checkAll(o, ['training', 'roles'], sop.training.roles, T.role);
      sop.steps.forEach((step, i) => {
        check(o, ['steps', i, 'actor'], step.actor, T.role);
        check(o, ['steps', i, 'standard'], step.standard, T.standard);
      });
      if (sop.status === 'effective') {
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

    for (const std of h.standards.values()) {
      check(std.origin, ['owner'], std.owner, T.person);
      checkAll(std.origin, ['units'], std.units, T.unit);
      if ('kpi' in std.criterion) check(std.origin, ['criterion', 'kpi'], std.criterion.kpi, T.kpi);
    }
    for (const kpi of h.kpis.values()) {
      check(kpi.origin, ['owner'], kpi.owner, T.person);
      checkAll(kpi.origin, ['units'], kpi.units, T.unit);
      checkAll(kpi.origin, ['notApplicable'], kpi.notApplicable, T.unit);
      check(kpi.origin, ['standard'], kpi.standard, T.standard);
    }
    for (const a of h.actions.values()) {
      check(a.origin, ['owner'], a.owner, T.person);
      checkAll(a.origin, ['links', 'kpis'], a.links.kpis, T.kpi);
      checkAll(a.origin, ['links', 'units'], a.links.units, T.unit);
      checkAll(a.origin, ['links', 'sops'], a.links.sops, T.sop);
      checkAll(a.origin, ['links', 'standards'], a.links.standards, T.standard);
      if (a.evaluation.evaluator !== undefined) check(a.origin, ['evaluation', 'evaluator'], a.evaluation.evaluator, T.person);
      const criterion = a.evaluation.criterion;
      if (criterion) {
        check(a.origin, ['evaluation', 'criterion', 'kpi'], criterion.kpi, T.kpi);
        if (criterion.units) checkAll(a.origin, ['evaluation', 'criterion', 'units'], criterion.units, T.unit);
      }
    }
    for (const r of h.risks.values()) {
      const o = r.origin;
      check(o, ['process', 'sop'], r.process.sop, T.sop);
      checkAll(o, ['units'], r.units, T.unit);
      r.controls.forEach((c, i) => {
        check(o, ['controls', i, 'sop'], c.sop, T.sop);
        check(o, ['controls', i, 'standard'], c.standard, T.standard);
        check(o, ['controls', i, 'kpi'], c.kpi, T.kpi);
      });
      check(o, ['treatment'], r.treatment, T.action);
      check(o, ['owner'], r.owner, T.person);
      if (r.acceptance) check(o, ['acceptance', 'by'], r.acceptance.by, T.person);
    }
    for (const r of h.managementReviews.values()) {
      const o = r.origin;
      check(o, ['chair'], r.chair, T.person);
      checkAll(o, ['attendees'], r.attendees, T.person);
      r.decisions.forEach((d, i) => {
        check(o, ['decisions', i, 'owner'], d.owner, T.person);
        checkAll(o, ['decisions', i, 'actions'], d.actions, T.action);
        d.objectives.forEach((obj, j) => check(o, ['decisions', i, 'objectives', j, 'kpi'], obj.kpi, T.kpi));
      });
    }
    // Measurements: many rows repeat one unknown id; report each row (each needs fixing) but
    // compute the suggestion once per id.
    const suggestions = new Map<string, string>();
    const cached = (id: string, target: Target) => {
      const key = `${target.what}\u0000${id}`;
      let hint = suggestions.get(key);
      if (hint === undefined) suggestions.set(key, (hint = didYouMean(id, target.ids.keys(), `Use the id of a ${target.what} defined in ${target.where}.`)));
      return hint;
    };
    for (const m of h.measurements) {
      if (!h.kpis.has(m.kpi) && !h.rejected.kpis.has(m.kpi)) bag.report('ref/unknown', m.origin.at(['kpi']), `\`kpi\` names the KPI "${m.kpi}", which does not exist.`, cached(m.kpi, T.kpi));
      if (!h.units.has(m.unit) && !h.rejected.units.has(m.unit)) bag.report('ref/unknown', m.origin.at(['unit']), `\`unit\` names the unit "${m.unit}", which does not exist.`, cached(m.unit, T.unit));
    }
    for (const p of h.phases ?? []) {
      check(p.origin, ['unit'], p.unit, T.unit);
      checkAll(p.origin, ['kpis'], p.kpis ?? [], T.kpi);
      check(p.origin, ['sop'], p.sop, T.sop);
    }
    for (const a of h.acknowledgements ?? []) {
      check(a.origin, ['kpi'], a.kpi, T.kpi);
      check(a.origin, ['unit'], a.unit, T.unit);
      check(a.origin, ['by'], a.by, T.person);
    }
    for (const cause of h.complaintCauses.values()) {
      check(cause.origin, ['area'], cause.area, T.area);
      checkAll(cause.origin, ['sops'], cause.sops, T.sop);
    }
    for (const c of h.complaints) {
      check(c.origin, ['unit'], c.unit, T.unit);
      for (const id of Object.keys(c.causes)) check(c.origin, ['causes', id], id, T.complaintCause);
      for (const id of Object.keys(c.promises)) check(c.origin, ['promises', id], id, T.standard);
      for (const id of Object.keys(c.feedback?.promises ?? {})) check(c.origin, ['feedback', 'promises', id], id, T.standard);
      c.major.forEach((m, i) => {
        check(c.origin, ['major', i, 'cause'], m.cause, T.complaintCause);
        check(c.origin, ['major', i, 'action'], m.action, T.action);
      });
    }
  },
};

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

/**
 * The risk register (ISO 9001 6.1): a risk sits at a step that exists; controls do not raise a
 * risk; a high residual risk is treated (an action) or accepted, in writing, by someone other than
 * its owner, until a date; controls point at documents in force and at KPIs reported where the risk
 * arises; risks are reviewed on time.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook, RiskEntity } from '../model/handbook.ts';
import { riskScore } from '../risks/rating.ts';
import { unitsOf } from '../risks/scope.ts';
import type { Path } from '../source/yaml-source.ts';
import type { Rule } from './rule.ts';

export const risks: Rule = {
  name: 'risks',
  run(h, bag) {
    for (const r of h.risks.values()) {
      checkDates(h, r, bag);
      checkSteps(h, r, bag);
      checkRatings(r, bag);
      if (r.status !== 'active') continue;
      checkTreatment(h, r, bag);
      checkControls(h, r, bag);
      if (r.reviewOverdue) {
        bag.report(
          'risk/review-overdue',
          r.origin.at(['lastReviewed']),
          `${r.id} was last reviewed on ${r.lastReviewed}; with a ${r.reviewIntervalMonths}-month interval its review was due on ${r.nextReview}.`,
          'Review the rating, the controls and the treatment with the owner, then set `lastReviewed:` to the day of the review.',
        );
      }
    }
  },
};

function checkDates(h: Handbook, r: RiskEntity, bag: DiagnosticBag): void {
  const o = r.origin;
  if (r.identified > h.today) bag.report('risk/date-order', o.at(['identified']), `${r.id} is identified on ${r.identified}, after today (${h.today}).`, 'Enter risks in the register once they are identified.');
  if (r.lastReviewed < r.identified) bag.report('risk/date-order', o.at(['lastReviewed']), `${r.id} was last reviewed on ${r.lastReviewed}, before it was identified (${r.identified}).`, 'Correct one of the two dates: a risk is reviewed on or after the day it is identified.');
  if (r.lastReviewed > h.today) bag.report('risk/date-order', o.at(['lastReviewed']), `${r.id} is reviewed on ${r.lastReviewed}, after today (${h.today}).`, 'Record a review once it has taken place.');
  const a = r.acceptance;
  if (a && a.until < a.date) bag.report('risk/date-order', o.at(['acceptance', 'until']), `The acceptance of ${r.id} ends on ${a.until}, before it was given (${a.date}).`, 'Give `until` as the day the acceptance ends, after `date`.');
}

/** The step where the risk arises, and every control's step, exist in their SOP. */
function checkSteps(h: Handbook, r: RiskEntity, bag: DiagnosticBag): void {
  const check = (sopId: string, step: string, path: Path) => {
    const sop = h.sops.get(sopId);
    if (!sop || sop.steps.some((s) => s.id === step)) return;
    const ids = sop.steps.map((s) => s.id);
    bag.report(
      'risk/step-unknown',
      r.origin.at(path),
      `${sopId} has no step ${step}.`,
      ids.length > 0 ? `Name one of the steps of ${sopId}: ${ids.join(', ')}.` : `${sopId} has no structured steps; name the SOP without a step in a control, or add steps to it.`,
    );
  };
  check(r.process.sop, r.process.step, ['process', 'step']);
  r.controls.forEach((c, i) => {
    if (c.sop !== undefined && c.step !== undefined) check(c.sop, c.step, ['controls', i, 'step']);
  });
}

function checkRatings(r: RiskEntity, bag: DiagnosticBag): void {
  for (const axis of ['likelihood', 'severity'] as const) {
    if (r.after[axis] > r.before[axis]) {
      bag.report(
        'risk/residual-above-inherent',
        r.origin.at(['after', axis]),
        `The ${axis} of ${r.id} with its controls (${r.after[axis]}) is above its ${axis} without them (${r.before[axis]}).`,
        `Controls lower a risk or leave it as it is: rate \`after\` at most as high as \`before\`, or raise \`before\` if the risk was underrated.`,
      );
    }
  }
}

function checkTreatment(h: Handbook, r: RiskEntity, bag: DiagnosticBag): void {
  const o = r.origin;
  const a = r.acceptance;
  const accepted = a !== undefined && a.until >= h.today;
  if (a && a.until < h.today) {
    bag.report(
      'risk/acceptance-expired',
      o.at(['acceptance', 'until']),
      `The acceptance of ${r.id}'s residual risk ended on ${a.until}.`,
      'Judge the risk again: treat it with an action (`treatment:`), or renew the acceptance with a new `date` and `until`.',
    );
  }
  if (a && a.by === r.owner) {
    bag.report(
      'risk/accepted-by-owner',
      o.at(['acceptance', 'by']),
      `${r.id}'s residual risk is accepted by its own owner (${r.owner}).`,
      'A residual risk is accepted by someone with the authority to accept it (top management for a high risk), not by the person who owns and watches it.',
    );
  }
  if (r.levelAfter !== 'high') return;
  const action = r.treatment === undefined ? undefined : h.actions.get(r.treatment);
  if (r.treatment === undefined && !accepted) {
    bag.report(
      'risk/untreated',
      o.atKey(['after']),
      `${r.id} is a high risk even with its controls (likelihood ${r.after.likelihood} × severity ${r.after.severity} = ${riskScore(r.after)}), and has ${a ? 'an acceptance that has ended' : 'neither a treatment nor an acceptance'}.`,
      'Open an improvement action that lowers it and name it under `treatment:`, or have top management accept it in writing: `acceptance: { by, date, until, reason }`.',
    );
  } else if (action?.stage === 'closed' && !accepted) {
    bag.report(
      'risk/treatment-closed',
      o.at(['treatment']),
      `${r.id} is still rated high with its controls, but its treatment ${action.id} was closed on ${action.closed ?? '?'}.`,
      'Rate the risk again now that the treatment is done (`after` and `lastReviewed`), or open a further action.',
    );
  }
}

/** Controls point at documents in force, and a KPI that watches a risk is reported where it arises. */
function checkControls(h: Handbook, r: RiskEntity, bag: DiagnosticBag): void {
  const inScope = unitsOf(h, r);
  r.controls.forEach((c, i) => {
    const sop = c.sop === undefined ? undefined : h.sops.get(c.sop);
    if (sop && (sop.status === 'retired' || sop.status === 'superseded')) {
      bag.report('risk/control-retired', r.origin.at(['controls', i, 'sop']), `${r.id} is controlled by ${sop.id}, which is ${sop.status}.`, `Name the procedure that replaced ${sop.id}, or remove the control and rate the risk again.`);
    }
    const standard = c.standard === undefined ? undefined : h.standards.get(c.standard);
    if (standard?.status === 'retired') {
      bag.report('risk/control-retired', r.origin.at(['controls', i, 'standard']), `${r.id} is controlled by ${standard.id}, which is retired.`, `Name the standard that replaced ${standard.id}, or remove the control and rate the risk again.`);
    }
    const scope = c.kpi === undefined ? undefined : h.derived.kpiScope.get(c.kpi);
    if (scope && !(inScope === 'all' ? scope.size > 0 : [...inScope].some((u) => scope.has(u)))) {
      bag.report(
        'risk/control-out-of-scope',
        r.origin.at(['controls', i, 'kpi']),
        `${c.kpi} watches ${r.id}, but is reported for none of the units where the risk arises.`,
        `Name a KPI reported for ${r.units === 'all' ? 'the units' : r.units.join(', ')}, or widen the KPI's \`units\`.`,
      );
    }
  });
  const sop = h.sops.get(r.process.sop);
  if (sop && (sop.status === 'retired' || sop.status === 'superseded')) {
    bag.report('risk/control-retired', r.origin.at(['process', 'sop']), `${r.id} arises in ${sop.id}, which is ${sop.status}.`, `Move the risk to the procedure that replaced ${sop.id}, or set \`status: retired\` if the risk no longer arises.`);
  }
}

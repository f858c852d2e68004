/**
 * Recertification (training settings `recertification`, `derive/certification-lapse.ts`): the roles
 * of the recertification intervals exist, every role the latest coverage records count has an
 * interval, and a unit whose certification coverage reaches the coverage KPI's target now but falls
 * below it once the certifications expiring within the window lapse (if nothing renews them) is a
 * warning, at the unit's expiring count.
 */
import { didYouMean } from '../suggest.ts';
import { compareText } from '../order.ts';
import type { Rule } from './rule.ts';

const pct = (x: number) => `${Math.round(x * 10) / 10} %`;

export const certificationLapse: Rule = {
  name: 'certification-lapse',
  run(h, bag) {
    const settings = h.trainingSettings[0];
    const recert = settings?.recertification;
    if (settings && recert) {
      for (const role of Object.keys(recert.months)) {
        if (h.roles.has(role) || h.rejected.roles.has(role)) continue;
        bag.report('ref/unknown', settings.origin.atKey(['recertification', 'months', role]), `\`recertification.months\` names the role "${role}", which does not exist.`, didYouMean(role, h.roles.keys(), 'Use the id of a role defined in data/roles.yaml, or add it there first.'));
      }
      const latest = [...h.trainingCoverage.values()].sort((a, b) => compareText(a.id, b.id)).at(-1);
      const missing = [...new Set(latest?.rows.map((r) => r.role) ?? [])].filter((role) => recert.months[role] === undefined && h.roles.has(role));
      if (missing.length > 0) {
        bag.report(
          'coverage/recertification-missing',
          settings.origin.atKey(['recertification', 'months']),
          `The coverage records of ${latest!.id} count ${missing.join(', ')}, but the training settings give no recertification interval for ${missing.length === 1 ? 'it' : 'them'}.`,
          `Add the months a certification of each role is valid under \`recertification.months\`, e.g. \`${missing[0]}: 24\`.`,
        );
      }
    }
    for (const lapse of h.derived.certificationLapses) {
      if (!lapse.fallsBelow) continue;
      const file = [...h.trainingCoverage.values()].find((c) => c.id === lapse.period);
      if (!file) continue;
      const row = lapse.rows.find((i) => (file.rows[i]?.expiring ?? 0) > 0) ?? lapse.rows[0]!;
      const lost = lapse.expiring;
      bag.report(
        'coverage/lapse-below-target',
        file.origin.at(['rows', row, 'expiring']),
        `${lapse.unit}'s certification coverage is ${pct(lapse.now)} (${lapse.certified} of ${lapse.staff}) on ${lapse.asOf}; if the ${lost} ${lost === 1 ? 'certification' : 'certifications'} expiring by ${lapse.lapseBy} ${lost === 1 ? 'is' : 'are'} not renewed, it falls to ${pct(lapse.after)}, below ${lapse.kpi}'s target of ${pct(lapse.target)}.`,
        `Book the reassessments of the staff whose certification expires before ${lapse.lapseBy} in the learning system; the next coverage figures will show them renewed.`,
      );
    }
  },
};

/**
 * Training records (data/training/): the settings file holds one entry; coverage counts stay
 * within the staff they count; a retraining campaign names an existing major version of its SOP,
 * counts no more retrained than there are to retrain, gives figures for the units it lists, and
 * an exception to it is signed by the quality manager; a major version of an assessed SOP that
 * takes effect after the training records start has a campaign; and one whose date has come while
 * its campaign is short is reported, since the version before it stays in force
 * (derive/training-gate.ts decides that once).
 */
import { QUALITY_MANAGER_ROLE, recordsStart } from '../derive/training-gate.ts';
import { coverageKpiCounts } from '../derive/training-kpi.ts';
import { didYouMean } from '../suggest.ts';
import { DEFAULT_EXPIRING_WITHIN_DAYS } from '../schema/training.ts';
import type { Rule } from './rule.ts';

export const training: Rule = {
  name: 'training',
  run(h, bag) {
    (h.trainingSettings ?? []).slice(1).forEach((s) => {
      bag.report('training/settings-repeated', s.origin.atKey([]), 'The training settings hold more than one entry; only the first is read.', 'Keep one entry under `settings:` with the day the training records start.');
    });

    const settings = h.trainingSettings?.[0];
    if (settings?.coverageKpi !== undefined) {
      const kpi = h.kpis.get(settings.coverageKpi);
      if (kpi && kpi.frequency !== 'quarterly') {
        bag.report('coverage/kpi-not-quarterly', settings.origin.at(['coverageKpi']), `${kpi.id} is reported ${kpi.frequency}, but coverage is counted per quarter; its measurements are not computed.`, `Make ${kpi.id} a quarterly KPI (\`frequency: quarterly\`), or name another KPI.`);
      }
    }
    for (const c of coverageKpiCounts(h)) {
      const m = h.index.measurementsByKpi.get(c.kpi)?.get(c.unit)?.get(c.period);
      if (!m || m.origin.file === c.file.origin.file || m.value === null || c.n === 0) continue;
      const typedK = m.k !== undefined && m.n !== undefined;
      const agrees = typedK ? m.k === c.k && m.n === c.n : Math.abs(m.value - (c.k / c.n) * 100) < 0.05;
      if (!agrees) {
        const written = typedK ? `${m.k} of ${m.n}` : `${m.value}`;
        bag.report(
          'coverage/kpi-disagrees',
          m.origin.at([typedK ? 'k' : 'value']),
          `${c.kpi} at ${c.unit} in ${c.period} is written as ${written}, but the coverage records count ${c.k} certified of ${c.n} staff (${c.file.origin.file}).`,
          `Remove the typed measurement (it is computed from the coverage records), or correct the coverage figures.`,
        );
      }
    }

    for (const c of h.trainingCoverage?.values() ?? []) {
      const seen = new Set<string>();
      c.rows.forEach((r, i) => {
        const o = c.origin;
        const key = `${r.unit}\u0000${r.role}`;
        if (seen.has(key)) bag.report('coverage/duplicate-row', o.at(['rows', i]), `${c.id} counts ${r.role} at ${r.unit} twice.`, 'Keep one row per unit and role: add the counts together, or correct the unit or role.');
        seen.add(key);
        if (r.certified > r.staff) {
          bag.report('coverage/certified-exceeds-staff', o.at(['rows', i, 'certified']), `${c.id} counts ${r.certified} certified ${r.role} at ${r.unit}, but only ${r.staff} staff in the role.`, 'Certified staff are some of the staff in the role: check both figures in the learning system.');
        }
        if (r.expiring > r.certified) {
          bag.report('coverage/expiring-exceeds-certified', o.at(['rows', i, 'expiring']), `${c.id} counts ${r.expiring} certifications of ${r.role} at ${r.unit} expiring within ${h.trainingSettings[0]?.recertification?.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS} days, but only ${r.certified} certified.`, 'Expiring certifications are some of the current ones: check both figures.');
        }
      });
    }

    for (const c of h.campaigns?.values() ?? []) {
      const o = c.origin;
      if (c.id !== `${c.sop}-${c.version}`) {
        bag.report('campaign/id-mismatch', o.at(['id']), `The campaign ${c.id} is on ${c.sop} ${c.version}; its id should say so.`, `Name it \`${c.sop}-${c.version}\` (and its file \`${c.sop}-${c.version}.yaml\`), or correct \`sop\` or \`version\`.`);
      }
      const sop = h.sops.get(c.sop);
      if (sop) {
        const index = sop.changeLog.findIndex((e) => e.version === c.version);
        const entry = sop.changeLog[index];
        if (!entry && c.version !== sop.version) {
          const known = sop.changeLog.filter((e, i) => i > 0 && e.change === 'major').map((e) => e.version);
          const hint = known.length > 0 ? `Name a major version of ${c.sop} from its change log (${known.join(', ')}).` : `${c.sop} has no major version after its first: remove the campaign, or correct \`sop\`.`;
          bag.report('campaign/unknown-version', o.at(['version']), `${c.sop} has no version ${c.version}.`, didYouMean(c.version, known, hint));
        } else if (entry && (entry.change !== 'major' || index === 0)) {
          bag.report(
            'campaign/not-major',
            o.at(['version']),
            index === 0 ? `${c.sop} ${c.version} is its first version, not a change staff are retrained on.` : `${c.sop} ${c.version} is a minor version (${entry.summary.trim()}).`,
            'Retraining campaigns follow major versions (a change in substance); staff are told of minor ones. Name the major version, or remove the campaign.',
          );
        }
      }
      const inScope = new Set<string>();
      c.units.forEach((u, i) => {
        if (inScope.has(u)) bag.report('campaign/unit-not-in-scope', o.at(['units', i]), `${c.id} lists ${u} twice in \`units\`.`, 'List each unit in scope once.');
        inScope.add(u);
      });
      const given = new Set<string>();
      c.progress.forEach((p, i) => {
        if (!inScope.has(p.unit)) {
          bag.report('campaign/unit-not-in-scope', o.at(['progress', i, 'unit']), `${c.id} gives figures for ${p.unit}, which is not in its \`units\`.`, `Add ${p.unit} to \`units\` if it is in scope, or remove its figures.`);
        } else if (given.has(p.unit)) {
          bag.report('campaign/unit-not-in-scope', o.at(['progress', i, 'unit']), `${c.id} gives figures for ${p.unit} twice.`, 'Keep one entry per unit, with the latest figures and their date.');
        }
        given.add(p.unit);
        if (p.completed > p.toRetrain) {
          bag.report('campaign/completed-exceeds-to-retrain', o.at(['progress', i, 'completed']), `${c.id} counts ${p.completed} retrained at ${p.unit}, but only ${p.toRetrain} to retrain.`, 'Those retrained are some of those to retrain: check both figures in the learning system.');
        }
      });
      c.units.forEach((u, i) => {
        if (!given.has(u) && h.units.has(u)) {
          bag.report('campaign/unit-without-figures', o.at(['units', i]), `${c.id} has no figures for ${u} yet; it counts as not complete.`, `Add \`- { unit: ${u}, toRetrain: …, completed: …, asOf: … }\` under \`progress\`.`);
        }
      });
      const e = c.exception;
      if (e) {
        const signer = h.people.get(e.by);
        if (signer && signer.role !== QUALITY_MANAGER_ROLE) {
          const qm = [...h.people.values()].filter((p) => p.role === QUALITY_MANAGER_ROLE).map((p) => p.id);
          bag.report(
            'campaign/exception-not-quality-manager',
            o.at(['exception', 'by']),
            `The exception to ${c.id} is signed by ${e.by} (${signer.role}), not by the quality manager; it does not count.`,
            qm.length > 0 ? `Only the quality manager (${qm.join(', ')}) may let the version take effect before retraining is complete.` : `Only a person whose role is ${QUALITY_MANAGER_ROLE} may sign it; data/people.yaml names none.`,
          );
        }
        if (e.expires < e.date) {
          bag.report('campaign/exception-dates', o.at(['exception', 'expires']), `The exception to ${c.id} expires on ${e.expires}, before it was signed (${e.date}).`, 'Correct one of the two dates.');
        }
      }
    }

    const start = recordsStart(h);
    for (const gates of h.derived.retrainingGates.values()) {
      for (const g of gates) {
        const sop = h.sops.get(g.sop)!;
        const index = sop.changeLog.findIndex((e) => e.version === g.version);
        if (!g.campaign) {
          bag.report(
            'campaign/missing',
            sop.origin.at(['changeLog', index, 'version']),
            `${g.sop} ${g.version} is a major version of an assessed SOP, effective ${g.effective} (the training records start on ${start}), and has no retraining campaign: it cannot come into force.`,
            `Add data/training/campaigns/${g.sop}-${g.version}.yaml with the units in scope, the required completion and the figures per unit.`,
          );
        } else if (!g.passed && g.effective <= h.today) {
          bag.report(
            'training/version-waiting',
            g.campaign.origin.at(['requiredCompletion']),
            `${g.sop} ${g.version} reached its effective date (${g.effective}) but is not in force: retraining has reached ${g.campaign.requiredCompletion} % in ${g.unitsComplete} of ${g.unitsInScope} units, so the version before it stays in force.`,
            `Complete the retraining in the other units (or the quality manager signs a dated \`exception\`); until then staff work to the version before ${g.version}.`,
          );
        }
      }
    }
  },
};

/** Words of recertification on the training page: how long certifications are valid, and coverage once the expiring ones lapse. */
import type { LocalizedText } from '../../../core/schema/common.ts';

export const recertification = {
  title: 'Recertification',
  intervalsIntro: 'A certification is valid for a fixed time; staff pass the assessment again before it ends:',
  interval: (p: { role: LocalizedText | string; months: number }) => ({ role: p.role, text: `${p.months} months` }),
  noIntervals: 'The training settings give no recertification interval (`recertification.months` in data/training/settings.yaml).',
  lapseIntro: (p: { lapseBy: string; kpi: string; target: string; asOf: string }) =>
    `If the certifications expiring by ${p.lapseBy} (counted on ${p.asOf}) are not renewed, each unit's coverage falls to the figure below; ${p.kpi}'s target is ${p.target}.`,
  caption: 'Certification coverage now and once the expiring certifications lapse',
  unit: 'Unit',
  now: 'Now',
  expiring: 'Expiring',
  after: 'If not renewed',
  belowTarget: (after: string) => `${after} (below target: book the reassessments)`,
  roleInterval: ': ',
};

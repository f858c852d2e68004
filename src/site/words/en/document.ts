/**
 * Words of the interface for documents written in English or Chinese. SOPs and handbook pages
 * show their labels in their own language (staff read them at the point of work); the rest of
 * the site is in English.
 */
import type { Locale } from '../../../core/schema/common.ts';
import type { SopStatus } from '../../../core/schema/sop.ts';
import type { ReviewStatus } from '../../../core/model/handbook.ts';

/** `1 day`, `3 days`. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface Labels {
  version: string;
  status: string;
  statuses: Record<SopStatus, string>;
  /** A sentence shown above an SOP that is not in force; absent for effective SOPs. */
  statusNotice: Partial<Record<SopStatus, string>>;
  owner: string;
  approvers: string;
  effective: string;
  notYetEffective: string;
  lastReview: string;
  nextReview: string;
  review: (review: ReviewStatus) => string;
  scope: string;
  allUnits: string;
  language: string;
  area: string;
  summary: string;
  procedure: string;
  step: string;
  actor: string;
  action: string;
  timeLimit: string;
  record: string;
  next: string;
  end: string;
  standards: string;
  kpis: string;
  related: string;
  none: string;
  training: string;
  trainingLevels: Record<'none' | 'read' | 'assessed', string>;
  trainingRoles: string;
  changeLog: string;
  changeLogCaption: string;
  date: string;
  change: string;
  changes: Record<'major' | 'minor', string>;
  uncontrolled: (url: string) => string;
  updated: string;
  description: string;
  /** The printed stamp of an SOP: version, effective date and the date the copy was built. */
  printStamp: (p: { version: string; effective: string | undefined; built: string }) => string;
  /** Heading of the swimlane diagram. */
  swimlane: string;
  /** Text alternative of the swimlane diagram. */
  swimlaneDesc: (steps: number, roles: number) => string;
  /** Notices about the language of a document (see core/model/localize.ts). */
  translation: {
    /** No translation into the reader's language: the original is shown. */
    missing: string;
    /** A translation made from an older version than the one in force. */
    outdated: (p: { sourceVersion: string; version: string }) => string;
    /** A current translation. */
    translated: (p: { sourceVersion: string }) => string;
    /** A page translation older than its original's last update. */
    pageOutdated: string;
    pageTranslated: string;
    /** The original is shown as the version in force from history; the translation file follows a version not in force yet. */
    pageInForceOriginal: string;
    /** The link to the original. */
    readOriginal: string;
  };
  /** The name of a language, in this language. */
  languageNames: Record<Locale, string>;
  /** The "at a glance" block and the table of contents of an SOP page. */
  glance: {
    title: string;
    who: string;
    /** `S1, S2 and S5` (the steps a role acts in, as links). */
    steps: (n: number) => string;
    timeLimits: string;
    noTimeLimits: string;
    records: string;
    noRecords: string;
    /** `must meet STD-RESP-001`. */
    meets: string;
    contents: string;
  };
}

export const document: Labels = {
  version: 'Version',
  status: 'Status',
  statuses: { draft: 'Draft', 'in-review': 'In review', effective: 'Effective', superseded: 'Superseded', retired: 'Retired' },
  statusNotice: {
    draft: 'Draft: not approved yet. Do not work to this procedure.',
    'in-review': 'In review: not in force yet. Do not work to this procedure.',
    superseded: 'Superseded: this procedure has been replaced. Do not work to it.',
    retired: 'Retired: this procedure is no longer used. Do not work to it.',
  },
  owner: 'Owner',
  approvers: 'Approvers',
  effective: 'Effective from',
  notYetEffective: 'Not in force yet',
  lastReview: 'Last review',
  nextReview: 'Next review',
  review: (r) => {
    switch (r.state) {
      case 'overdue':
        return `Overdue by ${plural(-(r.daysLeft ?? 0), 'day')}`;
      case 'due-soon':
        return `Due soon: in ${plural(r.daysLeft ?? 0, 'day')}`;
      case 'ok':
        return `In ${plural(r.daysLeft ?? 0, 'day')}`;
      case 'not-scheduled':
        return 'Not scheduled: only effective procedures are reviewed';
    }
  },
  scope: 'Applies to',
  allUnits: 'All units',
  language: 'Language',
  area: 'Process area',
  summary: 'Summary',
  procedure: 'Procedure',
  step: 'Step',
  actor: 'Who',
  action: 'Action',
  timeLimit: 'Time limit',
  record: 'Record',
  next: 'Next',
  end: 'End',
  standards: 'Service standards implemented',
  kpis: 'Measured by',
  related: 'Related SOPs',
  none: 'None',
  training: 'Training',
  trainingLevels: { none: 'No training required', read: 'Read and confirm', assessed: 'Assessed before working alone' },
  trainingRoles: 'Roles to train:',
  changeLog: 'Change log',
  changeLogCaption: 'Versions of this SOP, newest first',
  date: 'Date',
  change: 'Change',
  changes: { major: 'Major (retraining required)', minor: 'Minor' },
  uncontrolled: (url) => `Uncontrolled when printed. The current version is at ${url}`,
  updated: 'Updated',
  description: 'Description',
  printStamp: ({ version, effective, built }) =>
    `Version ${version} · ${effective ? `effective ${effective}` : 'not yet effective'} · printed from the handbook built on ${built}`,
  swimlane: 'Swimlane diagram',
  swimlaneDesc: (steps, roles) =>
    `${steps} steps across ${roles} roles, one lane per role, in order from top to bottom. A step names the step it leads to when that is not the next one; a decision names the step for each answer.`,
  translation: {
    missing: 'This document has not been translated into English yet. It is shown in its original language.',
    outdated: ({ sourceVersion, version }) =>
      `This translation was made from version ${sourceVersion}; version ${version} is in force. Where they differ, the original prevails.`,
    translated: ({ sourceVersion }) => `Translated from version ${sourceVersion} of the original. Where they differ, the original prevails.`,
    pageOutdated: 'The original has been updated since this translation was made. Where they differ, the original prevails.',
    pageTranslated: 'This is a translation. Where it differs from the original, the original prevails.',
    pageInForceOriginal: 'The translation has been updated for a version that is not in force yet. The version in force is shown in its original language.',
    readOriginal: 'Read the original',
  },
  languageNames: { en: 'English', 'zh-CN': 'Chinese' },
  glance: {
    title: 'At a glance',
    who: 'Who takes part',
    steps: (n) => (n === 1 ? 'step' : 'steps'),
    timeLimits: 'Time limits',
    noTimeLimits: 'No step has a time limit.',
    records: 'Records it leaves',
    noRecords: 'No step names a record.',
    meets: 'must meet',
    contents: 'On this page',
  },
};

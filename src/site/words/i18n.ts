/**
 * Words of the interface for documents written in English or Chinese. SOPs and handbook pages
 * show their labels in their own language (staff read them at the point of work); the rest of
 * the site is in English.
 */
import type { Locale } from '../../core/schema/common.ts';
import type { SopStatus } from '../../core/schema/sop.ts';
import type { ReviewStatus } from '../../core/model/handbook.ts';

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
}

const en: Labels = {
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
};

const zh: Labels = {
  version: '版本',
  status: '状态',
  statuses: { draft: '草稿', 'in-review': '审核中', effective: '生效', superseded: '已被替代', retired: '已废止' },
  statusNotice: {
    draft: '草稿：尚未批准，请勿按此程序执行。',
    'in-review': '审核中：尚未生效，请勿按此程序执行。',
    superseded: '已被替代：本程序已被取代，请勿按此执行。',
    retired: '已废止：本程序已停止使用，请勿按此执行。',
  },
  owner: '负责人',
  approvers: '审批人',
  effective: '生效日期',
  notYetEffective: '尚未生效',
  lastReview: '上次评审',
  nextReview: '下次评审',
  review: (r) => {
    switch (r.state) {
      case 'overdue':
        return `已逾期 ${-(r.daysLeft ?? 0)} 天`;
      case 'due-soon':
        return `即将到期：${r.daysLeft ?? 0} 天后`;
      case 'ok':
        return `${r.daysLeft ?? 0} 天后`;
      case 'not-scheduled':
        return '未安排：仅生效的程序需定期评审';
    }
  },
  scope: '适用范围',
  allUnits: '全部单位',
  language: '语言',
  area: '流程领域',
  summary: '摘要',
  procedure: '程序步骤',
  step: '步骤',
  actor: '执行角色',
  action: '工作内容',
  timeLimit: '时限',
  record: '记录',
  next: '下一步',
  end: '结束',
  standards: '执行的服务标准',
  kpis: '衡量指标',
  related: '相关程序',
  none: '无',
  training: '培训',
  trainingLevels: { none: '无需培训', read: '阅读确认', assessed: '考核合格后方可独立上岗' },
  trainingRoles: '需培训的角色：',
  changeLog: '修订记录',
  changeLogCaption: '本程序各版本，最新在前',
  date: '日期',
  change: '变更类型',
  changes: { major: '重大（需重新培训）', minor: '微小' },
  uncontrolled: (url) => `打印件为非受控文件。现行版本请见 ${url}`,
  updated: '更新日期',
  description: '说明',
  printStamp: ({ version, effective, built }) => `版本 ${version} · ${effective ? `生效日期 ${effective}` : '尚未生效'} · 打印自 ${built} 构建的手册`,
  swimlane: '泳道图',
  swimlaneDesc: (steps, roles) => `共 ${steps} 个步骤，涉及 ${roles} 个角色，每个角色一条泳道，自上而下依次进行。下一步不是紧接的步骤时，步骤中写明去向；判断步骤写明每个答案对应的步骤。`,
  translation: {
    missing: '本文件尚无中文译本，以下为原文。',
    outdated: ({ sourceVersion, version }) => `本译文依据第 ${sourceVersion} 版翻译，现行版本为第 ${version} 版。如有出入，以原文为准。`,
    translated: ({ sourceVersion }) => `本文为原文第 ${sourceVersion} 版的译文。如有出入，以原文为准。`,
    pageOutdated: '原文在本译文完成后已有更新。如有出入，以原文为准。',
    pageTranslated: '本文为译文。如有出入，以原文为准。',
    pageInForceOriginal: '现有译文已按尚未生效的新版本更新。以下为现行版本的原文。',
    readOriginal: '阅读原文',
  },
  languageNames: { en: '英文', 'zh-CN': '中文' },
};

export function labels(lang: Locale): Labels {
  return lang === 'zh-CN' ? zh : en;
}

/** `1 day`, `3 days`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

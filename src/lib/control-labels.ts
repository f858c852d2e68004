/**
 * Words for the document-control parts of an SOP page (approval signatures, history, superseded
 * versions), in the SOP's own language like the rest of the page.
 */
import type { Locale } from '../core/schema/common.ts';
import type { SignatureMeaning } from '../core/approval/schema.ts';

export interface ControlLabels {
  approval: string;
  signaturesCaption: (version: string) => string;
  name: string;
  meaning: string;
  meanings: Record<SignatureMeaning, string>;
  dateTime: string;
  content: string;
  matches: string;
  differs: string;
  fingerprint: string;
  /** Link text to where a signature was given (a pull-request review). */
  evidence: string;
  approved: (version: string, names: string) => string;
  changedSinceApproval: (version: string) => string;
  awaiting: (version: string, missing: string) => string;
  notApproved: (version: string) => string;
  inReview: (missing: string) => string;
  noRecords: string;
  history: string;
  lastChange: string;
  authors: string;
  allChanges: (n: number) => string;
  date: string;
  author: string;
  message: string;
  commit: string;
  historyUnavailable: (reason: string) => string;
  notCommitted: string;
  current: string;
  supersededVersion: (version: string) => string;
  retraining: (version: string) => string;
  supersededNotice: string;
  supersededDetail: (args: { id: string; version: string; from?: string | undefined; until?: string | undefined; by?: string | undefined }) => string;
  currentVersion: string;
  takenFrom: (commit: string, date: string) => string;
  earlierFormat: string;
  supersededOn: string;
}

const en: ControlLabels = {
  approval: 'Approval',
  signaturesCaption: (v) => `Signatures for version ${v}`,
  name: 'Name',
  meaning: 'Meaning',
  meanings: { authored: 'Authored', reviewed: 'Reviewed', approved: 'Approved' },
  dateTime: 'Date and time',
  content: 'Content signed',
  matches: 'This text',
  differs: 'Earlier text',
  fingerprint: 'Fingerprint',
  evidence: 'review',
  approved: (v, names) => `Approved: version ${v} is the text ${names} signed.`,
  changedSinceApproval: (v) => `Changed since approval: this text differs from the text its approvers signed for version ${v}. Ask the owner before relying on the changed parts.`,
  awaiting: (v, missing) => `Approval incomplete: ${missing} has not signed version ${v}.`,
  notApproved: (v) => `No approval is recorded for version ${v}.`,
  inReview: (missing) => `In review: awaiting the approval of ${missing}.`,
  noRecords: 'No signatures recorded for this version.',
  history: 'History',
  lastChange: 'Last change',
  authors: 'Written by',
  allChanges: (n) => `All ${n} change${n === 1 ? '' : 's'} in Git`,
  date: 'Date',
  author: 'Author',
  message: 'What changed',
  commit: 'Commit',
  historyUnavailable: (reason) => `History unavailable: ${reason}.`,
  notCommitted: 'Not committed yet: this file has no history in Git.',
  current: 'current',
  supersededVersion: (v) => `Superseded version ${v}`,
  retraining: (v) => `Version ${v} is a major change: staff in these roles must be retrained before working to it.`,
  supersededNotice: 'Superseded — do not use.',
  supersededDetail: ({ id, version, from, until, by }) =>
    `This is version ${version} of ${id}${from ? `, in force from ${from}` : ''}${until ? ` until ${until}` : ''}${by ? `, when version ${by} replaced it` : ''}. It is kept for the record only.`,
  currentVersion: 'Go to the current version',
  takenFrom: (commit, date) => `Text as in commit ${commit} of ${date}.`,
  earlierFormat: 'This version was written in an earlier format; its fields are shown as written.',
  supersededOn: 'Superseded on',
};

const zh: ControlLabels = {
  approval: '审批',
  signaturesCaption: (v) => `版本 ${v} 的签署记录`,
  name: '姓名',
  meaning: '签署含义',
  meanings: { authored: '编写', reviewed: '审核', approved: '批准' },
  dateTime: '日期和时间',
  content: '签署内容',
  matches: '即本文',
  differs: '较早的文本',
  fingerprint: '内容指纹',
  evidence: '评审记录',
  approved: (v, names) => `已批准：版本 ${v} 即 ${names} 签署的文本。`,
  changedSinceApproval: (v) => `批准后已更改：本文与审批人签署的版本 ${v} 不一致。依据更改部分工作前请先询问负责人。`,
  awaiting: (v, missing) => `审批未完成：${missing} 尚未签署版本 ${v}。`,
  notApproved: (v) => `版本 ${v} 没有审批记录。`,
  inReview: (missing) => `审核中：等待 ${missing} 批准。`,
  noRecords: '本版本尚无签署记录。',
  history: '修改历史',
  lastChange: '最近修改',
  authors: '作者',
  allChanges: (n) => `Git 中的全部 ${n} 次修改`,
  date: '日期',
  author: '作者',
  message: '修改内容',
  commit: '提交',
  historyUnavailable: (reason) => `无法显示修改历史（${reason}）。`,
  notCommitted: '尚未提交：此文件在 Git 中没有历史记录。',
  current: '现行',
  supersededVersion: (v) => `已被替代的版本 ${v}`,
  retraining: (v) => `版本 ${v} 为重大修改：以下角色须重新培训后方可按此执行。`,
  supersededNotice: '已被替代——请勿使用。',
  supersededDetail: ({ id, version, from, until, by }) =>
    `这是 ${id} 的版本 ${version}${from ? `，自 ${from} 起生效` : ''}${until ? `，至 ${until}` : ''}${by ? `由版本 ${by} 取代` : ''}。仅作存档。`,
  currentVersion: '查看现行版本',
  takenFrom: (commit, date) => `文本取自 ${date} 的提交 ${commit}。`,
  earlierFormat: '此版本采用较早的格式，字段按原文显示。',
  supersededOn: '被替代日期',
};

export function controlLabels(lang: Locale): ControlLabels {
  return lang === 'zh-CN' ? zh : en;
}

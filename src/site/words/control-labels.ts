/**
 * Words for the document-control parts of an SOP page (approval signatures, history, superseded
 * versions), in the SOP's own language like the rest of the page.
 */
import type { Locale } from '../../core/schema/common.ts';
import type { SignatureMeaning } from '../../core/approval/schema.ts';
import type { SopStatus } from '../../core/schema/sop.ts';

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
  /** The badge next to the status of a document changed since approval (on its page and in lists). */
  changedBadge: string;
  /** Heading of the section showing what changed since approval. */
  sinceApprovalTitle: (version: string) => string;
  /** Where the approved text compared with comes from. */
  sinceApprovalSource: (commit: string, date: string) => string;
  /** The approved text is not in the Git history of the build. */
  sinceApprovalMissing: string;
  /** Column headings of the comparison with the approved text. */
  approvedColumn: string;
  nowColumn: string;
  seeWhatChangedSinceApproval: string;
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
  /** Above the version in force, when the file holds a newer one: `Version 3.2 takes effect on 15 Jan 2027`; the link follows. */
  upcomingNotice: (p: { version: string; status: SopStatus; effective: string | undefined }) => string;
  seeWhatChanges: string;
  /** The page of the upcoming version. */
  upcomingTitle: (version: string) => string;
  upcomingPageNotice: (p: { version: string; status: SopStatus; effective: string | undefined; inForce: string }) => string;
  goToInForce: (version: string) => string;
  whatChanges: (from: string, to: string) => string;
  noChange: string;
  stepsChanged: string;
  fieldsChanged: string;
  bodyChanged: string;
  stepAdded: (id: string) => string;
  stepRemoved: (id: string) => string;
  stepChanged: (id: string) => string;
  before: string;
  after: string;
  field: string;
  fieldNames: Record<string, string>;
  lineAdded: string;
  lineRemoved: string;
  upcomingProcedure: (version: string) => string;
  /** A first version not in force yet. */
  notInForceYet: (p: { version: string; status: SopStatus; effective: string | undefined }) => string;
  /** History unavailable and the file's version not in force. */
  inForceUnknown: (p: { version: string; reason: string }) => string;
  upcomingBadge: (version: string, effective: string | undefined) => string;
  scheduledChanges: string;
  scheduledIntro: string;
  scheduledCaption: string;
  noScheduledChanges: string;
  document: string;
  inForceColumn: string;
  nextVersion: string;
  takesEffect: string;
  notDated: string;
  sopTitle: string;
  /** A version approved for a later date. */
  approvedStatus: string;
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
  changedBadge: 'Changed since approval',
  sinceApprovalTitle: (v) => `What changed since version ${v} was approved`,
  sinceApprovalSource: (commit, date) => `The approved text is the file as in commit ${commit} of ${date}; the changes below are not approved.`,
  sinceApprovalMissing: 'The text its approvers signed is not in the Git history of this build, so the changes cannot be shown here. Ask the owner; git log -p on the file shows its changes.',
  approvedColumn: 'Approved',
  nowColumn: 'Now',
  seeWhatChangedSinceApproval: 'See what changed',
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
    `This is version ${version} of ${id}${from ? `, in force from ${from}` : ''}.${until ? ` Superseded on ${until}${by ? ` by version ${by}` : ''}.` : ''} It is kept for the record only.`,
  currentVersion: 'Go to the current version',
  takenFrom: (commit, date) => `Text as in commit ${commit} of ${date}.`,
  earlierFormat: 'This version was written in an earlier format; its fields are shown as written.',
  supersededOn: 'Superseded on',
  upcomingNotice: ({ version, status, effective }) =>
    status === 'effective'
      ? `Version ${version} takes effect on ${effective}. Until then this version is in force.`
      : status === 'in-review'
        ? `Version ${version} is in review${effective ? `, planned to take effect on ${effective}` : ''}. Until it is approved and takes effect, this version is in force.`
        : `A draft of version ${version} is being prepared. This version stays in force.`,
  seeWhatChanges: 'See what changes',
  upcomingTitle: (v) => `Upcoming version ${v}`,
  upcomingPageNotice: ({ version, status, effective, inForce }) =>
    `Not in force yet: do not work to this text. ${
      status === 'effective' ? `Version ${version} takes effect on ${effective}.` : status === 'in-review' ? `Version ${version} is in review${effective ? `, planned for ${effective}` : ''}.` : `Version ${version} is a draft.`
    } Until then, version ${inForce} is in force.`,
  goToInForce: (v) => `Go to version ${v}, in force`,
  whatChanges: (from, to) => `What changes from version ${from} to ${to}`,
  noChange: 'No change to the steps, time limits or text.',
  stepsChanged: 'Steps and time limits',
  fieldsChanged: 'Scope, links and training',
  bodyChanged: 'Text',
  stepAdded: (id) => `Step ${id} added`,
  stepRemoved: (id) => `Step ${id} removed`,
  stepChanged: (id) => `Step ${id} changed`,
  before: 'Before',
  after: 'After',
  field: 'Field',
  fieldNames: { actor: 'Who', action: 'Action', timeLimit: 'Time limit', standard: 'Standard', record: 'Record', next: 'Next step', decision: 'Decision', title: 'Title', summary: 'Summary', scope: 'Scope', implements: 'Standards implemented', measuredBy: 'Measured by', related: 'Related SOPs', training: 'Training', area: 'Process area', lang: 'Language' },
  lineAdded: 'added',
  lineRemoved: 'removed',
  upcomingProcedure: (v) => `The procedure in version ${v}`,
  notInForceYet: ({ version, status, effective }) =>
    status === 'effective'
      ? `Not in force yet: version ${version} takes effect on ${effective}. Do not work to this procedure before then.`
      : status === 'in-review'
        ? `Not in force yet: version ${version} is in review${effective ? `, planned for ${effective}` : ''}. Do not work to this procedure.`
        : `Not in force: version ${version} is a draft. Do not work to this procedure.`,
  inForceUnknown: ({ version, reason }) =>
    `The version in force cannot be shown from this build (${reason}). The text below is version ${version}, which is not in force yet: do not work to it; ask the owner for the version in force.`,
  upcomingBadge: (v, effective) => (effective ? `${v} from ${effective}` : `${v} in preparation`),
  scheduledChanges: 'Scheduled changes',
  scheduledIntro: 'New versions approved or in review, with the date they take effect. Until then the version in force stays on the document\'s page, and a new KPI target or standard is not applied.',
  noScheduledChanges: 'No new version is scheduled.',
  scheduledCaption: 'New versions of controlled documents and the date each takes effect',
  document: 'Document',
  inForceColumn: 'In force',
  nextVersion: 'Next version',
  takesEffect: 'Takes effect',
  notDated: 'not dated yet',
  sopTitle: 'Title',
  approvedStatus: 'Approved',
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
  changedBadge: '批准后已更改',
  sinceApprovalTitle: (v) => `版本 ${v} 批准后的更改`,
  sinceApprovalSource: (commit, date) => `批准的文本为提交 ${commit}（${date}）中的文件；以下更改未经批准。`,
  sinceApprovalMissing: '本次构建的 Git 历史中没有审批人签署的文本，因此无法在此显示更改。请询问负责人；对该文件运行 git log -p 可查看其更改。',
  approvedColumn: '批准时',
  nowColumn: '现在',
  seeWhatChangedSinceApproval: '查看更改',
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
    `这是 ${id} 的版本 ${version}${from ? `，自 ${from} 起生效` : ''}。${until ? `已于 ${until}${by ? `被版本 ${by} ` : ''}替代。` : ''}仅作存档。`,
  currentVersion: '查看现行版本',
  takenFrom: (commit, date) => `文本取自 ${date} 的提交 ${commit}。`,
  earlierFormat: '此版本采用较早的格式，字段按原文显示。',
  supersededOn: '被替代日期',
  upcomingNotice: ({ version, status, effective }) =>
    status === 'effective'
      ? `版本 ${version} 将于 ${effective} 生效。在此之前，本版本为现行版本。`
      : status === 'in-review'
        ? `版本 ${version} 正在审核${effective ? `，计划于 ${effective} 生效` : ''}。在其获批并生效之前，本版本为现行版本。`
        : `版本 ${version} 的草稿正在编写。本版本继续有效。`,
  seeWhatChanges: '查看变更内容',
  upcomingTitle: (v) => `即将生效的版本 ${v}`,
  upcomingPageNotice: ({ version, status, effective, inForce }) =>
    `尚未生效：请勿按此文本执行。${
      status === 'effective' ? `版本 ${version} 将于 ${effective} 生效。` : status === 'in-review' ? `版本 ${version} 正在审核${effective ? `，计划于 ${effective} 生效` : ''}。` : `版本 ${version} 为草稿。`
    }在此之前，现行版本为 ${inForce}。`,
  goToInForce: (v) => `查看现行版本 ${v}`,
  whatChanges: (from, to) => `版本 ${from} 到 ${to} 的变更`,
  noChange: '步骤、时限和正文均无变化。',
  stepsChanged: '步骤和时限',
  fieldsChanged: '适用范围、关联和培训',
  bodyChanged: '正文',
  stepAdded: (id) => `新增步骤 ${id}`,
  stepRemoved: (id) => `删除步骤 ${id}`,
  stepChanged: (id) => `步骤 ${id} 有变更`,
  before: '变更前',
  after: '变更后',
  field: '项目',
  fieldNames: { actor: '执行角色', action: '操作', timeLimit: '时限', standard: '服务标准', record: '记录', next: '下一步', decision: '判断', title: '标题', summary: '摘要', scope: '适用范围', implements: '落实的服务标准', measuredBy: '衡量指标', related: '相关程序', training: '培训', area: '流程领域', lang: '语言' },
  lineAdded: '新增',
  lineRemoved: '删除',
  upcomingProcedure: (v) => `版本 ${v} 的程序`,
  notInForceYet: ({ version, status, effective }) =>
    status === 'effective'
      ? `尚未生效：版本 ${version} 将于 ${effective} 生效。在此之前请勿按此程序执行。`
      : status === 'in-review'
        ? `尚未生效：版本 ${version} 正在审核${effective ? `，计划于 ${effective} 生效` : ''}。请勿按此程序执行。`
        : `未生效：版本 ${version} 为草稿。请勿按此程序执行。`,
  inForceUnknown: ({ version, reason }) =>
    `本次构建无法显示现行版本（${reason}）。以下为尚未生效的版本 ${version}：请勿按此执行，请向负责人索取现行版本。`,
  upcomingBadge: (v, effective) => (effective ? `${v} 自 ${effective} 起` : `${v} 编写中`),
  scheduledChanges: '已排定的变更',
  scheduledIntro: '已批准或正在审核的新版本及其生效日期。在此之前，文件页面显示现行版本，新的KPI目标值或服务标准不会施行。',
  noScheduledChanges: '没有已排定的新版本。',
  scheduledCaption: '受控文件的新版本及其生效日期',
  document: '文件编号',
  inForceColumn: '现行版本',
  nextVersion: '新版本',
  takesEffect: '生效日期',
  notDated: '尚未确定日期',
  sopTitle: '标题',
  approvedStatus: '已批准',
};

export function controlLabels(lang: Locale): ControlLabels {
  return lang === 'zh-CN' ? zh : en;
}

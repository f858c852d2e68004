/** Chinese documentControl words (the English ones, in ../en/document-control.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const documentControl: Words['documentControl'] = {
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
  upcomingNotice: ({ version, status, effective, retraining }) =>
    status === 'effective' && retraining
      ? `版本 ${version} 已批准，${effective} 生效，等待再培训：${retraining.total} 个单位中 ${retraining.done} 个已完成。在此之前，本版本为现行版本。`
      : status === 'effective'
      ? `版本 ${version} 将于 ${effective} 生效。在此之前，本版本为现行版本。`
      : status === 'in-review'
        ? `版本 ${version} 正在审核${effective ? `，计划于 ${effective} 生效` : ''}。在其获批并生效之前，本版本为现行版本。`
        : `版本 ${version} 的草稿正在编写。本版本继续有效。`,
  seeWhatChanges: '查看变更内容',
  upcomingTitle: (v) => `即将生效的版本 ${v}`,
  upcomingPageNotice: ({ version, status, effective, inForce, retraining }) =>
    `尚未生效：请勿按此文本执行。${
      status === 'effective' && retraining
        ? `版本 ${version} 已批准，${effective} 生效，等待再培训：${retraining.total} 个单位中 ${retraining.done} 个已完成。`
        : status === 'effective' ? `版本 ${version} 将于 ${effective} 生效。` : status === 'in-review' ? `版本 ${version} 正在审核${effective ? `，计划于 ${effective} 生效` : ''}。` : `版本 ${version} 为草稿。`
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
  upcomingBadge: (v, effective, retraining) =>
    retraining
      ? `${v}${effective ? ` 自 ${effective} 起` : ''}，等待再培训（${retraining.total} 个单位中 ${retraining.done} 个已完成）`
      : effective ? `${v} 自 ${effective} 起` : `${v} 编写中`,
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

/** Chinese document words (the English ones, in ../en/document.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const document: Words['document'] = {
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
  glance: {
    title: '要点速览',
    who: '参与角色',
    steps: () => '步骤',
    timeLimits: '时限',
    noTimeLimits: '没有步骤规定时限。',
    records: '形成的记录',
    noRecords: '没有步骤注明记录。',
    meets: '须符合',
    contents: '本页目录',
  },
};

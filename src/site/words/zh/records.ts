/** Chinese words of the quality records' landing page (the English ones, in ../en/records.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const records: Words['records'] = {
  title: '质量记录',
  description: '组织遵守并改进其程序的证据：改进措施、投诉、审核、检查、培训、风险和管理评审。',
  intro: '手册保存程序；这些登记册保存程序得到遵守和改进的证据。每一项都以数据形式写在代码库中，每次变更都会检查，在每个页面上的合计都一致。个人数据留在其所属系统中：登记册只保存计数和假名化的引用。',
  clause: (clause) => `ISO 9001 ${clause}`,
  nothingYet: '尚无记录。',
  cards: {
    actions: { name: '改进措施', what: '纠正措施和改进，从问题到确认其有效（PDCA）。' },
    complaints: { name: '投诉与反馈', what: '各网点的月度投诉登记：原因、承诺兑现、解决时长和重大投诉。' },
    audits: { name: '审核与发现', what: '审核方案（内部、外部、供应商、神秘顾客），计划与完成对比，以及发现项及其措施。' },
    inspections: { name: '检查与神秘顾客', what: '各单位每月的日常检查，以及神秘顾客每季度的逐项走访结果。' },
    training: { name: '培训', what: '谁须接受哪项程序的培训、各单位的持证覆盖率，以及新的主版本生效前的再培训。' },
    risks: { name: '风险', what: '风险登记册：程序步骤中的风险及其控制、处置和评审。' },
    managementReviews: { name: '管理评审', what: '由数据生成的季度输入资料包，以及每次评审的记录和决定。' },
  },
  latestMonth: '最近月份',
  latestQuarter: '最近季度',
  lastReview: '最近一次评审',
  counts: {
    openActions: (p) => `共 ${p.of} 项，未关闭 ${p.n} 项`,
    overdueActions: (p) => `逾期 ${p.n} 项`,
    received: (p) => `收到投诉 ${p.n} 件`,
    majorComplaints12: (p) => `12 个月内重大投诉 ${p.n} 件`,
    auditsDone: (p) => `本年度计划 ${p.of} 次审核，已完成 ${p.n} 次`,
    openFindings: (p) => `未关闭发现项 ${p.n} 项`,
    openMajorFindings: (p) => `其中严重 ${p.n} 项`,
    inspectionsDone: (p) => `计划检查 ${p.of} 次，已完成 ${p.n} 次`,
    visits: (p) => `神秘顾客走访 ${p.n} 次`,
    waitingVersions: (p) => `${p.n} 个新版本等待再培训`,
    certified: (p) => `${p.of} 名员工中 ${p.n} 名持证`,
    activeRisks: (p) => `有效风险 ${p.n} 项`,
    highRisks: (p) => `控制后仍为高风险 ${p.n} 项`,
    reviewOverdueRisks: (p) => `逾期未评审 ${p.n} 项`,
    decisions: (p) => `决定 ${p.n} 项`,
  },
};

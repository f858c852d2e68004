/** Chinese words of reviews (the English ones, in ../en/reviews.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const reviews: Words['reviews'] = {
  title: '定期评审',
  description: '已逾期和即将到期的受控文件（程序文件、质量手册、方针、服务标准、KPI）评审，以及剩余天数。',
  rule: '每份生效的受控文件（程序文件、质量手册、方针、服务标准、KPI）由其负责人按固定周期评审：下次评审日期 = 上次评审日期（或生效日期）+ 评审周期。',
  asOf: '截至',
  counts: (p) => `：${p.overdue} 项评审已逾期，${p.due} 项将在 ${p.horizon} 天内到期。`,
  howTo: [
    '评审未发现需要修改之处时，在拉取请求 (pull request) 中将 ',
    ' 设为评审日期即可记录，版本号、修订记录和审批签名均保持不变。评审需要修改程序时，须升级版本并重新审批。运行 ',
    ' 可输出同一清单。',
  ],
  groups: {
    overdue: '已逾期',
    due: (horizon) => `${horizon} 天内到期`,
    later: '其后到期',
  },
  empty: {
    overdue: '没有逾期的评审。',
    due: (horizon) => `没有将在 ${horizon} 天内到期的评审。`,
    later: '无。',
  },
  count: (n) => `（${n}）`,
  sop: '文件编号',
  sopTitle: '标题',
  owner: '负责人',
  lastReview: '上次评审',
  due: '到期日',
  daysRemaining: '剩余天数',
  risk: '风险',
  risksTitle: '风险评审',
  risksIntro: (horizon) => `每项有效风险由其负责人按评审周期评审其评级、控制措施和处置（下次评审 = 上次评审 + 评审周期）。已逾期或将在 ${horizon} 天内到期的风险评审：`,
  risksCaption: '评审已逾期或即将到期的风险及其负责人',
  risksEmpty: (horizon) => `没有已逾期或将在 ${horizon} 天内到期的风险评审。`,
  managementReviewTitle: '管理评审',
  when: (daysLeft) => (daysLeft < 0 ? `已逾期 ${-daysLeft} 天` : daysLeft === 0 ? '今天到期' : `${daysLeft} 天后`),
};

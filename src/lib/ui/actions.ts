/** Words of improvement actions: the actions page, the actions table and action lists. */
import type { ImprovementAction } from '../../core/schema/improvement-action.ts';
import { dictionary } from './dictionary.ts';

export const actionText = dictionary(
  {
    title: 'Improvement actions',
    description: 'Corrective and preventive actions run through Plan–Do–Check–Act.',
    intro: (p: { total: string; open: string; overdue: string; today: string }) =>
      `${p.total} actions: ${p.open} open, of which ${p.overdue} overdue (as of ${p.today}). Open actions come first, the most urgent at the top.`,
    stages: { plan: 'Plan', do: 'Do', check: 'Check', act: 'Act', closed: 'Closed' } as Record<ImprovementAction['stage'], string>,
    action: 'Action',
    titleAndGoal: 'Title and goal',
    stage: 'Stage',
    owner: 'Owner',
    due: 'Due',
    concerns: 'Concerns',
    goal: 'Goal:',
    effective: 'Effective',
    notEffective: 'Not effective',
    overdue: 'Overdue',
    closed: 'closed',
    none: 'None.',
    /** Before the due date of an overdue action in a list; `overdueSinceAfter` follows it. */
    overdueSince: 'overdue since',
    overdueSinceAfter: '',
    /** Around the stage after an action's link. */
    open: ' (',
    close: ')',
    listSeparator: ', ',
  },
  {
    title: '改进措施',
    description: '按 PDCA（策划—实施—检查—处置）循环推进的纠正和预防措施。',
    intro: (p) => `共 ${p.total} 项措施：${p.open} 项未关闭，其中 ${p.overdue} 项逾期（截至 ${p.today}）。未关闭的措施排在前面，最紧急的在最上方。`,
    stages: { plan: '策划', do: '实施', check: '检查', act: '处置', closed: '已关闭' },
    action: '措施编号',
    titleAndGoal: '标题与目标',
    stage: '阶段',
    owner: '负责人',
    due: '到期日',
    concerns: '涉及',
    goal: '目标：',
    effective: '有效',
    notEffective: '无效',
    overdue: '逾期',
    closed: '关闭于',
    none: '无。',
    overdueSince: '自',
    overdueSinceAfter: '起逾期',
    open: '（',
    close: '）',
    listSeparator: '，',
  },
);

/** Words of improvement actions: the actions page, the actions table and action lists. */
import type { ImprovementAction } from '../../../core/schema/improvement-action.ts';

export const actions = {
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
  rootCause: 'Root cause:',
  containment: 'Containment:',
  evaluator: 'Evaluated by',
  criterion: 'Effectiveness criterion:',
  criterionText: (p: { kpi: string; target: string; rule: 'every-period' | 'pooled'; count: number; after: string; periods: string; units: string }) =>
    `${p.kpi} on target (${p.target}) ${p.count === 1 ? 'in the first period' : p.rule === 'pooled' ? `pooled over the ${p.count} periods` : `in each of the ${p.count} periods`} after ${p.after} (${p.periods}) at ${p.units}`,
  outcomes: {
    met: 'Met by the data.',
    unmet: 'Not met by the data',
    pending: 'Not all of those periods are over yet.',
    unverified: 'Some of those values are missing.',
  } as Record<'met' | 'unmet' | 'pending' | 'unverified', string>,
  missed: (list: string) => `: ${list}.`,
  pooledValue: (value: string) => `: pooled ${value}.`,
  recurrence: (p: { kpi: string; unit: string; status: string; period: string }) => `Recurrence: ${p.kpi} at ${p.unit} ${p.status} again in ${p.period}, within six months of closing.`,
  statuses: { 'at-risk': 'at risk', 'off-target': 'off target' } as Record<string, string>,
};


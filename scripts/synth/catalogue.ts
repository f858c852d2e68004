/**
 * The generator's catalogue of KPI archetypes, standard events and procedure steps. Thresholds and
 * scales follow DOMAIN.md §3 and src/core/schema/kpi-method.ts; the generator only varies them.
 */
import type { KpiMethod } from '../../src/core/schema/kpi-method.ts';

export type Band = { min: number; max: number };

export interface KpiArchetype {
  id: string;
  en: string;
  zh: string;
  definition: string;
  method: KpiMethod;
  unitOfMeasure: 'percent' | 'points' | 'score' | 'minutes' | 'hours' | 'per-1000';
  scale: Band;
  direction: 'higher' | 'lower' | 'band';
  target: number | Band;
  warning: number | Band;
  frequency: 'monthly' | 'quarterly';
  layer: 'efficiency' | 'accuracy' | 'satisfaction';
  weight: number;
  dataSource: string;
  limit?: string;
  /** Sample sizes drawn for a value, when the method needs one. */
  n?: [number, number];
  minSampleSize?: number;
  decimals: number;
  /** Can be split by channel (KPI-CSAT-PHONE) when more KPIs are asked for. */
  perChannel?: boolean;
}

export const KPI_ARCHETYPES: KpiArchetype[] = [
  { id: 'KPI-NPS', en: 'Net Promoter Score (NPS)', zh: '净推荐值', definition: 'Share of promoters (9–10) minus share of detractors (0–6) among customers answering the recommendation question after a closed case.', method: 'nps', unitOfMeasure: 'points', scale: { min: -100, max: 100 }, direction: 'higher', target: 45, warning: 30, frequency: 'monthly', layer: 'satisfaction', weight: 10, dataSource: 'Post-contact SMS survey', n: [60, 420], minSampleSize: 50, decimals: 1, perChannel: true },
  { id: 'KPI-CSAT', en: 'Customer satisfaction (CSAT, top-two box)', zh: '客户满意度（前两项占比）', definition: 'Share of survey answers that are 4 or 5 on the 1–5 satisfaction question sent after each closed case.', method: 'csat-top-two-box', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 88, warning: 82, frequency: 'monthly', layer: 'satisfaction', weight: 8, dataSource: 'Post-contact SMS survey', n: [50, 500], minSampleSize: 30, decimals: 1, perChannel: true },
  { id: 'KPI-FCR', en: 'First contact resolution', zh: '首次解决率', definition: 'Issues resolved at the first contact divided by all issues; an issue counts as resolved at first contact when the customer does not contact us again about it within 7 days.', method: 'fcr', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 78, warning: 70, frequency: 'monthly', layer: 'efficiency', weight: 7, dataSource: 'CRM ticket export', n: [200, 3000], minSampleSize: 100, decimals: 1, perChannel: true },
  { id: 'KPI-MYSTERY-SHOPPER', en: 'Mystery shopper score', zh: '神秘顾客得分', definition: 'Mean score of the quarter’s mystery shopper visits against the conduct and appearance checklist, out of 100.', method: 'score', unitOfMeasure: 'score', scale: { min: 0, max: 100 }, direction: 'higher', target: 85, warning: 78, frequency: 'quarterly', layer: 'accuracy', weight: 5, dataSource: 'Quarterly mystery shopper programme', decimals: 1 },
  { id: 'KPI-RESP-TIME', en: 'Average first response time', zh: '平均首次响应时长', definition: 'Mean minutes from the moment a contact is received to the first response by a person, over all contacts.', method: 'mean-duration', unitOfMeasure: 'minutes', scale: { min: 0, max: 1440 }, direction: 'lower', target: 20, warning: 30, frequency: 'monthly', layer: 'efficiency', weight: 6, dataSource: 'CRM ticket export', decimals: 1, perChannel: true },
  { id: 'KPI-FR-SLA', en: 'First response within 30 minutes', zh: '30分钟首次响应达标率', definition: 'Complaints answered by a person within 30 minutes divided by all complaints received.', method: 'sla-compliance', limit: '30 min', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 95, warning: 90, frequency: 'monthly', layer: 'efficiency', weight: 8, dataSource: 'Complaint register (CRM ticket export)', n: [80, 1500], minSampleSize: 15, decimals: 1, perChannel: true },
  { id: 'KPI-ERROR-RATE', en: 'Processing error rate', zh: '业务差错率', definition: 'Transactions found wrong by quality inspection or by the customer, divided by all transactions inspected.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'lower', target: 1.5, warning: 2.5, frequency: 'monthly', layer: 'accuracy', weight: 6, dataSource: 'CRM ticket export', n: [500, 8000], minSampleSize: 200, decimals: 2 },
  { id: 'KPI-CPT', en: 'Complaints per 1,000 orders', zh: '千单投诉率', definition: 'Complaints received in the period per 1,000 orders completed in the period.', method: 'per-thousand', unitOfMeasure: 'per-1000', scale: { min: 0, max: 1000 }, direction: 'lower', target: 2, warning: 3, frequency: 'monthly', layer: 'satisfaction', weight: 8, dataSource: 'Order management system', n: [3000, 40000], minSampleSize: 1000, decimals: 2, perChannel: true },
  { id: 'KPI-ON-TIME', en: 'On-time delivery rate', zh: '准时交付率', definition: 'Orders delivered inside the promised time slot divided by all orders delivered.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 96, warning: 92, frequency: 'monthly', layer: 'efficiency', weight: 7, dataSource: 'Delivery tracking system', n: [500, 10000], minSampleSize: 200, decimals: 1 },
  { id: 'KPI-CSAT-MEAN', en: 'Mean satisfaction score', zh: '平均满意度得分', definition: 'Mean answer to the 1–5 satisfaction question of the annual relationship survey, reported monthly on a rolling basis.', method: 'csat-mean', unitOfMeasure: 'score', scale: { min: 1, max: 5 }, direction: 'higher', target: 4.4, warning: 4.1, frequency: 'monthly', layer: 'satisfaction', weight: 4, dataSource: 'Third-party satisfaction survey', n: [50, 500], minSampleSize: 30, decimals: 2 },
  { id: 'KPI-CES', en: 'Customer effort score', zh: '客户费力度', definition: 'Mean agreement, 1–7, with “it was easy to handle my issue”.', method: 'ces-mean', unitOfMeasure: 'score', scale: { min: 1, max: 7 }, direction: 'higher', target: 5.8, warning: 5.3, frequency: 'monthly', layer: 'satisfaction', weight: 4, dataSource: 'Post-contact SMS survey', n: [40, 400], minSampleSize: 30, decimals: 2, perChannel: true },
  { id: 'KPI-CES-NET', en: 'Net ease score', zh: '净省力值', definition: 'Share agreeing (5–7) minus share disagreeing (1–3) that the issue was easy to handle.', method: 'ces-net', unitOfMeasure: 'points', scale: { min: -100, max: 100 }, direction: 'higher', target: 40, warning: 25, frequency: 'monthly', layer: 'satisfaction', weight: 3, dataSource: 'Post-contact SMS survey', n: [40, 400], minSampleSize: 30, decimals: 1 },
  { id: 'KPI-RETENTION', en: 'Customer retention rate', zh: '客户留存率', definition: 'Customers active at the start of the quarter who are still active at its end, divided by customers active at the start.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 85, warning: 80, frequency: 'quarterly', layer: 'satisfaction', weight: 6, dataSource: 'Order management system', n: [1000, 20000], minSampleSize: 500, decimals: 1 },
  { id: 'KPI-REPEAT-PURCHASE', en: 'Repeat-purchase rate', zh: '复购率', definition: 'Customers who bought again within the quarter divided by all customers who bought in the previous quarter.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 38, warning: 32, frequency: 'quarterly', layer: 'satisfaction', weight: 4, dataSource: 'Order management system', n: [1000, 20000], minSampleSize: 500, decimals: 1 },
  { id: 'KPI-ONE-VISIT', en: 'One-visit completion rate', zh: '一次办结率', definition: 'Requests completed in a single visit or contact divided by all requests completed.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 90, warning: 85, frequency: 'monthly', layer: 'efficiency', weight: 6, dataSource: 'CRM ticket export', n: [200, 4000], minSampleSize: 100, decimals: 1 },
  { id: 'KPI-AHT', en: 'Average handling time', zh: '平均处理时长', definition: 'Talk, hold and after-contact work divided by contacts handled. Too short suggests rushed contacts, too long suggests missing knowledge, so a band is the target.', method: 'mean-duration', unitOfMeasure: 'minutes', scale: { min: 0, max: 240 }, direction: 'band', target: { min: 6, max: 9 }, warning: { min: 4.5, max: 11 }, frequency: 'monthly', layer: 'efficiency', weight: 3, dataSource: 'Telephony platform report', decimals: 2 },
  { id: 'KPI-RESOLUTION-TIME', en: 'Average resolution time', zh: '平均解决时长', definition: 'Mean hours from receipt to closure over all cases closed in the period.', method: 'mean-duration', unitOfMeasure: 'hours', scale: { min: 0, max: 720 }, direction: 'lower', target: 24, warning: 36, frequency: 'monthly', layer: 'efficiency', weight: 5, dataSource: 'CRM ticket export', decimals: 1 },
  { id: 'KPI-SOLUTION-SLA', en: 'Solution proposed within 48 hours', zh: '48小时方案提出达标率', definition: 'Complaints with a proposed solution within 48 hours divided by all complaints received.', method: 'sla-compliance', limit: '48 h', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 92, warning: 85, frequency: 'monthly', layer: 'efficiency', weight: 7, dataSource: 'Complaint register (CRM ticket export)', n: [80, 1500], minSampleSize: 15, decimals: 1 },
  { id: 'KPI-SUGGESTION-SLA', en: 'Suggestions answered within 72 hours', zh: '72小时建议回复达标率', definition: 'General suggestions answered within 72 hours divided by all suggestions received.', method: 'sla-compliance', limit: '72 h', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 95, warning: 90, frequency: 'monthly', layer: 'efficiency', weight: 3, dataSource: 'CRM ticket export', n: [20, 400], minSampleSize: 20, decimals: 1 },
  { id: 'KPI-AUDIT-SCORE', en: 'Internal audit score', zh: '内审得分', definition: 'Score of the quarterly internal audit against the SOP checklist, out of 100.', method: 'score', unitOfMeasure: 'score', scale: { min: 0, max: 100 }, direction: 'higher', target: 90, warning: 80, frequency: 'quarterly', layer: 'accuracy', weight: 5, dataSource: 'Internal audit register', decimals: 1 },
  { id: 'KPI-REPEAT-CONTACT', en: 'Repeat contact rate', zh: '重复来电率', definition: 'Contacts about an issue already raised in the previous 7 days divided by all contacts.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'lower', target: 8, warning: 12, frequency: 'monthly', layer: 'accuracy', weight: 4, dataSource: 'CRM ticket export', n: [300, 5000], minSampleSize: 100, decimals: 1 },
  { id: 'KPI-CALLBACK', en: 'Proactive call-back rate', zh: '主动回访率', definition: 'Overtime and repeat cases called back within 24 hours divided by all such cases.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 95, warning: 88, frequency: 'monthly', layer: 'efficiency', weight: 4, dataSource: 'CRM ticket export', n: [20, 400], minSampleSize: 20, decimals: 1 },
  { id: 'KPI-QUEUE-TIME', en: 'Average counter waiting time', zh: '柜台平均等候时长', definition: 'Mean minutes from taking a queue ticket to being called to the counter.', method: 'mean-duration', unitOfMeasure: 'minutes', scale: { min: 0, max: 600 }, direction: 'lower', target: 10, warning: 15, frequency: 'monthly', layer: 'efficiency', weight: 4, dataSource: 'Queue management system', decimals: 1 },
  { id: 'KPI-REWORK', en: 'Repeat repair rate', zh: '返修率', definition: 'Repairs needing another visit within 30 days divided by all repairs completed.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'lower', target: 3, warning: 5, frequency: 'monthly', layer: 'accuracy', weight: 5, dataSource: 'CRM ticket export', n: [50, 1200], minSampleSize: 50, decimals: 1 },
  { id: 'KPI-STAFF-CERT', en: 'Certified staff ratio', zh: '持证上岗率', definition: 'Customer-facing staff who passed the certification assessment divided by all customer-facing staff at the end of the quarter.', method: 'percentage', unitOfMeasure: 'percent', scale: { min: 0, max: 100 }, direction: 'higher', target: 98, warning: 95, frequency: 'quarterly', layer: 'accuracy', weight: 3, dataSource: 'Training records system', n: [8, 60], minSampleSize: 5, decimals: 1 },
];

export const KPI_CHANNELS: { code: string; en: string; zh: string }[] = [
  { code: 'PHONE', en: 'phone', zh: '电话' },
  { code: 'ONLINE', en: 'online', zh: '线上' },
  { code: 'COUNTER', en: 'counter', zh: '柜台' },
  { code: 'APP', en: 'mobile app', zh: '手机应用' },
  { code: 'ONSITE', en: 'on-site', zh: '上门' },
];

/** Events a time-limit standard can fix, and the limits (in minutes) organisations typically set. */
export interface StandardEvent {
  category: string;
  code: string;
  en: string;
  zh: string;
  limits: number[];
  dimension: 'reliability' | 'assurance' | 'tangibles' | 'empathy' | 'responsiveness';
  touchpoint: 'phone' | 'counter' | 'online' | 'on-site' | 'delivery' | 'all';
  kano: 'must-be' | 'one-dimensional' | 'attractive';
}

export const STANDARD_EVENTS: StandardEvent[] = [
  { category: 'first-response', code: 'RESP', en: 'First response to a complaint', zh: '投诉首次响应', limits: [15, 30, 60], dimension: 'responsiveness', touchpoint: 'all', kano: 'must-be' },
  { category: 'solution', code: 'COMP', en: 'Proposed solution for a complaint', zh: '投诉解决方案提出', limits: [1440, 2880], dimension: 'responsiveness', touchpoint: 'all', kano: 'one-dimensional' },
  { category: 'suggestion', code: 'FB', en: 'Reply to a general suggestion', zh: '一般建议回复', limits: [2880, 4320], dimension: 'empathy', touchpoint: 'all', kano: 'one-dimensional' },
  { category: 'after-sales', code: 'AS', en: 'First response to an after-sales request', zh: '售后请求首次响应', limits: [30, 60], dimension: 'responsiveness', touchpoint: 'phone', kano: 'must-be' },
  { category: 'callback', code: 'CALL', en: 'Proactive call-back on an overtime or repeat case', zh: '超时或重复案件主动回访', limits: [1440, 2880], dimension: 'empathy', touchpoint: 'phone', kano: 'attractive' },
  { category: 'on-site', code: 'VISIT', en: 'Engineer arrives on site', zh: '工程师到达现场', limits: [240, 480, 1440], dimension: 'reliability', touchpoint: 'on-site', kano: 'one-dimensional' },
  { category: 'refund', code: 'REF', en: 'Refund credited to the customer', zh: '退款到账', limits: [4320, 7200], dimension: 'reliability', touchpoint: 'all', kano: 'must-be' },
  { category: 'delivery-exception', code: 'DELV', en: 'Customer told of a delivery exception', zh: '配送异常告知客户', limits: [60, 120], dimension: 'responsiveness', touchpoint: 'delivery', kano: 'one-dimensional' },
  { category: 'rectification', code: 'COMP', en: 'Rectification opened for a major complaint', zh: '重大投诉启动专项整改', limits: [1440, 2880], dimension: 'assurance', touchpoint: 'all', kano: 'must-be' },
  { category: 'queue', code: 'CTR', en: 'Counter waiting time', zh: '柜台等候时间', limits: [10, 15, 20], dimension: 'responsiveness', touchpoint: 'counter', kano: 'one-dimensional' },
  { category: 'phone-answer', code: 'TEL', en: 'Call answered by a person', zh: '人工接听来电', limits: [1, 2], dimension: 'responsiveness', touchpoint: 'phone', kano: 'must-be' },
  { category: 'chat-reply', code: 'ONL', en: 'First reply in online chat', zh: '在线会话首次回复', limits: [1, 2, 5], dimension: 'responsiveness', touchpoint: 'online', kano: 'one-dimensional' },
];

/** KPI-threshold standards: the SERVQUAL dimension and code by KPI layer. */
export const KPI_STANDARD_KINDS = {
  satisfaction: { code: 'SAT', dimension: 'empathy', kano: 'one-dimensional' },
  accuracy: { code: 'ACC', dimension: 'reliability', kano: 'must-be' },
  efficiency: { code: 'EFF', dimension: 'responsiveness', kano: 'one-dimensional' },
} as const;

export interface StepTemplate {
  phase: 'intake' | 'assess' | 'act' | 'close';
  en: (subject: string) => string;
  zh: (subject: string) => string;
  actors: string[];
  /** Typical time limits in minutes; undefined when the step has none. */
  limits?: number[];
  /** A standard event category the step can be held to. */
  category?: string;
  record?: number;
  /** Channel-specific steps appear in SOPs of areas with these touchpoints (and now and then elsewhere). */
  touchpoints?: string[];
}

export const STEP_TEMPLATES: StepTemplate[] = [
  { phase: 'intake', en: (s) => `Receive the ${s} and log it in the CRM`, zh: (s) => `受理${s}并在CRM中登记`, actors: ['service-agent', 'counter-clerk'], limits: [5, 10, 15], record: 0 },
  { phase: 'intake', en: (s) => `Acknowledge the ${s} by phone or message`, zh: (s) => `通过电话或短信确认已收到${s}`, actors: ['service-agent', 'senior-agent'], limits: [10, 15, 30], category: 'first-response', record: 2 },
  { phase: 'intake', en: () => 'Verify the customer’s identity and order details', zh: () => '核实客户身份和订单信息', actors: ['service-agent', 'counter-clerk'], limits: [5, 10] },
  { phase: 'intake', en: () => 'Answer the call and greet the customer with the standard wording', zh: () => '使用标准话术接听并问候客户', actors: ['service-agent'], limits: [1], category: 'phone-answer', record: 1, touchpoints: ['phone'] },
  { phase: 'intake', en: () => 'Send the first reply in the chat window', zh: () => '在会话窗口发送首次回复', actors: ['service-agent'], limits: [1, 2], category: 'chat-reply', touchpoints: ['online'] },
  { phase: 'intake', en: () => 'Call the next ticket number and invite the customer to the counter', zh: () => '叫号并请客户到柜台办理', actors: ['counter-clerk'], limits: [10, 15], category: 'queue', touchpoints: ['counter'] },
  { phase: 'intake', en: (s) => `Respond to the ${s} and agree the next step with the customer`, zh: (s) => `响应${s}并与客户约定下一步`, actors: ['service-agent', 'after-sales-engineer'], limits: [15, 30], category: 'after-sales', record: 0, touchpoints: ['on-site', 'phone'] },
  { phase: 'assess', en: (s) => `Classify the ${s} by severity and channel`, zh: (s) => `按严重程度和渠道对${s}进行分类`, actors: ['team-leader', 'service-agent'], limits: [30, 60] },
  { phase: 'assess', en: () => 'Check the history for repeat contacts within 7 days', zh: () => '查询客户7天内是否有重复联系', actors: ['service-agent', 'senior-agent'], limits: [15, 30] },
  { phase: 'assess', en: (s) => `Assign the ${s} to the responsible specialist`, zh: (s) => `将${s}分派给责任专员`, actors: ['dispatcher', 'team-leader'], limits: [30, 60, 120], record: 0 },
  { phase: 'assess', en: () => 'Investigate the cause with the branch involved', zh: () => '会同相关网点调查原因', actors: ['complaint-specialist', 'quality-inspector'], limits: [1440, 2880], record: 5 },
  { phase: 'assess', en: () => 'Collect the call recording and order history as evidence', zh: () => '调取通话录音和订单记录作为证据', actors: ['complaint-specialist', 'quality-inspector'], limits: [120, 240], record: 1 },
  { phase: 'act', en: () => 'Propose a solution to the customer', zh: () => '向客户提出解决方案', actors: ['complaint-specialist', 'senior-agent'], limits: [1440, 2880], category: 'solution' },
  { phase: 'act', en: () => 'Arrange a visit at a time agreed with the customer and go on site', zh: () => '与客户约定时间并上门服务', actors: ['dispatcher', 'after-sales-engineer'], limits: [240, 480], category: 'on-site', touchpoints: ['on-site'] },
  { phase: 'act', en: () => 'Carry out the repair and record the parts used', zh: () => '完成维修并登记所用备件', actors: ['after-sales-engineer'], limits: [240, 1440], record: 4, touchpoints: ['on-site'] },
  { phase: 'act', en: () => 'Approve the refund or goodwill gesture within the delegated limit', zh: () => '在授权范围内审批退款或补偿', actors: ['team-leader', 'branch-manager'], limits: [1440, 2880, 4320], category: 'refund', record: 6 },
  { phase: 'act', en: () => 'Escalate to the branch manager and open a rectification', zh: () => '升级至网点经理并启动专项整改', actors: ['branch-manager', 'team-leader'], limits: [240, 1440], category: 'rectification', record: 9 },
  { phase: 'act', en: () => 'Tell the customer about the delivery exception and offer a new time slot', zh: () => '告知客户配送异常并提供新的时段', actors: ['dispatcher', 'delivery-driver'], limits: [30, 60], category: 'delivery-exception', record: 7, touchpoints: ['delivery'] },
  { phase: 'act', en: (s) => `Reply to the ${s} in writing`, zh: (s) => `书面回复${s}`, actors: ['service-agent', 'senior-agent'], limits: [1440, 2880], category: 'suggestion' },
  { phase: 'act', en: (s) => `Update the ${s} record with the action taken`, zh: (s) => `在${s}记录中更新处理措施`, actors: ['service-agent', 'complaint-specialist'], limits: [30, 60], record: 0 },
  { phase: 'act', en: () => 'Train the staff involved on the corrected procedure', zh: () => '对相关员工进行纠正后流程的培训', actors: ['trainer', 'mentor'], limits: [7200, 10080], record: 8 },
  { phase: 'close', en: () => 'Confirm the result with the customer and close the case', zh: () => '与客户确认结果并关闭工单', actors: ['service-agent', 'complaint-specialist'], limits: [1440], record: 2 },
  { phase: 'close', en: () => 'Call back the customer to check satisfaction', zh: () => '回访客户确认满意度', actors: ['senior-agent', 'service-agent'], limits: [1440, 2880], category: 'callback', record: 10 },
  { phase: 'close', en: () => 'Sample the closed case for quality inspection', zh: () => '抽检已关闭的工单', actors: ['quality-inspector'], limits: [4320, 7200], record: 3 },
  { phase: 'close', en: () => 'Record the lesson learned and propose an SOP change where needed', zh: () => '记录经验教训，必要时提出SOP修订', actors: ['team-leader', 'quality-manager'], limits: [7200, 10080], record: 9 },
  { phase: 'close', en: () => 'Archive the records in the document system', zh: () => '将记录归档至文件系统', actors: ['document-controller', 'service-agent'], record: 11 },
];

export const SOP_TITLE_PATTERNS: { en: (s: string, c: string) => string; zh: (s: string, c: string) => string }[] = [
  { en: (s) => `${cap(s)} handling`, zh: (s) => `${s}处理` },
  { en: (s, c) => `${cap(s)} handling by ${c}`, zh: (s, c) => `${c}${s}处理` },
  { en: (s) => `${cap(s)} escalation`, zh: (s) => `${s}升级处理` },
  { en: (s) => `${cap(s)} intake and registration`, zh: (s) => `${s}受理与登记` },
  { en: (s) => `${cap(s)} follow-up and closure`, zh: (s) => `${s}跟进与关闭` },
  { en: (s, c) => `${cap(s)} at the ${c} during peak hours`, zh: (s, c) => `高峰时段${c}${s}处理` },
  { en: (s) => `${cap(s)} outside opening hours`, zh: (s) => `非营业时间${s}处理` },
  { en: (s) => `${cap(s)} quality check`, zh: (s) => `${s}质量检查` },
  { en: (s) => `${cap(s)} for VIP customers`, zh: (s) => `贵宾客户${s}处理` },
  { en: (s) => `${cap(s)} records and reporting`, zh: (s) => `${s}记录与报告` },
];

export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const ACTION_TITLES: ((unit: string, kpi: string) => string)[] = [
  (u, k) => `Raise ${k} in ${u}`,
  (u) => `Cut night-delivery complaints in ${u}`,
  (u, k) => `Bring ${k} back on target in ${u}`,
  (u) => `Close the gaps found by the internal audit in ${u}`,
  (u) => `Reduce repeat contacts in ${u}`,
  (u, k) => `Stop the deterioration of ${k} in ${u}`,
  (u) => `Fix document control weaknesses found at the re-audit in ${u}`,
  (u) => `Improve counter conduct scores in ${u}`,
];

export const ACTION_MEASURES: string[] = [
  'Re-allocate evening delivery slots to the two most experienced drivers',
  'Run a refresher session on the complaint SOP for every shift',
  'Add a call-back reminder to the CRM for cases older than 24 hours',
  'Pair each new agent with a mentor for the first four weeks',
  'Review the script for the first response with the team leaders',
  'Publish the weekly scorecard on the branch notice board',
  'Move one counter clerk to the peak hour between 11:00 and 13:00',
  'Introduce a checklist for the on-site visit and audit it weekly',
  'Set up a version register for all local work instructions',
  'Ask detractors for a call-back within 48 hours and log the cause',
  'Agree a spare-parts buffer with the regional warehouse',
  'Recognise a “service star” each month based on quality scores',
];

export const EVALUATION_METHODS: string[] = [
  'Compare three months of KPI data after the change with the three months before',
  'Check the control chart for a sustained shift after the change',
  'Re-audit the branch six weeks after the measures are in place',
  'Mystery shopper visit in the following quarter',
  'Sample 30 closed cases and compare the error rate with the baseline',
];

/** `a complaint`, `an inbound call`. */
export function withArticle(text: string): string {
  return `${/^[aeiou]/i.test(text) && !/^(one|use|uni)/i.test(text) ? 'an' : 'a'} ${text}`;
}

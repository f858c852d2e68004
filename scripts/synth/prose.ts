/**
 * Generated prose for SOP bodies: pure Markdown (headings, lists, a table, emphasis) with no MDX
 * syntax, so no curly braces, no angle brackets and no line starting with import or export.
 * Sentences are assembled from fragments so that thousands of SOPs do not read identically.
 */
import { cap, withArticle } from './catalogue.ts';
import type { Random } from './random.ts';
import type { Named, RoleInfo } from './vocabulary.ts';

export interface ProseStep {
  id: string;
  action: string;
  actor: RoleInfo;
  limit?: string;
}

export interface ProseContext {
  lang: 'en' | 'zh-CN';
  subject: Named;
  area: Named;
  channel: Named;
  actors: RoleInfo[];
  steps: ProseStep[];
  records: Named[];
  kpis: { id: string; en: string; zh: string; target: string }[];
  standards: { id: string; title: string }[];
  related: string[];
  scopeText: string;
  /** English SOPs only: add a short summary in Chinese. */
  chineseSummary: boolean;
  /** Words to aim for (400–800). */
  words: number;
}

const EN = {
  purpose: [
    (c: ProseContext) => `This procedure sets out how staff handle ${withArticle(c.subject.en)} from the first contact to closure, so that every customer gets the same service whichever branch or channel they use.`,
    () => 'It fixes who does what, the words and behaviour expected at each step, and the time limits that our service standards promise to customers.',
    () => 'Results are measured against the KPIs listed below and discussed in the monthly quality review, following the plan, do, check, act cycle.',
    (c: ProseContext) => `${cap(withArticle(c.subject.en))} that is handled late or inconsistently is one of the most common causes of complaints, so the steps below leave little room for interpretation.`,
    () => 'Where this procedure and a local work instruction disagree, this procedure prevails until the local instruction has been withdrawn.',
    () => 'The procedure is written for the person doing the work: read it at the point of work, on a phone if needed, and follow the steps in order.',
    (c: ProseContext) => `It replaces the informal practices that grew up in the ${c.area.en.toLowerCase()} teams and gives managers one baseline to inspect against.`,
  ],
  scope: [
    (c: ProseContext) => `The procedure applies to ${c.scopeText}.`,
    (c: ProseContext) => `It covers every ${c.subject.en}, whether it arrives by ${c.channel.en} or any other channel, and whoever first takes it.`,
    () => 'It does not cover requests from business partners, which follow the partner agreement.',
    () => 'Temporary staff may perform the steps only under the supervision of a certified colleague.',
    () => 'Branches may add local detail, such as parking instructions or opening hours, but may not lengthen a time limit.',
  ],
  openers: [
    'Before closing the case,', 'During peak hours,', 'When the customer is upset,', 'If the CRM is unavailable,', 'For a repeat contact,',
    'At the start of every shift,', 'When a time limit is at risk,', 'After each escalation,', 'For VIP customers,', 'On weekends and public holidays,',
    'When the customer prefers Chinese,', 'If the customer cannot be reached,', 'Whenever the case changes hands,',
  ],
  verbs: [
    'checks the open cases in the queue', 'records the outcome in the case ticket', 'calls the customer back personally',
    'confirms the agreed time slot in writing', 'asks the team leader for a second opinion', 'uses the approved wording from the script library',
    'notes the root cause in the corrective action record', 'explains the next step and the expected time', 'hands the case over with a written summary',
    'checks that the previous promise was kept', 'reads back the customer’s request to confirm it', 'flags the case for the daily inspection',
  ],
  tails: [
    '', ' so that nothing waits without an owner', ' and never promises a time the process cannot meet', ' before the end of the working day',
    ' to avoid a second contact', ' and gives the customer a reference number', ' using the paper fallback form', ' within the limit set by the service standard',
  ],
  practice: [
    'Experience from the pilot branches shows that most delays happen at hand-overs, not inside a single step.',
    'A quarterly analysis found that complaints clustered in the evening, which is why the evening shift has a named case owner.',
    'Honest mistakes made while improving the process are discussed openly in the team meeting and are not held against anyone.',
    'Staff who spot a step that no longer fits the work should tell the process owner; the procedure is changed through the normal review.',
    'Keep the wording plain and friendly: customers remember how they were treated longer than what was decided.',
    'Do not write records for their own sake; every record listed below is used in a KPI, an audit or a customer reply.',
    'The team leader checks a sample of cases every day and gives feedback the same day.',
    'If the customer asks for a manager, offer one at once; do not try to talk the customer out of it.',
    'Cases that exceed a time limit trigger an early warning in the CRM and a proactive call-back.',
    'New colleagues shadow a mentor for at least ten cases before they handle this procedure alone.',
  ],
};

const ZH = {
  purpose: [
    (c: ProseContext) => `本程序规定员工从首次接触到关闭如何处理${c.subject.zh}，确保客户无论通过哪个网点或渠道都能获得一致的服务。`,
    () => '程序明确了各岗位的职责、每一步的话术与行为要求，以及服务标准向客户承诺的时限。',
    () => '处理结果按下列KPI进行衡量，并在每月质量例会上按照PDCA循环进行回顾。',
    (c: ProseContext) => `${c.subject.zh}处理不及时或不一致是投诉的主要原因之一，因此以下步骤尽量减少自由发挥的空间。`,
    () => '本程序与网点作业指导书不一致时，以本程序为准，直至该作业指导书被撤销。',
    () => '本程序面向一线操作人员编写，可在手机上随时查阅，请按顺序执行各步骤。',
  ],
  scope: [
    (c: ProseContext) => `本程序适用于${c.scopeText}。`,
    (c: ProseContext) => `适用于通过${c.channel.zh}及其他渠道受理的所有${c.subject.zh}，无论由谁首先接待。`,
    () => '合作伙伴提出的请求按合作协议处理，不在本程序范围内。',
    () => '临时员工须在持证同事的监督下执行本程序。',
    () => '网点可以补充本地信息，例如停车指引或营业时间，但不得延长任何时限。',
  ],
  openers: ['关闭工单前，', '高峰时段，', '客户情绪激动时，', 'CRM系统不可用时，', '遇到重复来电时，', '每班开始时，', '时限可能超期时，', '每次升级后，', '对贵宾客户，', '周末及节假日，'],
  verbs: ['检查队列中的未结工单', '在工单中记录处理结果', '亲自回电客户', '以书面形式确认约定时段', '请班组长提供第二意见', '使用话术库中的标准用语', '在纠正措施记录中注明根本原因', '说明下一步及预计时间', '附书面摘要后移交工单', '核实此前的承诺是否兑现'],
  tails: ['', '，确保每件事都有责任人', '，绝不承诺流程无法达到的时间', '，在当天下班前完成', '，避免客户再次来电', '，并告知客户受理编号', '，必要时使用纸质备用表单'],
  practice: [
    '试点网点的经验表明，大部分延误发生在交接环节，而不是某个步骤内部。',
    '季度分析发现投诉集中在晚间配送，因此晚班设有专门的案件负责人。',
    '在改进流程中出现的无心之失会在班组会上公开讨论，不追究个人责任。',
    '员工发现某一步骤已不适合实际工作时，应告知流程负责人，通过正常评审程序修订。',
    '用语要简洁友好：客户对服务态度的记忆往往比对处理结果更持久。',
    '不要为记录而记录；下列每一项记录都用于KPI、审核或客户回复。',
    '班组长每天抽查部分工单，并在当天给予反馈。',
    '超过时限的案件会在CRM中触发预警，并安排主动回访。',
    '新员工须在带教导师指导下完成至少十个案例后，方可独立执行本程序。',
  ],
};

export const GLOSSARY: { en: string; zh: string; def: string; defZh: string }[] = [
  { en: 'Case', zh: '工单', def: 'one customer request or complaint, from receipt to closure, with a single reference number', defZh: '一项客户请求或投诉，从受理到关闭，使用唯一编号' },
  { en: 'First contact resolution', zh: '首次解决', def: 'the issue is solved without the customer having to contact us again within 7 days', defZh: '客户在7天内无需再次联系即已解决问题' },
  { en: 'Time limit', zh: '时限', def: 'the calendar time allowed for a step, counted from the end of the previous step', defZh: '某一步骤允许的自然时间，从上一步结束时起算' },
  { en: 'Major complaint', zh: '重大投诉', def: 'a complaint involving safety, media, a regulator, or a loss above the branch’s delegated limit', defZh: '涉及安全、媒体、监管机构或损失超出网点授权额度的投诉' },
  { en: 'Rectification', zh: '整改', def: 'a corrective action opened to remove the cause of a nonconformity', defZh: '为消除不合格原因而启动的纠正措施' },
  { en: 'Call-back', zh: '回访', def: 'a call made by us to the customer to confirm the outcome or apologise for a delay', defZh: '由我方主动致电客户，确认结果或为延误致歉' },
  { en: 'Detractor', zh: '贬损者', def: 'a customer who answers 0 to 6 to the recommendation question', defZh: '在推荐意愿问题中打0至6分的客户' },
  { en: 'Escalation', zh: '升级', def: 'handing a case to a higher level because of its severity or because a limit is at risk', defZh: '因严重程度或时限风险将案件移交上一级处理' },
  { en: 'Goodwill gesture', zh: '补偿', def: 'a voucher, refund or service offered to restore the relationship, within delegated limits', defZh: '在授权范围内提供的代金券、退款或服务，用于修复客户关系' },
];

const RISKS: { en: [string, string]; zh: [string, string] }[] = [
  { en: ['Time limit missed at a hand-over', 'CRM alert 30 minutes before the limit and a named owner per case'], zh: ['交接环节超出时限', '时限前30分钟CRM预警，每个案件指定负责人'] },
  { en: ['Customer data disclosed to the wrong person', 'Identity check before any account detail is discussed'], zh: ['客户信息泄露给无关人员', '讨论账户信息前先核实身份'] },
  { en: ['Inconsistent answers between channels', 'Single script library and monthly calibration sessions'], zh: ['各渠道答复不一致', '统一话术库并每月校准'] },
  { en: ['Repeat complaint not recognised', 'CRM search for contacts in the last 7 days at intake'], zh: ['未识别重复投诉', '受理时查询7天内的联系记录'] },
  { en: ['Record missing at audit', 'Mandatory fields in the case ticket and weekly sampling'], zh: ['审核时缺少记录', '工单必填字段并每周抽查'] },
  { en: ['Night-time requests left unanswered', 'On-call rota and automatic acknowledgement message'], zh: ['夜间请求无人响应', '值班表及自动确认短信'] },
];

function words(text: string): number {
  let n = 0;
  const parts = text.split(/\s+/);
  for (const p of parts) if (p) n++;
  const cjk = text.match(/[\u3400-\u9fff]/g);
  return n + (cjk ? Math.round(cjk.length / 1.6) : 0);
}

export function sopBody(c: ProseContext, r: Random): string {
  return c.lang === 'en' ? english(c, r) : chinese(c, r);
}

type Section = { order: number; lines: string[] };

/**
 * Builds the body from sections: the required ones (purpose, scope, responsibilities, procedure,
 * references) and then optional ones in random order until the word target is reached, written out
 * in a fixed order.
 */
function assemble(required: Section[], optional: (() => Section)[], filler: () => Section, target: number, r: Random): string {
  const chosen = [...required];
  const size = (x: Section) => words(x.lines.join('\n'));
  let count = chosen.reduce((n, x) => n + size(x), 0);
  for (const make of r.sample(optional, optional.length)) {
    if (count >= target) break;
    const section = make();
    const n = size(section);
    if (count + n > target + 80) continue;
    chosen.push(section);
    count += n;
  }
  const fill: Section = { order: 90, lines: [] };
  if (count < target) chosen.push(fill);
  while (count < target) {
    const more = filler();
    fill.lines.push(...more.lines);
    count += size(more);
  }
  chosen.sort((a, b) => a.order - b.order);
  return chosen.map((x) => x.lines.join('\n')).join('\n');
}

function english(c: ProseContext, r: Random): string {
  const para = (sentences: string[]) => [sentences.join(' '), ''];
  const required: Section[] = [
    { order: 10, lines: ['## Purpose', '', ...para(r.sample(EN.purpose, r.int(2, 3)).map((f) => f(c)))] },
    { order: 20, lines: ['## Scope', '', ...para(r.sample(EN.scope, r.int(1, 3)).map((f) => f(c)))] },
    { order: 40, lines: ['## Responsibilities', '', '| Role | Responsibility |', '|---|---|', ...c.actors.map((a) => `| ${a.en} | ${a.description} |`), ''] },
    {
      order: 50,
      lines: [
        '## Procedure in brief', '',
        ...c.steps.map((s) => `${s.id.slice(1)}. The ${s.actor.en.toLowerCase()}${s.limit ? `, within ${s.limit}` : ''}: ${lowerFirst(s.action)}.`),
        '',
      ],
    },
    {
      order: 100,
      lines: ['## References', '', '- ISO 9001:2015, clauses 7.5 (documented information) and 8.5 (control of service provision)', ...(c.related.length > 0 ? [`- Related procedures: ${c.related.join(', ')}`] : []), ''],
    },
  ];
  const optional: (() => Section)[] = [
    () => ({ order: 30, lines: ['## Definitions', '', ...r.sample(GLOSSARY, r.int(2, 4)).map((g) => `- **${g.en}** (${g.zh}): ${g.def}.`), ''] }),
    () => {
      const lines = ['## Working notes', ''];
      for (const h of r.sample(['Before you start', 'During the contact', 'When something goes wrong', 'After closure', 'Hand-overs between shifts'], r.int(1, 3))) {
        lines.push(`### ${h}`, '', ...para(practiceSentences(c, r, r.int(2, 3))));
        if (r.chance(0.5)) lines.push(...Array.from({ length: r.int(2, 4) }, () => `- ${practiceSentence(c, r)}`), '');
      }
      return { order: 60, lines };
    },
    () => ({ order: 70, lines: ['## Records', '', ...(c.records.length > 0 ? c.records : [{ slug: 'ticket', en: 'Case ticket in CRM', zh: 'CRM工单' }]).map((rec) => `- ${rec.en}, kept for at least three years.`), ''] }),
    () => ({ order: 75, lines: ['## Risks and controls', '', '| Risk | Control |', '|---|---|', ...r.sample(RISKS, r.int(2, 4)).map((k) => `| ${k.en[0]} | ${k.en[1]} |`), ''] }),
    () => {
      const parts: string[] = [];
      if (c.standards.length > 0) parts.push(`This procedure puts into practice ${c.standards.map((s) => `${s.id} (${s.title})`).join(', ')}.`);
      if (c.kpis.length > 0) parts.push(`It is measured by ${c.kpis.map((k) => `${k.en} with a target of ${k.target}`).join('; ')}.`);
      parts.push('A KPI off target, or a signal on its control chart, leads to an improvement action with a goal, an owner and a deadline.');
      return { order: 80, lines: ['## How we know it works', '', ...para(parts)] };
    },
  ];
  if (c.chineseSummary) {
    optional.push(() => ({ order: 95, lines: ['## 中文摘要', '', ...para([`本程序规定${c.subject.zh}的处理流程、各岗位职责和时限要求。`, r.pick(ZH.practice)])] }));
  }
  let first = true;
  const filler = (): Section => {
    const lines = first ? ['## Notes from practice', ''] : [];
    first = false;
    return { order: 90, lines: [...lines, ...para([r.pick(EN.practice), practiceSentence(c, r), practiceSentence(c, r)])] };
  };
  return assemble(required, optional, filler, c.words, r);
}

function chinese(c: ProseContext, r: Random): string {
  const para = (sentences: string[]) => [sentences.join(''), ''];
  const required: Section[] = [
    { order: 10, lines: ['## 目的', '', ...para(r.sample(ZH.purpose, r.int(2, 3)).map((f) => f(c)))] },
    { order: 20, lines: ['## 适用范围', '', ...para(r.sample(ZH.scope, r.int(1, 3)).map((f) => f(c)))] },
    { order: 40, lines: ['## 职责', '', '| 岗位 | 职责 |', '|---|---|', ...c.actors.map((a) => `| ${a.zh}（${a.en}） | ${a.description} |`), ''] },
    { order: 50, lines: ['## 流程概要', '', ...c.steps.map((s) => `${s.id.slice(1)}. ${s.actor.zh}${s.limit ? `在${zhLimit(s.limit)}内` : ''}：${s.action}。`), ''] },
    { order: 100, lines: ['## 参考文件', '', '- ISO 9001:2015 第7.5条（成文信息）和第8.5条（服务提供的控制）', ...(c.related.length > 0 ? [`- 相关程序：${c.related.join('、')}`] : []), ''] },
  ];
  const optional: (() => Section)[] = [
    () => ({ order: 30, lines: ['## 术语', '', ...r.sample(GLOSSARY, r.int(2, 4)).map((g) => `- **${g.zh}**（${g.en}）：${g.defZh}。`), ''] }),
    () => {
      const lines = ['## 操作要点', ''];
      for (const h of r.sample(['开始前', '服务过程中', '出现异常时', '关闭后'], r.int(1, 3))) lines.push(`### ${h}`, '', ...para(zhSentences(c, r, r.int(2, 4))));
      return { order: 60, lines };
    },
    () => ({ order: 70, lines: ['## 记录', '', ...(c.records.length > 0 ? c.records : [{ slug: 'ticket', en: 'Case ticket in CRM', zh: 'CRM工单' }]).map((rec) => `- ${rec.zh}，保存至少三年。`), ''] }),
    () => ({ order: 75, lines: ['## 风险与控制', '', '| 风险 | 控制措施 |', '|---|---|', ...r.sample(RISKS, r.int(2, 4)).map((k) => `| ${k.zh[0]} | ${k.zh[1]} |`), ''] }),
    () => ({
      order: 80,
      lines: ['## 绩效衡量', '', ...para([`本程序的效果通过${c.kpis.map((k) => `${k.zh}（目标${k.target}）`).join('、')}衡量。`, 'KPI未达标或控制图出现异常信号时，须启动改进措施，明确目标、责任人和完成期限。'])],
    }),
  ];
  let first = true;
  const filler = (): Section => {
    const lines = first ? ['## 实践说明', ''] : [];
    first = false;
    return { order: 90, lines: [...lines, ...para([r.pick(ZH.practice), ...zhSentences(c, r, 2)])] };
  };
  return assemble(required, optional, filler, c.words, r);
}

function practiceSentence(c: ProseContext, r: Random): string {
  const actor = r.pick(c.actors);
  return `${r.pick(EN.openers)} the ${actor.en.toLowerCase()} ${r.pick(EN.verbs)}${r.pick(EN.tails)}.`;
}

function practiceSentences(c: ProseContext, r: Random, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(i === 0 && r.chance(0.4) ? r.pick(EN.practice) : practiceSentence(c, r));
  return out;
}

function zhSentences(c: ProseContext, r: Random, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${r.pick(ZH.openers)}${r.pick(c.actors).zh}${r.pick(ZH.verbs)}${r.pick(ZH.tails)}。`);
  return out;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !/^(CRM|SOP|KPI|VIP)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function zhLimit(limit: string): string {
  const m = /^(\d+(?:\.\d+)?) (min|h|d)$/.exec(limit);
  if (!m) return limit;
  return `${m[1]}${m[2] === 'min' ? '分钟' : m[2] === 'h' ? '小时' : '天'}`;
}

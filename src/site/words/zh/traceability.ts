/** Chinese words of traceability (the English ones, in ../en/traceability.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const traceability: Words['traceability'] = {
  title: '追溯矩阵',
  description: '服务标准、执行标准的程序文件和衡量标准的关键指标，并突出显示缺口。',
  heading: '追溯矩阵：服务标准、程序文件与关键指标',
  counts: (c) =>
    `共 ${c.standards} 项服务标准：${c.noSop} 项没有执行的程序文件，${c.notMeasured} 项没有关键指标衡量；${c.sopsWithoutStandard} 份程序文件未执行任何服务标准。`,
  howBuilt: '矩阵的构建规则',
  definitionsHtml: [
    '程序文件在 <code>implements</code> 中列出某项服务标准，即视为<em>执行</em>该标准。已废止和已被替代的程序文件不计入；草稿和审核中的程序文件计入，并加以标注。',
    '只有统计了服务标准所承诺内容的关键指标才算<em>衡量</em>该标准：判定标准中指明的指标；或对时限类标准而言，指明该标准（<code>standard:</code>）并统计在同一时限内完成的案件占比的 <code>sla-compliance</code> 指标。',
    '执行该标准的程序文件在 <code>measuredBy</code> 中列出的其他指标显示为<em>相关</em>指标：它们反映流程情况，但并不统计该标准（客户满意度并不统计3天内到账的退款）。',
    '只对生效的服务标准标记缺口；已废止的服务标准仅作存档列出。',
  ],
  standards: '服务标准',
  standard: '服务标准',
  implementedBy: '执行的程序文件',
  measuredBy: '衡量的关键指标',
  gaps: '缺口',
  retired: '已废止',
  criterion: '判定标准',
  via: (sops) => `经由 ${sops.join('、')}`,
  how: (parts) => `（${parts.join('；')}）`,
  countsWithin: (limit) => `统计 ${limit} 内完成的案件`,
  related: '相关但不衡量：',
  none: '无',
  gap: '缺口：',
  gapItem: (text) => `缺口：${text}`,
  gapText: { 'no-sop': '没有执行的程序文件', 'not-measured': '未衡量：没有关键指标统计该标准' },
  sopsHeading: '未执行任何服务标准的程序文件',
  noSopsWithout: '无：所有在用的程序文件都至少执行一项服务标准。',
};

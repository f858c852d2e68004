/** Words of the traceability matrix. */
import type { StandardGap } from '../traceability.ts';
import { dictionary } from './dictionary.ts';

export const traceText = dictionary(
  {
    title: 'Traceability',
    description: 'Service standards, the SOPs that implement them and the KPIs that measure them, with gaps highlighted.',
    heading: 'Traceability: standards, SOPs and KPIs',
    counts: (c: { standards: number; noSop: number; noKpi: number; sopsWithoutStandard: number }) =>
      `${c.standards} standards: ${c.noSop} without an implementing SOP, ${c.noKpi} without a measuring KPI; ${c.sopsWithoutStandard} SOPs implement no standard.`,
    howBuilt: 'How the matrix is built',
    /** Trusted HTML written here (with `<em>` and `<code>`), not data. */
    definitionsHtml: [
      'An SOP <em>implements</em> a standard when it lists it under <code>implements</code>. Retired and superseded SOPs do not count; drafts and SOPs in review do, and are marked.',
      'A standard is <em>measured</em> by a KPI when its criterion names the KPI, or when an SOP implementing it lists the KPI under <code>measuredBy</code>. A time-limit criterion on its own is not a KPI.',
      'Gaps are flagged for effective standards only; retired standards are listed for the record.',
    ],
    standards: 'Standards',
    standard: 'Standard',
    implementedBy: 'Implemented by (SOPs)',
    measuredBy: 'Measured by (KPIs)',
    gaps: 'Gaps',
    retired: 'Retired',
    /** How a KPI measures a standard: `(criterion; via SOP-CS-001, SOP-CS-002)`. */
    criterion: 'criterion',
    via: (sops: readonly string[]) => `via ${sops.join(', ')}`,
    how: (parts: readonly string[]) => `(${parts.join('; ')})`,
    none: 'None',
    gap: 'Gap:',
    gapItem: (text: string) => `Gap: ${text}`,
    gapText: { 'no-sop': 'No SOP implements it', 'no-kpi': 'No KPI measures it' } as Record<StandardGap, string>,
    sopsHeading: 'SOPs that implement no standard',
    noSopsWithout: 'None: every SOP in use implements at least one standard.',
  },
  {
    title: '追溯矩阵',
    description: '服务标准、执行标准的程序文件和衡量标准的关键指标，并突出显示缺口。',
    heading: '追溯矩阵：服务标准、程序文件与关键指标',
    counts: (c) =>
      `共 ${c.standards} 项服务标准：${c.noSop} 项没有执行的程序文件，${c.noKpi} 项没有衡量的关键指标；${c.sopsWithoutStandard} 份程序文件未执行任何服务标准。`,
    howBuilt: '矩阵的构建规则',
    definitionsHtml: [
      '程序文件在 <code>implements</code> 中列出某项服务标准，即视为<em>执行</em>该标准。已废止和已被替代的程序文件不计入；草稿和审核中的程序文件计入，并加以标注。',
      '服务标准的判定标准指明某项关键指标，或执行该标准的程序文件在 <code>measuredBy</code> 中列出该指标，即视为该标准由此指标<em>衡量</em>。仅有时限要求的判定标准不算作关键指标。',
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
    none: '无',
    gap: '缺口：',
    gapItem: (text) => `缺口：${text}`,
    gapText: { 'no-sop': '没有执行的程序文件', 'no-kpi': '没有衡量的关键指标' },
    sopsHeading: '未执行任何服务标准的程序文件',
    noSopsWithout: '无：所有在用的程序文件都至少执行一项服务标准。',
  },
);

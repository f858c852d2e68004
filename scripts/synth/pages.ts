/**
 * A few handbook pages outside content/sops/: quality policy, objectives and a bilingual glossary.
 */
import { GLOSSARY } from './prose.ts';
import type { Random } from './random.ts';
import type { World } from './world.ts';
import { toYaml } from './yaml-writer.ts';

export function buildPages(r: Random, world: World): { path: string; text: string }[] {
  const qm = world.people.find((p) => p.role === 'quality-manager')?.id ?? world.people[0]!.id;
  const updated = world.endDate.slice(0, 8) + '01';
  const page = (fm: Record<string, string | number>, body: string) => `---\n${toYaml(fm)}---\n\n${body}\n`;
  const kpiRows = world.kpis.slice(0, 12).map((k) => `| ${k.name.en} | ${k.layer} | ${typeof k.target === 'number' ? k.target : `${k.target.min}–${k.target.max}`} | ${k.frequency} |`);
  return [
    {
      path: 'content/manual/quality-policy.md',
      text: page(
        { title: 'Quality policy', description: 'What the group promises its customers and how the quality system keeps that promise.', lang: 'en', owner: qm, updated, order: 1 },
        [
          '# Quality policy', '',
          `${world.units[0]!.en} serves customers in ${world.regions.length} regions through ${world.branches.length} branches. We promise a quick first response, a clear answer and a fair solution, whichever channel the customer chooses.`, '',
          '## Our commitments', '',
          '- Every complaint gets a first response within 30 minutes and a proposed solution within 48 hours.',
          '- General suggestions get a reply within 72 hours.',
          '- A major complaint opens a dedicated rectification with an owner and a deadline.',
          '- Overtime cases and repeat complaints trigger an early warning and a proactive call-back.', '',
          '## How we keep them', '',
          'Procedures are written down as SOPs, reviewed at least every three years and changed through a controlled review. Results are measured by KPIs in three layers: efficiency, accuracy and satisfaction. Findings from daily inspection, internal audits, mystery shoppers and customer feedback feed the plan, do, check, act cycle.',
        ].join('\n'),
      ),
    },
    {
      path: 'content/manual/quality-objectives.md',
      text: page(
        { title: 'Quality objectives', description: 'Measurable objectives for the year and the KPIs that track them.', lang: 'en', owner: qm, updated, order: 2 },
        ['# Quality objectives', '', 'The objectives below are reviewed at the quarterly management review.', '', '| KPI | Layer | Target | Frequency |', '|---|---|---|---|', ...kpiRows].join('\n'),
      ),
    },
    {
      path: 'content/manual/glossary.md',
      text: page(
        { title: 'Glossary 术语表', description: 'Terms used in the handbook, in English and Chinese.', owner: qm, order: 3 },
        ['# Glossary 术语表', '', ...r.sample(GLOSSARY, GLOSSARY.length).map((g) => `- **${g.en}** (${g.zh}): ${g.def}. ${g.defZh}。`)].join('\n'),
      ),
    },
    {
      path: 'content/manual/quality-policy-zh.md',
      text: page(
        { title: '质量方针', description: '集团对客户的服务承诺以及质量体系如何保障承诺。', lang: 'zh-CN', owner: qm, updated, order: 4 },
        ['# 质量方针', '', '我们承诺：投诉30分钟内首次响应，48小时内提出解决方案；一般建议72小时内回复；重大投诉启动专项整改。', '', '## 持续改进', '', '通过日常检查、季度内审、第三方满意度测评和神秘顾客暗访发现问题，按照PDCA循环持续改进。'].join('\n'),
      ),
    },
  ];
}

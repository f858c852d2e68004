/** Words of the unit pages: the unit tree, the units list and a unit's page. */
import type { UNIT_TYPES } from '../../../core/schema/organisation.ts';
import { dictionary } from './dictionary.ts';

type UnitType = (typeof UNIT_TYPES)[number];

export const unitText = dictionary(
  {
    title: 'Units',
    description: "The organisation's departments, regions and branches.",
    intro: (units: string, people: string) => `${units} units and ${people} people. A unit's page lists its people and the SOPs that apply to it.`,
    types: { organisation: 'Organisation', department: 'Department', region: 'Region', branch: 'Branch' } as Record<UnitType, string>,
    /** The unit type after a unit's name in the tree. */
    typeInTree: (type: string) => ` (${type})`,
    partOf: 'Part of',
    top: 'Top of the organisation',
    manager: 'Manager',
    noneNamed: 'None named',
    scorecard: 'Scorecard',
    scorecardLink: (unit: string, period: string) => `KPIs of ${unit}, ${period}`,
    below: 'Units below',
    people: 'People',
    noPeople: 'No one listed.',
    /** A person and their role in the people list. */
    roleSeparator: ', ',
    sopsHeading: 'SOPs that apply here',
    allUnitsSops: (n: number, count: string) => (n === 1 ? '1 SOP applies to every unit' : `${count} SOPs apply to every unit`),
    /** After the all-units sentence, before the next one. */
    sentenceEnd: '. ',
    noSpecific: 'No SOP is scoped to this unit or a unit above it.',
    specific: (n: number, count: string) => `${n === 1 ? '1 SOP is' : `${count} SOPs are`} scoped to this unit or a unit above it:`,
    actions: 'Improvement actions',
  },
  {
    title: '单位',
    description: '公司的各部门、区域和分店。',
    intro: (units, people) => `共 ${units} 个单位、${people} 名人员。单位页面列出其人员及适用的程序文件。`,
    types: { organisation: '公司', department: '部门', region: '区域', branch: '分店' },
    typeInTree: (type) => `（${type}）`,
    partOf: '上级单位',
    top: '组织最高层级',
    manager: '负责人',
    noneNamed: '未指定',
    scorecard: '计分卡',
    scorecardLink: (unit, period) => `${unit} ${period} 关键指标`,
    below: '下属单位',
    people: '人员',
    noPeople: '暂无人员。',
    roleSeparator: '，',
    sopsHeading: '适用的程序文件',
    allUnitsSops: (_n, count) => `${count} 份程序文件适用于全部单位`,
    sentenceEnd: '。',
    noSpecific: '没有专门适用于本单位或其上级单位的程序文件。',
    specific: (_n, count) => `${count} 份程序文件专门适用于本单位或其上级单位：`,
    actions: '改进措施',
  },
);

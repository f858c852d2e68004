/** Chinese words of units (the English ones, in ../en/units.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const units: Words['units'] = {
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
};

/** Chinese words of lists (the English ones, in ../en/lists.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const lists: Words['lists'] = {
  sopColumn: '程序编号',
  title: '标题',
  version: '版本',
  status: '状态',
  nextReview: '下次评审',
  noSops: '暂无程序文件。',
  none: '无。',
  noPages: '暂无页面。',
  allUnits: '全部单位',
  punct: { open: '（', close: '）', comma: '、' },
  sops: {
    title: '程序文件',
    heading: '标准作业程序',
    description: '手册中的全部标准作业程序，按流程领域分列。',
    intro: (sops, areas) => `共 ${sops} 份程序文件，分属 ${areas} 个流程领域。仅处于“生效”状态的程序文件可作为作业依据。`,
  },
  pages: {
    title: '手册页面',
    description: '质量手册、方针政策、指南和术语表。',
  },
};

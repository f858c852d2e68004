/** Words of the document lists: the SOP list and table, the handbook pages list, and their index pages. */
import { dictionary } from './dictionary.ts';

export const listText = dictionary(
  {
    sopColumn: 'SOP',
    title: 'Title',
    version: 'Version',
    status: 'Status',
    nextReview: 'Next review',
    noSops: 'No SOPs yet.',
    none: 'None.',
    noPages: 'No pages yet.',
    allUnits: 'All units',
    /** Punctuation around words in the page's language: brackets, list comma. */
    punct: { open: ' (', close: ')', comma: ', ' },
    sops: {
      title: 'SOPs',
      heading: 'Standard operating procedures',
      description: 'Every standard operating procedure of the handbook, by process area.',
      intro: (sops: string, areas: string) => `${sops} SOPs in ${areas} process areas. Only effective SOPs are in force.`,
    },
    pages: {
      title: 'Handbook pages',
      description: 'The quality manual, policies, guides and glossary.',
    },
  },
  {
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
  },
);

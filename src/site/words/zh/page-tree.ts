/** 页面树的用语：/pages/ 上按文件夹分组的手册页面。 */
/* (the English words, in ../en/page-tree.ts, give the keys and their types) */
import type { Words } from '../shape.ts';

export const pageTree: Words['pageTree'] = {
  label: '按文件夹浏览手册页面',
  count: (n) => `${n.toLocaleString('zh-CN')} 页`,
  intro: (pages, folders) => `共 ${pages.toLocaleString('zh-CN')} 页，分布在 ${folders.toLocaleString('zh-CN')} 个文件夹中。展开文件夹可查看其中的页面。`,
};

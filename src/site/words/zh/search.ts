/** Chinese words of search (the English ones, in ../en/search.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const search: Words['search'] = {
  title: '搜索',
  description: '搜索手册中的程序文件、服务标准、关键指标、页面和质量记录。',
  terms: '搜索词',
  placeholder: '投诉、refund、培训…',
  button: '搜索',
  filters: '筛选',
  type: '类型',
  area: '流程领域',
  unit: '适用单位',
  status: '状态',
  any: '不限',
  allUnits: '全部单位',
  archived: '包括已废止、已被替代和已关闭的记录',
  pagesNav: '搜索结果分页',
  registerType: '记录台账',
  noscript: ['搜索功能需要启用 JavaScript。您也可以直接浏览', '程序文件', '、', '服务标准', '和', '关键指标', '。'],
  script: {
    searching: '正在搜索…',
    noResults: '未找到与“{q}”相关的结果。',
    oneResult: '“{q}”的搜索结果：共 {n} 条。',
    results: '“{q}”的搜索结果：共 {n} 条。',
    pageOf: '第 {page} 页，共 {pages} 页。',
    previous: '上一页',
    next: '下一页',
    unavailable: '搜索暂不可用：无法加载搜索索引。',
  },
  inChinese: '中文：',
  inEnglish: '英文：',
};

/** Chinese words of chrome (the English ones, in ../en/chrome.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const chrome: Words['chrome'] = {
  skipLink: '跳到正文',
  siteTitle: '服务质量手册',
  searchLabel: '搜索手册',
  searchPlaceholder: '搜索程序、标准、指标…',
  searchButton: '搜索',
  mainNav: '主导航',
  breadcrumb: '页面路径',
  languageNav: '语言',
  switchTo: '以中文阅读本页',
  nav: {
    home: '首页',
    sops: '程序文件',
    standards: '服务标准',
    kpis: '关键指标',
    scorecards: '计分卡',
    units: '单位',
    actions: '改进措施',
    complaints: '投诉',
    audits: '审核',
    risks: '风险',
    reviews: '定期评审',
    traceability: '追溯矩阵',
    training: '培训',
    pages: '手册页面',
  },
  built: (date: string) => `构建于 ${date}。评审日期和逾期标记均以当日为准。`,
  edit: '编辑本页',
  source: '源文件',
  proposeChange: '如何提出修改',
};

/** Chinese words of notFound (the English ones, in ../en/not-found.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const notFound: Words['notFound'] = {
  title: '页面未找到',
  lead: '此地址没有页面。页面可能已移动，或链接有误。',
  searchLabel: '搜索手册',
  searchButton: '搜索',
  placeholder: '投诉、退款、培训…',
  more: ['也可以从', '首页', '或', '程序文件列表', '开始浏览。'],
};

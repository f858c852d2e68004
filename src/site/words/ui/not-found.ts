/** Words of the 404 page (src/pages/404.astro), which shows both languages at once. */
import { dictionary } from './dictionary.ts';

export const notFoundText = dictionary(
  {
    title: 'Page not found',
    lead: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    searchLabel: 'Search the handbook',
    searchButton: 'Search',
    placeholder: 'complaint, refund, training…',
    /** Text, link to the home page, text, link to the SOPs, text. */
    more: ['Or start from the ', 'home page', ' or the ', 'list of SOPs', '.'] as [string, string, string, string, string],
  },
  {
    title: '页面未找到',
    lead: '此地址没有页面。页面可能已移动，或链接有误。',
    searchLabel: '搜索手册',
    searchButton: '搜索',
    placeholder: '投诉、退款、培训…',
    more: ['也可以从', '首页', '或', '程序文件列表', '开始浏览。'],
  },
);

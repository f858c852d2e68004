/** Chinese words of markup (the English ones, in ../en/markup.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const markup: Words['markup'] = {
  callout: {
    note: '说明',
    tip: '提示',
    important: '重要',
    warning: '警告',
    caution: '小心',
  },
  unsupported: '此处未显示：',
  details: '详情',
};

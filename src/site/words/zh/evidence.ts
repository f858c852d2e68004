/** Chinese words of an SOP page's field evidence (the English ones, in ../en/evidence.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const evidence: Words['evidence'] = {
  title: '投诉与检查反映的情况',
  intro: '来自投诉登记、日常巡检和神秘顾客检查的统计，涉及本程序所管辖的投诉原因和检查项目。',
  complaints: (p) => `${p.months}的 ${p.total} 件投诉中，有 ${p.count} 件的原因属于本程序管辖：`,
  mostAt: '最多的单位：',
  inspections: (p) => `日常巡检（${p.months}）：`,
  visits: (p) => `神秘顾客检查（${p.quarter}）：`,
  failedOf: (p) => `${p.checked} 次中不合格 ${p.failed} 次`,
  worstAt: (p) => `以${p.unit}最多（${p.checked} 次中 ${p.failed} 次）`,
};

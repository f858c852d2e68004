/** Chinese words of format (the English ones, in ../en/format.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const format: Words['format'] = {
  unitSuffix: { percent: '%', points: ' 分', score: '', minutes: ' 分钟', hours: ' 小时', 'per-1000': '‰' },
  atLeast: (value) => `不低于 ${value}`,
  atMost: (value) => `不高于 ${value}`,
  between: (min, max) => `${min} 至 ${max}`,
  scale: (min, max) => `${min} 至 ${max}`,
  openScale: (min) => `${min}起（无上限）`,
  reaches: (value) => `达到 ${value}`,
  withinLimit: (event, limit) => `${limit}内完成：${event}`,
  durationUnits: { min: '分钟', h: '小时', d: '天' },
  durationSpace: ' ',
  directions: { higher: '越高越好', lower: '越低越好', band: '处于目标区间内为佳' },
  frequencies: { weekly: '每周', monthly: '每月', quarterly: '每季度', annual: '每年' },
};

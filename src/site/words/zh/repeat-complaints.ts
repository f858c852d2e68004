/** Chinese words of the repeat-complaints watch (the English ones, in ../en/repeat-complaints.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const repeatComplaints: Words['repeatComplaints'] = {
  title: '重复投诉',
  intro: (p) =>
    `重复投诉（同一客户在30天内就同一订单或工单再次投诉）说明首次解决未能奏效。各单位每月的重复投诉占比按KPI的方式绘制控制图：以前12个月为基线的p图，月间波动超出抽样误差时改用Laney p′图，采用规则1、规则2和趋势规则。单位最近一个月出现上升信号，或${p.from}至${p.to}的占比超出上限${p.ceiling}且超出抽样误差（95%区间整体高于上限）时，即予标记。`,
  caption: '各单位重复投诉：最近三个月的占比、通常占比及控制图上限',
  unit: '单位',
  share: (window) => `重复投诉（${window}）`,
  interval: '95% 区间',
  centre: '通常占比',
  upper: '上控制限（最近一个月）',
  status: '状态',
  shareText: (p) => `${p.received}件中${p.repeat}件（${p.percent}）`,
  intervalText: (p) => `${p.lower}至${p.upper}`,
  chart: { p: 'p图', 'p-prime': 'Laney p′图', none: '月份太少，无法绘制控制图' },
  rising: '上升',
  steady: '无上升',
  signalNow: (p) => `${p.month}出现上升信号（${p.rules}），自${p.since}起上升`,
  signalEarlier: (p) => `曾于${p.months}出现信号，最近一个月没有`,
  aboveCeiling: (ceiling) => `超出上限${ceiling}且超出抽样误差`,
  repeatLink: '各单位重复投诉',
  separator: '；',
  statusWhy: (p) => `${p.head}：${p.why}`,
  unitLine: (p) => `${p.window}重复投诉：${p.share}。${p.status}`,
};

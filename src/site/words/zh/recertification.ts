/** Chinese words of recertification (the English ones, in ../en/recertification.ts, give the keys and their types). */
import type { Words } from '../shape.ts';

export const recertification: Words['recertification'] = {
  title: '再认证',
  intervalsIntro: '资格认证有固定有效期；员工须在到期前重新通过考核：',
  interval: (p) => ({ role: p.role, text: `${p.months} 个月` }),
  noIntervals: '培训设置未规定再认证周期（data/training/settings.yaml 中的 `recertification.months`）。',
  lapseIntro: (p) => `如${p.lapseBy}前到期的认证（${p.asOf}统计）未续期，各单位的认证覆盖率将降至下表数值；${p.kpi}的目标为${p.target}。`,
  caption: '当前认证覆盖率及到期认证失效后的覆盖率',
  unit: '单位',
  now: '当前',
  expiring: '即将到期',
  after: '未续期时',
  belowTarget: (after) => `${after}（低于目标：请安排重新考核）`,
  roleInterval: '：',
};

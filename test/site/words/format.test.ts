import { describe, expect, it } from 'vitest';
import {
  DIRECTION_LABELS,
  FREQUENCY_LABELS,
  criterionText,
  directionLabel,
  formatDuration,
  formatNumber,
  formatScale,
  formatTarget,
  formatThreshold,
  formatValue,
  frequencyLabel,
} from '../../../src/site/words/format.ts';

describe('formatValue', () => {
  it.each([
    [85, 'percent', '85%'],
    [85.456, 'percent', '85.46%'],
    [32, 'points', '32 points'],
    [-12, 'points', '-12 points'],
    [4.2, 'score', '4.2'],
    [18.5, 'minutes', '18.5 min'],
    [2, 'hours', '2 h'],
    [1.2, 'per-1000', '1.2 per 1,000'],
  ] as const)('%s %s → %s', (value, unit, text) => expect(formatValue(value, unit)).toBe(text));

  it('groups thousands', () => expect(formatNumber(1204)).toBe('1,204'));
});

describe('thresholds and targets', () => {
  it('formats a number or a band', () => {
    expect(formatThreshold(80, 'percent')).toBe('80%');
    expect(formatThreshold({ min: 20, max: 30 }, 'minutes')).toBe('20–30 min');
  });

  it('reads a target in its direction', () => {
    expect(formatTarget(85, 'higher', 'percent')).toBe('at least 85%');
    expect(formatTarget(2, 'lower', 'per-1000')).toBe('at most 2 per 1,000');
    expect(formatTarget({ min: 20, max: 30 }, 'band', 'minutes')).toBe('between 20 and 30 min');
  });

  it('formats scales, including open-ended ones', () => {
    expect(formatScale({ min: -100, max: 100 }, 'points')).toBe('-100 to 100 points');
    expect(formatScale({ min: 0, max: Number.POSITIVE_INFINITY }, 'minutes')).toBe('from 0 min (no upper limit)');
  });
});

describe('criterionText', () => {
  it('reads a KPI threshold in the KPI direction and unit', () => {
    expect(criterionText({ kpi: 'KPI-CSAT', threshold: 85 }, { direction: 'higher', unitOfMeasure: 'percent' })).toBe('at least 85%');
    expect(criterionText({ kpi: 'KPI-CPT', threshold: 2 }, { direction: 'lower', unitOfMeasure: 'per-1000' })).toBe('at most 2 per 1,000');
  });

  it('falls back to the bare threshold when the KPI is unknown', () => {
    expect(criterionText({ kpi: 'KPI-X', threshold: 3 }, undefined)).toBe('reaches 3');
  });

  it('states a time-limit criterion as the event and its limit', () => {
    expect(criterionText({ timeLimit: '30 min', event: 'First response to a complaint' }, undefined)).toBe(
      'First response to a complaint within 30 min',
    );
  });
});

describe('in Chinese', () => {
  it.each([
    [85, 'percent', '85%'],
    [32, 'points', '32 分'],
    [4.2, 'score', '4.2'],
    [18.5, 'minutes', '18.5 分钟'],
    [2, 'hours', '2 小时'],
    [1.2, 'per-1000', '1.2‰'],
    [1204, 'score', '1,204'],
  ] as const)('formatValue %s %s → %s', (value, unit, text) => expect(formatValue(value, unit, 'zh-CN')).toBe(text));

  it('reads targets, thresholds and scales', () => {
    expect(formatThreshold({ min: 20, max: 30 }, 'minutes', 'zh-CN')).toBe('20–30 分钟');
    expect(formatTarget(85, 'higher', 'percent', 'zh-CN')).toBe('不低于 85%');
    expect(formatTarget(2, 'lower', 'per-1000', 'zh-CN')).toBe('不高于 2‰');
    expect(formatTarget(3, 'band', 'hours', 'zh-CN')).toBe('3 小时');
    expect(formatTarget({ min: 20, max: 30 }, 'band', 'minutes', 'zh-CN')).toBe('20 至 30 分钟');
    expect(formatScale({ min: 0, max: 100 }, 'percent', 'zh-CN')).toBe('0 至 100%');
    expect(formatScale({ min: 0, max: Number.POSITIVE_INFINITY }, 'minutes', 'zh-CN')).toBe('0 分钟起（无上限）');
  });

  it('states criteria and time limits', () => {
    expect(criterionText({ kpi: 'KPI-CSAT', threshold: 85 }, { direction: 'higher', unitOfMeasure: 'percent' }, 'zh-CN')).toBe('不低于 85%');
    expect(criterionText({ kpi: 'KPI-X', threshold: 3 }, undefined, 'zh-CN')).toBe('达到 3');
    expect(criterionText({ timeLimit: '30 min', event: '首次回复投诉' }, undefined, 'zh-CN')).toBe('30 分钟内完成：首次回复投诉');
    expect(formatDuration('48 h', 'zh-CN')).toBe('48 小时');
    expect(formatDuration('3 d', 'zh-CN')).toBe('3 天');
    expect(formatDuration('3 d', 'en')).toBe('3 d');
    expect(formatDuration('soon', 'zh-CN')).toBe('soon');
  });

  it('names directions and frequencies, keeping the English tables for callers without a locale', () => {
    expect(directionLabel('lower', 'zh-CN')).toBe('越低越好');
    expect(directionLabel('lower', 'en')).toBe('Lower is better');
    expect(frequencyLabel('quarterly', 'zh-CN')).toBe('每季度');
    expect(frequencyLabel('quarterly', 'en')).toBe('Quarterly');
    expect(DIRECTION_LABELS.band).toBe('Best inside the target band');
    expect(FREQUENCY_LABELS.monthly).toBe('Monthly');
  });
});

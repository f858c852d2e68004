import { describe, expect, it } from 'vitest';
import type { Step } from '../../../src/core/schema/sop.ts';
import { changeLogNewestFirst, isInForce, sopsByArea, stepFlow } from '../../../src/site/views/sops.ts';
import { miniHandbook } from '../mini-handbook.ts';

const step = (id: string, extra: Partial<Step> = {}): Step => ({ id, actor: 'agent', action: `Do ${id}`, ...extra });

describe('stepFlow', () => {
  it('continues with the following step, and ends after the last', () => {
    const flow = stepFlow([step('S1'), step('S2')]);
    expect(flow.map((f) => f.exits)).toEqual([[{ target: 'S2' }], [{ target: 'end' }]]);
  });

  it('follows an explicit next, including end', () => {
    const flow = stepFlow([step('S1', { next: 'S3' }), step('S2', { next: 'end' }), step('S3')]);
    expect(flow.map((f) => f.exits)).toEqual([[{ target: 'S3' }], [{ target: 'end' }], [{ target: 'end' }]]);
  });

  it('lists the options of a decision with their labels', () => {
    const decision = { question: 'Major complaint?', options: [{ label: 'Yes', next: 'S3' }, { label: 'No', next: 'end' }] };
    const [flow] = stepFlow([step('S1', { decision }), step('S2'), step('S3')]);
    expect(flow).toMatchObject({
      question: 'Major complaint?',
      exits: [
        { label: 'Yes', target: 'S3' },
        { label: 'No', target: 'end' },
      ],
    });
  });
});

describe('changeLogNewestFirst', () => {
  it('reverses the log without changing the source', () => {
    const log = [
      { version: '1.0', date: '2024-01-01', change: 'major', summary: 'First' },
      { version: '1.1', date: '2024-06-01', change: 'minor', summary: 'Typos' },
    ] as const;
    const copy = [...log];
    expect(changeLogNewestFirst(copy).map((e) => e.version)).toEqual(['1.1', '1.0']);
    expect(copy.map((e) => e.version)).toEqual(['1.0', '1.1']);
  });
});

describe('isInForce', () => {
  it('is true only for effective SOPs', () => {
    expect(isInForce('effective')).toBe(true);
    for (const status of ['draft', 'in-review', 'superseded', 'retired'] as const) expect(isInForce(status)).toBe(false);
  });
});

describe('sopsByArea', () => {
  it('lists every area in source order with its SOPs sorted by id', () => {
    const groups = sopsByArea(miniHandbook());
    expect(groups.map((g) => [g.area.id, g.sops.map((s) => s.id)])).toEqual([
      ['service', ['SOP-CS-001', 'SOP-CS-002', 'SOP-CS-003']],
      ['delivery', ['SOP-DL-001']],
      ['empty', []],
    ]);
  });
});

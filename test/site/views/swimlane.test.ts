/**
 * The swimlane diagram's layout (src/site/views/swimlane.ts): lanes per role, a row per step in its
 * actor's lane, and the exits written on a step (those that are not simply the next row).
 */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../src/core/schema/sop.ts';
import { laneOrder, laneStripes, layoutSwimlane, stepExits } from '../../../src/site/views/swimlane.ts';

const steps: Step[] = [
  { id: 'S1', actor: 'agent', action: 'Log the complaint in the CRM', timeLimit: '30 min', record: 'Complaint ticket in CRM' },
  { id: 'S2', actor: 'supervisor', action: 'Classify', decision: { question: 'Major?', options: [{ label: 'Yes', next: 'S4' }, { label: 'No', next: 'S3' }] } },
  { id: 'S3', actor: 'agent', action: 'Propose a solution', next: 'end' },
  { id: 'S4', actor: 'manager', action: 'Open a corrective action', next: 'S5' },
  { id: 'S5', actor: 'agent', action: 'Close the ticket' },
];

describe('swimlane lanes and rows', () => {
  it('has one lane per role, in order of first appearance', () => {
    expect(laneOrder(steps)).toEqual(['agent', 'supervisor', 'manager']);
    expect(layoutSwimlane(steps).lanes).toEqual(['agent', 'supervisor', 'manager']);
  });

  it('puts each step in its actor\'s lane and its own row, with its whole text', () => {
    const layout = layoutSwimlane(steps);
    expect(layout.steps.map((s) => [s.id, s.lane, s.row])).toEqual([
      ['S1', 0, 0],
      ['S2', 1, 1],
      ['S3', 0, 2],
      ['S4', 2, 3],
      ['S5', 0, 4],
    ]);
    expect(layout.steps[0]).toMatchObject({ action: 'Log the complaint in the CRM', timeLimit: '30 min', record: 'Complaint ticket in CRM' });
    expect(layout.steps[1]!.question).toBe('Major?');
  });
});

describe('swimlane exits', () => {
  it('lists every exit of a step: decision options, next, or the following step', () => {
    expect(stepExits(steps, 0)).toEqual([{ to: 'S2', kind: 'implicit' }]);
    expect(stepExits(steps, 1)).toEqual([
      { to: 'S4', kind: 'decision', label: 'Yes' },
      { to: 'S3', kind: 'decision', label: 'No' },
    ]);
    expect(stepExits(steps, 2)).toEqual([{ to: 'end', kind: 'next' }]);
    expect(stepExits(steps, 4)).toEqual([{ to: 'end', kind: 'implicit' }]);
  });

  it('writes on a step only the exits that are not the next row, and every answer of a decision', () => {
    const exits = Object.fromEntries(layoutSwimlane(steps).steps.map((s) => [s.id, s.exits.map((e) => `${e.label ?? ''}→${e.to}`)]));
    expect(exits).toEqual({
      S1: [],
      S2: ['Yes→S4', 'No→S3'],
      S3: ['→end'],
      S4: [], // next: S5 is the following row
      S5: ['→end'],
    });
  });
});

describe('lane shading', () => {
  it('shades every other lane in bands as wide as the equal columns', () => {
    expect(laneStripes(1)).toBe('var(--bg)');
    expect(laneStripes(3, 'white', 'grey')).toBe('linear-gradient(to right, white 0% 33.33%, grey 33.33% 66.67%, white 66.67% 100%)');
  });
});

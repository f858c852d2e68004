import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/core/schema/sop.ts';
import { laneOrder, layoutSwimlane, pathData, SWIMLANE, stepExits, textWidth, truncate, wrapText } from '../../src/lib/swimlane.ts';

const steps: Step[] = [
  { id: 'S1', actor: 'agent', action: 'Log the complaint in the CRM', timeLimit: '30 min', record: 'Complaint ticket in CRM' },
  { id: 'S2', actor: 'supervisor', action: 'Classify', decision: { question: 'Major?', options: [{ label: 'Yes', next: 'S4' }, { label: 'No', next: 'S3' }] } },
  { id: 'S3', actor: 'agent', action: 'Propose a solution', next: 'end' },
  { id: 'S4', actor: 'manager', action: 'Open a corrective action' },
];

describe('swimlane lanes', () => {
  it('has one lane per role, in order of first appearance', () => {
    expect(laneOrder(steps)).toEqual(['agent', 'supervisor', 'manager']);
    const layout = layoutSwimlane(steps);
    expect(layout.lanes.map((l) => l.role)).toEqual(['agent', 'supervisor', 'manager']);
    expect(layout.lanes[1]!.y).toBe(layout.lanes[0]!.y + layout.lanes[0]!.height);
    expect(layout.height).toBe(2 * SWIMLANE.margin + 3 * layout.lanes[0]!.height);
  });
});

describe('swimlane boxes', () => {
  it('puts each step in its actor lane and its own column', () => {
    const { boxes, lanes } = layoutSwimlane(steps);
    expect(boxes.map((b) => [b.id, b.lane, b.column])).toEqual([
      ['S1', 0, 0],
      ['S2', 1, 1],
      ['S3', 0, 2],
      ['S4', 2, 3],
    ]);
    for (const box of boxes) {
      const lane = lanes[box.lane]!;
      expect(box.y).toBeGreaterThanOrEqual(lane.y);
      expect(box.y + box.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    // Columns advance left to right without overlap.
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
  });

  it('keeps the time limit and record, shortens long text, and marks decisions', () => {
    const { boxes } = layoutSwimlane(steps);
    expect(boxes[0]).toMatchObject({ timeLimit: '30 min', record: 'Complaint ticket in CRM', actionLines: ['Log the complaint in the', 'CRM'] });
    expect(boxes[1]!.question).toBe('Major?');
    expect(boxes[2]!.timeLimit).toBeUndefined();
  });
});

describe('swimlane edges', () => {
  const layout = layoutSwimlane(steps);
  const edge = (from: string, to: string) => layout.edges.find((e) => e.from === from && e.to === to)!;

  it('draws implicit next, decision branches, explicit next and end', () => {
    expect(layout.edges.map((e) => [e.from, e.to, e.kind, e.label])).toEqual([
      ['S1', 'S2', 'implicit', undefined],
      ['S2', 'S4', 'decision', 'Yes'],
      ['S2', 'S3', 'decision', 'No'],
      ['S3', 'end', 'next', undefined],
      ['S4', 'end', 'implicit', undefined],
    ]);
    expect(edge('S2', 'S4').labelAt).toBeDefined();
  });

  it('routes to the next column across the gap, from the right side to the left side', () => {
    const e = edge('S1', 'S2');
    const [s1, s2] = [layout.boxes[0]!, layout.boxes[1]!];
    expect(e.points[0]).toEqual([s1.x + s1.width, s1.y + s1.height / 2]);
    expect(e.points.at(-1)).toEqual([s2.x, s2.y + s2.height / 2]);
    expect(e.points).toHaveLength(4);
    // Orthogonal: every segment is horizontal or vertical.
    for (const ed of layout.edges) {
      for (let i = 1; i < ed.points.length; i++) {
        const [a, b] = [ed.points[i - 1]!, ed.points[i]!];
        expect(a[0] === b[0] || a[1] === b[1]).toBe(true);
      }
    }
  });

  it('routes edges that skip columns through the gutter below the boxes', () => {
    const e = edge('S2', 'S4');
    const s2 = layout.boxes[1]!;
    const s4 = layout.boxes[3]!;
    expect(e.points[0]![1]).toBe(s2.y + s2.height);
    expect(e.points[1]![1]).toBeGreaterThan(s2.y + s2.height);
    expect(e.points[1]![1]).toBeLessThan(layout.lanes[1]!.y + layout.lanes[1]!.height);
    expect(e.points.at(-1)).toEqual([s4.x, s4.y + s4.height / 2]);
    // The vertical segment runs in the gap before the target column.
    expect(e.points[3]![0]).toBeLessThan(s4.x);
    expect(e.points[3]![0]).toBeGreaterThan(layout.boxes[2]!.x + layout.boxes[2]!.width);
  });

  it('places one end marker after the last step, in the lane of the last step that ends', () => {
    expect(layout.end).toMatchObject({ column: 4, lane: 2 });
    const s4 = layout.boxes[3]!;
    expect(layout.end!.x).toBeGreaterThan(s4.x + s4.width);
    expect(layout.width).toBeGreaterThanOrEqual(layout.end!.x + SWIMLANE.endRadius);
    expect(edge('S4', 'end').points.at(-1)).toEqual([layout.end!.x - SWIMLANE.endRadius, layout.end!.y]);
  });

  it('draws a back edge (a loop) and skips unknown targets', () => {
    const loop: Step[] = [
      { id: 'S1', actor: 'a', action: 'Do' },
      { id: 'S2', actor: 'b', action: 'Check', decision: { question: 'OK?', options: [{ label: 'No', next: 'S1' }, { label: 'Yes', next: 'end' }, { label: 'Odd', next: 'S9' }] } },
    ];
    const l = layoutSwimlane(loop);
    expect(l.edges.map((e) => e.to)).toEqual(['S2', 'S1', 'end']);
    const back = l.edges[1]!;
    expect(back.points.at(-1)).toEqual([l.boxes[0]!.x, l.boxes[0]!.y + l.boxes[0]!.height / 2]);
  });

  it('has no end marker when no step ends', () => {
    const cycle: Step[] = [
      { id: 'S1', actor: 'a', action: 'Do', next: 'S2' },
      { id: 'S2', actor: 'a', action: 'Again', next: 'S1' },
    ];
    expect(layoutSwimlane(cycle).end).toBeUndefined();
    expect(stepExits(cycle, 1)).toEqual([{ to: 'S1', kind: 'next' }]);
  });
});

describe('text helpers', () => {
  it('wraps, truncates and counts wide characters', () => {
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three fo…']);
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(textWidth('投诉ab')).toBe(6);
    expect(wrapText('受理客户投诉并登记', 8, 3)).toEqual(['受理客户', '投诉并登', '记']);
    expect(pathData([[0, 0], [10.25, 5]])).toBe('M0 0 L10.3 5');
  });
});

/**
 * Layout of an SOP's swimlane diagram, computed at build time: one lane per role (in order of
 * first appearance), one column per step (in list order, so boxes never overlap), and edges
 * drawn as orthogonal paths. The component `Swimlane.astro` only renders this layout as SVG.
 *
 * Edge routing, kept deliberately simple:
 * - to the step in the next column: out of the box's right side, across the gap between the two
 *   columns (a straight line when both are in the same lane, an elbow otherwise);
 * - anywhere else (skipping columns, or going back): out of the box's bottom into the lane's
 *   gutter (the free band below the boxes), along it to the gap just before the target column,
 *   then up or down that gap and into the target's left side. Gaps between columns and gutters
 *   hold no boxes, so no edge crosses a box.
 * Exits to `end` lead to a single end marker in a column after the last step.
 */
import type { Step } from '../core/schema/sop.ts';

export const SWIMLANE = {
  /** Width of the lane header (role names) on the left. */
  headerWidth: 120,
  boxWidth: 184,
  boxHeight: 92,
  /** Horizontal gap between columns (where vertical edge segments run). */
  gapX: 72,
  /** Space above the boxes in a lane. */
  padTop: 16,
  /** Band below the boxes in a lane, where edges that skip columns run. */
  gutter: 40,
  /** Radius of the end marker. */
  endRadius: 14,
  margin: 8,
} as const;

export type EdgeKind = 'next' | 'implicit' | 'decision';

export interface SwimlaneLane {
  /** Role id of the actor. */
  role: string;
  index: number;
  y: number;
  height: number;
}

export interface SwimlaneBox {
  id: string;
  role: string;
  lane: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The action, wrapped to at most two short lines. */
  actionLines: string[];
  timeLimit?: string;
  /** The record, shortened to one line. */
  record?: string;
  /** The decision's question, if the step branches. */
  question?: string;
}

export interface SwimlaneEdge {
  from: string;
  /** A step id or `end`. */
  to: string;
  kind: EdgeKind;
  /** The decision's answer, for a decision branch. */
  label?: string;
  /** Corner points of the orthogonal path, first at the source box, last at the target. */
  points: Array<[number, number]>;
  /** Where the label is drawn (left end of the text). */
  labelAt?: [number, number];
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  lanes: SwimlaneLane[];
  boxes: SwimlaneBox[];
  edges: SwimlaneEdge[];
  /** The end marker's centre, when some step leads to the end. */
  end?: { x: number; y: number; lane: number; column: number };
}

/** Display width of one character: East Asian wide characters count twice. */
function charWidth(ch: string): number {
  return /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
}

/** Display width of text (a Latin letter is 1, a Chinese character 2). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * Wraps text into lines of at most `width` display columns (breaking inside words only when a
 * word is longer than a line, as Chinese text without spaces is); when it needs more than
 * `maxLines`, the last line ends with `…`.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const units = words.flatMap((w) => (textWidth(w) > width ? chunk(w, width) : [w]));
  const lines: string[] = [];
  let current = '';
  for (const word of units) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate) <= width) current = candidate;
    else {
      if (current) lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]!} ${lines[maxLines]!}`, width);
  return kept;
}

/** Shortens text to at most `width` display columns, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  const t = text.trim();
  if (textWidth(t) <= width) return t;
  let out = '';
  for (const ch of t) {
    if (textWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

function chunk(word: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && textWidth(current + ch) > width) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Role ids in order of first appearance among the steps. */
export function laneOrder(steps: readonly Pick<Step, 'actor'>[]): string[] {
  const roles: string[] = [];
  for (const step of steps) if (!roles.includes(step.actor)) roles.push(step.actor);
  return roles;
}

/** Every exit of a step: decision options, else `next`, else the following step (or the end). */
export function stepExits(steps: readonly Step[], i: number): Array<{ to: string; kind: EdgeKind; label?: string }> {
  const step = steps[i]!;
  if (step.decision) return step.decision.options.map((o) => ({ to: o.next, kind: 'decision' as const, label: o.label }));
  if (step.next !== undefined) return [{ to: step.next, kind: 'next' }];
  return [{ to: steps[i + 1]?.id ?? 'end', kind: 'implicit' }];
}

export function layoutSwimlane(steps: readonly Step[]): SwimlaneLayout {
  const S = SWIMLANE;
  const roles = laneOrder(steps);
  const laneHeight = S.padTop + S.boxHeight + S.gutter;
  const lanes: SwimlaneLane[] = roles.map((role, index) => ({ role, index, y: S.margin + index * laneHeight, height: laneHeight }));
  const colX = (column: number) => S.margin + S.headerWidth + S.gapX / 2 + column * (S.boxWidth + S.gapX);

  const boxes: SwimlaneBox[] = steps.map((step, column) => {
    const lane = roles.indexOf(step.actor);
    return {
      id: step.id,
      role: step.actor,
      lane,
      column,
      x: colX(column),
      y: lanes[lane]!.y + S.padTop,
      width: S.boxWidth,
      height: S.boxHeight,
      actionLines: wrapText(step.action, 26, 2),
      ...(step.timeLimit !== undefined && { timeLimit: step.timeLimit }),
      ...(step.record !== undefined && { record: truncate(step.record, 26) }),
      ...(step.decision && { question: step.decision.question }),
    };
  });
  const byId = new Map<string, SwimlaneBox>();
  for (const box of boxes) if (!byId.has(box.id)) byId.set(box.id, box);

  const exits = steps.flatMap((step, i) => stepExits(steps, i).map((e) => ({ from: step.id, index: i, ...e })));
  const endColumn = steps.length;
  const lastToEnd = [...exits].reverse().find((e) => e.to === 'end');
  const end = lastToEnd
    ? (() => {
        const lane = boxes[lastToEnd.index]!.lane;
        return { x: colX(endColumn) + S.endRadius, y: lanes[lane]!.y + S.padTop + S.boxHeight / 2, lane, column: endColumn };
      })()
    : undefined;

  // Edges leaving through a lane's gutter are spread out so that they do not run on top of each other.
  const gutterUse = new Map<number, number>();
  const edges: SwimlaneEdge[] = [];
  for (const exit of exits) {
    const source = boxes[exit.index]!;
    const target = exit.to === 'end' ? undefined : byId.get(exit.to);
    if (exit.to !== 'end' && !target) continue; // an unknown step: reported by the checks, not drawn
    const tColumn = target ? target.column : endColumn;
    const tLeftX = target ? target.x : end!.x - S.endRadius;
    const tMidY = target ? target.y + target.height / 2 : end!.y;
    const sMidY = source.y + source.height / 2;
    const sRight = source.x + source.width;
    let points: Array<[number, number]>;
    let labelAt: [number, number];
    if (tColumn === source.column + 1) {
      const midX = sRight + S.gapX / 2;
      points = tMidY === sMidY ? [[sRight, sMidY], [tLeftX, tMidY]] : [[sRight, sMidY], [midX, sMidY], [midX, tMidY], [tLeftX, tMidY]];
      labelAt = [sRight + 4, sMidY - 6];
    } else {
      const used = gutterUse.get(source.lane) ?? 0;
      gutterUse.set(source.lane, used + 1);
      const step = Math.min(used, 3);
      const gutterY = source.y + source.height + 12 + step * 7;
      const startX = source.x + source.width / 2 + (step - 1.5) * 12;
      const gapX = tLeftX - S.gapX / 2 + (step - 1.5) * 6;
      points = [[startX, source.y + source.height], [startX, gutterY], [gapX, gutterY], [gapX, tMidY], [tLeftX, tMidY]];
      labelAt = [startX + 4, gutterY - 3];
    }
    edges.push({
      from: exit.from,
      to: exit.to,
      kind: exit.kind,
      ...(exit.label !== undefined && { label: exit.label, labelAt }),
      points,
    });
  }

  const columns = steps.length + (end ? 1 : 0);
  const width = S.margin * 2 + S.headerWidth + columns * (S.boxWidth + S.gapX) - (end ? S.boxWidth - 2 * S.endRadius : 0);
  const height = S.margin * 2 + lanes.length * laneHeight;
  return { width, height, lanes, boxes, edges, ...(end && { end }) };
}

/** An SVG path `d` attribute for the corner points of an edge. */
export function pathData(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

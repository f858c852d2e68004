/**
 * Sparklines drawn at build time as inline SVG (no JavaScript): the geometry of a small line
 * chart of one KPI for one unit over its last periods. Missing and null values break the line
 * (a gap, never a drop to zero); a lone value between gaps is drawn as a dot. The target is a
 * dashed reference line (two for a band), and the vertical range always includes it so the
 * reader sees on which side of the target the line runs.
 */

export interface SparklineInput {
  /** Values oldest first; null where the period has no value. */
  values: readonly (number | null)[];
  /** Target line(s): one value, or both ends of a band. */
  targets?: readonly number[];
  width?: number;
  height?: number;
}

export interface SparklinePoint {
  x: number;
  y: number;
}

export interface Sparkline {
  width: number;
  height: number;
  /** `points` attributes of the polylines, one per run of consecutive values. */
  lines: string[];
  /** Values with no neighbour (drawn as dots so they stay visible). */
  dots: SparklinePoint[];
  /** The last value, if the last period has one (drawn as a larger dot). */
  last: SparklinePoint | null;
  /** y of each target line. */
  targets: number[];
  /** Lowest and highest value drawn (the axis range, targets included); null without values. */
  range: { min: number; max: number } | null;
  /** Periods with a value / periods shown. */
  valueCount: number;
}

const PAD = 3;

const round1 = (x: number) => Math.round(x * 10) / 10;

export function sparkline({ values, targets = [], width = 120, height = 32 }: SparklineInput): Sparkline {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const base: Sparkline = { width, height, lines: [], dots: [], last: null, targets: [], range: null, valueCount: present.length };
  if (present.length === 0) return base;
  let min = Math.min(...present, ...targets);
  let max = Math.max(...present, ...targets);
  if (max === min) {
    min -= 1;
    max += 1;
  }
  const step = values.length > 1 ? (width - 2 * PAD) / (values.length - 1) : 0;
  const x = (i: number) => round1(values.length > 1 ? PAD + i * step : width / 2);
  const y = (v: number) => round1(PAD + ((max - v) / (max - min)) * (height - 2 * PAD));

  let run: SparklinePoint[] = [];
  const flush = () => {
    if (run.length === 1) base.dots.push(run[0]!);
    else if (run.length > 1) base.lines.push(run.map((p) => `${p.x},${p.y}`).join(' '));
    run = [];
  };
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) flush();
    else run.push({ x: x(i), y: y(v) });
  });
  flush();
  const lastValue = values.at(-1);
  base.last = lastValue !== null && lastValue !== undefined && Number.isFinite(lastValue) ? { x: x(values.length - 1), y: y(lastValue) } : null;
  base.targets = targets.map(y);
  base.range = { min, max };
  return base;
}

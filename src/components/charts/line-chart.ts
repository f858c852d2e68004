/**
 * The chart script, bundled by Vite and loaded only by pages that contain a chart. It imports
 * only the parts of chart.js it uses (line charts on a category and a linear scale, with legend
 * and tooltips) and draws every `<canvas data-chart="id">` from the JSON in
 * `<script type="application/json" id="id-data">` (written by LineChart.astro). The data and the
 * labels come from the build; the script only chooses styles by each series' kind, and draws the
 * boundaries between the phases of a control chart.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type LegendItem, type Plugin } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

type SeriesKind = 'unit' | 'pooled' | 'value' | 'target' | 'warning' | 'centre' | 'limit' | 'signal';

interface ChartData {
  labels: string[];
  series: { label: string; kind: SeriesKind; values: (number | null)[] }[];
  unit: string;
  yTitle: string;
  /** The page's language (`en`, `zh-CN`): numbers are formatted for it. */
  locale?: string;
  /** Put after a number in that language: `%`, ` min`, ` 分钟`. */
  suffix?: string;
  /** A tooltip's word for a point without a value. */
  noData?: string;
  /** Where a new phase of a control chart begins: the index of its first label, and its name. */
  boundaries?: { index: number; label: string }[];
}

/**
 * Draws a vertical line between the last period of a phase and the first of the next, with the new
 * phase's name at the top. The label is drawn as canvas text (fillText), never as markup.
 */
function phaseBoundaries(boundaries: NonNullable<ChartData['boundaries']>): Plugin<'line'> {
  return {
    id: 'phaseBoundaries',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      if (!x) return;
      ctx.save();
      const ink = palette();
      ctx.strokeStyle = ink.centre;
      ctx.fillStyle = ink.text;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([2, 3]);
      ctx.font = '12px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      for (const b of boundaries) {
        if (b.index <= 0) continue;
        const at = (x.getPixelForValue(b.index - 1) + x.getPixelForValue(b.index)) / 2;
        ctx.beginPath();
        ctx.moveTo(at, chartArea.top);
        ctx.lineTo(at, chartArea.bottom);
        ctx.stroke();
        ctx.fillText(String(b.label), at + 4, chartArea.top + 4);
      }
      ctx.restore();
    },
  };
}

/** The ink of a chart: on a light page (and on paper), or on the dark page of a dark colour scheme. */
interface Palette {
  text: string;
  grid: string;
  /** Okabe–Ito colours (distinguishable with colour-vision deficiencies), adjusted for contrast on the background. */
  units: readonly string[];
  value: string;
  pooled: string;
  target: string;
  warning: string;
  centre: string;
  limit: string;
}

const LIGHT: Palette = {
  text: '#1a1a1a',
  grid: '#e3e5e8',
  units: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#3d7fa8', '#000000', '#a0522d'],
  value: '#0b57a4',
  pooled: '#1a1a1a',
  target: '#1b5e20',
  warning: '#8a5a00',
  centre: '#4d4d4d',
  limit: '#8a1c1c',
};

/** The same hues lighter, each at 4.5:1 or more on the dark page (#121417). */
const DARK: Palette = {
  text: '#e8e8e8',
  grid: '#3a3f46',
  units: ['#56b4e9', '#f08a4b', '#3cc9a0', '#e7a0c9', '#e8c94a', '#8fc3e8', '#ffffff', '#e0a27e'],
  value: '#7ab8f5',
  pooled: '#e8e8e8',
  target: '#8fd694',
  warning: '#f3c66b',
  centre: '#b8bcc2',
  limit: '#ff9b9b',
};

const darkScheme = typeof matchMedia === 'function' ? matchMedia('screen and (prefers-color-scheme: dark)') : undefined;
const printing = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
/** Dark ink on paper whatever the screen's scheme. */
const palette = (): Palette => (darkScheme?.matches && !printing?.matches ? DARK : LIGHT);
const UNIT_DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [1, 3], [10, 4], [4, 4], [12, 2, 2, 2]];
const UNIT_POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'cross', 'rectRounded'] as const;

/** English suffixes, for data written without its own. */
const SUFFIX: Record<string, string> = { percent: '%', points: ' points', score: '', minutes: ' min', hours: ' h', 'per-1000': ' per 1,000' };

function dataset(s: ChartData['series'][number], unitIndex: number, ink: Palette): ChartDataset<'line', (number | null)[]> {
  const base = { label: s.label, data: s.values, spanGaps: false, tension: 0 } as const;
  switch (s.kind) {
    case 'unit':
    case 'value': {
      const i = unitIndex % ink.units.length;
      const colour = s.kind === 'value' ? ink.value : ink.units[i]!;
      return { ...base, borderColor: colour, backgroundColor: colour, borderWidth: 2, borderDash: s.kind === 'value' ? [] : UNIT_DASHES[i]!, pointStyle: s.kind === 'value' ? 'circle' : UNIT_POINTS[i]!, pointRadius: 3 };
    }
    case 'pooled':
      return { ...base, borderColor: ink.pooled, backgroundColor: ink.pooled, borderWidth: 4, pointRadius: 0 };
    case 'target':
      return { ...base, borderColor: ink.target, backgroundColor: ink.target, borderWidth: 2, borderDash: [10, 5], pointRadius: 0 };
    case 'warning':
      return { ...base, borderColor: ink.warning, backgroundColor: ink.warning, borderWidth: 2, borderDash: [3, 3], pointRadius: 0 };
    case 'centre':
      return { ...base, borderColor: ink.centre, backgroundColor: ink.centre, borderWidth: 1.5, pointRadius: 0 };
    case 'limit':
      return { ...base, borderColor: ink.limit, backgroundColor: ink.limit, borderWidth: 1.5, borderDash: [6, 3], pointRadius: 0, stepped: 'middle' };
    case 'signal':
      return { ...base, borderColor: ink.limit, backgroundColor: ink.limit, showLine: false, pointStyle: 'triangle', pointRadius: 7, pointHoverRadius: 8 };
  }
}

/**
 * The legend's sample of each series as drawn: a line (with its dash) for a line, the marker for
 * markers without a line (the signals). Chart.js would draw each line's point style (a dot).
 */
function legendLabels(chart: Chart): LegendItem[] {
  return Chart.defaults.plugins.legend.labels.generateLabels(chart).map((label) => {
    const set = chart.data.datasets[label.datasetIndex ?? 0] as ChartDataset<'line'> | undefined;
    return set?.showLine === false ? label : { ...label, pointStyle: 'line' as const };
  });
}

/** The options that carry ink: scales and legend. */
function inkOptions(ink: Palette, data: ChartData, format: (v: number) => string) {
  return {
    scales: {
      x: { ticks: { color: ink.text, autoSkip: true, maxRotation: 0 }, grid: { color: ink.grid } },
      y: { title: { display: true, text: data.yTitle, color: ink.text }, ticks: { color: ink.text, callback: (v: string | number) => format(Number(v)) }, grid: { color: ink.grid } },
    },
    legend: { position: 'bottom' as const, labels: { color: ink.text, usePointStyle: true, pointStyleWidth: 28, boxWidth: 28, generateLabels: legendLabels } },
  };
}

function draw(canvas: HTMLCanvasElement): Chart<'line', (number | null)[], string> | undefined {
  const id = canvas.dataset['chart'];
  const source = id ? document.getElementById(`${id}-data`) : null;
  if (!source?.textContent) return undefined;
  const data = JSON.parse(source.textContent) as ChartData;
  const suffix = data.suffix ?? SUFFIX[data.unit] ?? '';
  const number = new Intl.NumberFormat(data.locale ?? 'en', { maximumFractionDigits: 2 });
  const format = (v: number) => `${number.format(v)}${suffix}`;
  const noData = data.noData ?? 'no data';
  const datasetsIn = (ink: Palette) => {
    let units = 0;
    return data.series.map((s) => dataset(s, s.kind === 'unit' ? units++ : 0, ink));
  };
  const ink = palette();
  const inked = inkOptions(ink, data, format);
  const chart = new Chart<'line', (number | null)[], string>(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets: datasetsIn(ink) },
    plugins: data.boundaries?.length ? [phaseBoundaries(data.boundaries)] : [],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: inked.scales,
      plugins: {
        legend: inked.legend,
        tooltip: {
          callbacks: {
            label: (ctx) => (ctx.parsed.y === null ? `${ctx.dataset.label}: ${noData}` : `${ctx.dataset.label}: ${format(ctx.parsed.y)}`),
          },
        },
      },
    },
  });
  canvas.dataset['chartReady'] = 'true';
  canvas.dataset['chartInk'] = ink === DARK ? 'dark' : 'light';
  /** Redraws in the ink of the moment: the colour scheme changed, or the page is printed. */
  const reink = () => {
    const now = palette();
    if (canvas.dataset['chartInk'] === (now === DARK ? 'dark' : 'light')) return;
    const o = inkOptions(now, data, format);
    chart.data.datasets = datasetsIn(now);
    chart.options.scales = o.scales;
    if (chart.options.plugins) chart.options.plugins.legend = o.legend;
    chart.update('none');
    canvas.dataset['chartInk'] = now === DARK ? 'dark' : 'light';
  };
  darkScheme?.addEventListener('change', reink);
  printing?.addEventListener('change', reink);
  addEventListener('beforeprint', reink);
  addEventListener('afterprint', reink);
  return chart;
}

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  try {
    draw(canvas);
  } catch (error) {
    canvas.dataset['chartReady'] = 'failed';
    throw error;
  }
}

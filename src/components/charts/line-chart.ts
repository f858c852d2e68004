/**
 * The chart script, bundled by Vite and loaded only by pages that contain a chart. It imports
 * only the parts of chart.js it uses (line charts on a category and a linear scale, with legend
 * and tooltips) and draws every `<canvas data-chart="id">` from the JSON in
 * `<script type="application/json" id="id-data">` (written by LineChart.astro). The data and the
 * labels come from the build; the script only chooses styles by each series' kind, and draws the
 * boundaries between the phases of a control chart.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type Plugin } from 'chart.js';

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
      ctx.strokeStyle = '#4d4d4d';
      ctx.fillStyle = '#1a1a1a';
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

/** Okabe–Ito colours (distinguishable with colour-vision deficiencies), darkened where needed for contrast on white. */
const UNIT_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#3d7fa8', '#000000', '#a0522d'];
const UNIT_DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [1, 3], [10, 4], [4, 4], [12, 2, 2, 2]];
const UNIT_POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'cross', 'rectRounded'] as const;

/** English suffixes, for data written without its own. */
const SUFFIX: Record<string, string> = { percent: '%', points: ' points', score: '', minutes: ' min', hours: ' h', 'per-1000': ' per 1,000' };

function dataset(s: ChartData['series'][number], unitIndex: number): ChartDataset<'line', (number | null)[]> {
  const base = { label: s.label, data: s.values, spanGaps: false, tension: 0 } as const;
  switch (s.kind) {
    case 'unit':
    case 'value': {
      const i = unitIndex % UNIT_COLOURS.length;
      const colour = s.kind === 'value' ? '#0b57a4' : UNIT_COLOURS[i]!;
      return { ...base, borderColor: colour, backgroundColor: colour, borderWidth: 2, borderDash: s.kind === 'value' ? [] : UNIT_DASHES[i]!, pointStyle: s.kind === 'value' ? 'circle' : UNIT_POINTS[i]!, pointRadius: 3 };
    }
    case 'pooled':
      return { ...base, borderColor: '#1a1a1a', backgroundColor: '#1a1a1a', borderWidth: 4, pointRadius: 0 };
    case 'target':
      return { ...base, borderColor: '#1b5e20', backgroundColor: '#1b5e20', borderWidth: 2, borderDash: [10, 5], pointRadius: 0 };
    case 'warning':
      return { ...base, borderColor: '#8a5a00', backgroundColor: '#8a5a00', borderWidth: 2, borderDash: [3, 3], pointRadius: 0 };
    case 'centre':
      return { ...base, borderColor: '#4d4d4d', backgroundColor: '#4d4d4d', borderWidth: 1.5, pointRadius: 0 };
    case 'limit':
      return { ...base, borderColor: '#8a1c1c', backgroundColor: '#8a1c1c', borderWidth: 1.5, borderDash: [6, 3], pointRadius: 0, stepped: 'middle' };
    case 'signal':
      return { ...base, borderColor: '#8a1c1c', backgroundColor: '#8a1c1c', showLine: false, pointStyle: 'triangle', pointRadius: 7, pointHoverRadius: 8 };
  }
}

function draw(canvas: HTMLCanvasElement): void {
  const id = canvas.dataset['chart'];
  const source = id ? document.getElementById(`${id}-data`) : null;
  if (!source?.textContent) return;
  const data = JSON.parse(source.textContent) as ChartData;
  const suffix = data.suffix ?? SUFFIX[data.unit] ?? '';
  const number = new Intl.NumberFormat(data.locale ?? 'en', { maximumFractionDigits: 2 });
  const noData = data.noData ?? 'no data';
  let units = 0;
  const datasets = data.series.map((s) => dataset(s, s.kind === 'unit' ? units++ : 0));
  new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets },
    plugins: data.boundaries?.length ? [phaseBoundaries(data.boundaries)] : [],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { color: '#1a1a1a', autoSkip: true, maxRotation: 0 }, grid: { color: '#e3e5e8' } },
        y: { title: { display: true, text: data.yTitle, color: '#1a1a1a' }, ticks: { color: '#1a1a1a', callback: (v) => `${number.format(Number(v))}${suffix}` }, grid: { color: '#e3e5e8' } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: '#1a1a1a', usePointStyle: true, boxWidth: 24 } },
        tooltip: {
          callbacks: {
            label: (ctx) => (ctx.parsed.y === null ? `${ctx.dataset.label}: ${noData}` : `${ctx.dataset.label}: ${number.format(ctx.parsed.y)}${suffix}`),
          },
        },
      },
    },
  });
  canvas.dataset['chartReady'] = 'true';
}

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  try {
    draw(canvas);
  } catch (error) {
    canvas.dataset['chartReady'] = 'failed';
    throw error;
  }
}

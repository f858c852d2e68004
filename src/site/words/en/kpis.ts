/** Words of the KPI pages: the KPI list, a KPI's page and its table of latest values. */
import type { LAYERS } from '../../../core/schema/kpi.ts';
import { KPI_METHODS } from '../../../core/schema/kpi-method.ts';

type Layer = (typeof LAYERS)[number];
type Method = keyof typeof KPI_METHODS;

const enMethods = Object.fromEntries(Object.entries(KPI_METHODS).map(([k, m]) => [k, m.label])) as Record<Method, string>;

export const kpis = {
  title: 'KPIs',
  description: 'How service quality is measured: each KPI with its target, frequency and owner.',
  intro: (n: string) => `${n} KPIs in three layers: efficiency (speed), accuracy (errors) and satisfaction (the customer's view).`,
  kpi: 'KPI',
  name: 'Name',
  layer: 'Layer',
  frequency: 'Frequency',
  target: 'Target',
  owner: 'Owner',
  layers: { efficiency: 'Efficiency', accuracy: 'Accuracy', satisfaction: 'Satisfaction' } as Record<Layer, string>,
  layerKicker: (layer: string) => `${layer} layer`,
  method: 'Method',
  methods: enMethods,
  timeLimit: (limit: string) => ` (time limit ${limit})`,
  scale: 'Scale',
  direction: 'Direction',
  warning: 'Warning',
  warningNote: ' (between target and warning the KPI is at risk; beyond it, off target)',
  minSample: 'Minimum sample',
  weight: 'Weight',
  controlChart: 'Control chart',
  chartSettings: {
    auto: 'chosen for the data: a p-chart for a proportion, a u-chart for a rate per 1,000 (each a Laney p′/u′ chart when the data vary more than sampling explains), otherwise XmR',
    p: 'p-chart with the plain binomial limits, as the definition asks',
    u: 'u-chart with the plain Poisson limits, as the definition asks',
    xmr: 'XmR chart, as the definition asks',
  } as Record<'auto' | 'p' | 'u' | 'xmr', string>,
  newPhaseOnMajor: ' A major version of an SOP this KPI measures starts a new phase.',
  settingEnd: '. ',
  dataSource: 'Data source',
  reportedFor: 'Reported for',
  notApplicable: 'not applicable: ',
  latest: 'Latest values',
  trend: 'Trend across units',
  noValues: 'No values reported yet.',
  controlCharts: 'Control charts',
  controlIntro:
    "Each unit's values against its own control limits (from its first 12 values): points beyond the limits, or runs and trends that chance alone rarely produces, are signals, often before the target is missed.",
  controlShown: ' Shown: the units that signal, or else those with the worst status.',
  noControlCharts: 'No unit has a control chart yet',
  /** Around a unit's name when it has no control chart; the reason follows. */
  noControlChartFor: ['No control chart for ', ': '] as [string, string],
  colon: ': ',
  signals: 'Signals',
  comparison: (period: string) => `How units compare in ${period}`,
  seeScorecard: ['See the ', 'scorecard', ' for every KPI.'] as [string, string, string],
  sops: 'SOPs it measures',
  noSops: 'No SOP names this KPI yet.',
  standards: 'Standards that use it',
  none: 'None.',
  retired: ' (retired)',
  actions: 'Improvement actions',
  values: {
    unit: 'Unit',
    value: 'Value',
    sample: 'Sample (n)',
    note: 'Note',
    noData: 'No data',
    nothingReported: 'Nothing reported for this period',
    provisional: 'provisional: not final yet',
  },
};


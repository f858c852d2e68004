/** Words of the service standards: the list, the standards table and a standard's page. */
import type { KANO_CATEGORIES, SERVQUAL_DIMENSIONS, TOUCHPOINTS } from '../../../core/schema/standard.ts';

type Dimension = (typeof SERVQUAL_DIMENSIONS)[number];
type Touchpoint = (typeof TOUCHPOINTS)[number];
type Kano = (typeof KANO_CATEGORIES)[number];

export const standards = {
  title: 'Service standards',
  description: 'The service standards customers can expect, and how each is measured.',
  intro: (n: string) => `${n} standards. Each ties a requirement customers can feel to a SERVQUAL dimension, a touchpoint and a measurable criterion.`,
  standard: 'Standard',
  name: 'Title',
  dimension: 'Dimension',
  touchpoint: 'Touchpoint',
  criterion: 'Criterion',
  status: 'Status',
  effective: 'Effective',
  retired: 'Retired',
  retiredNotice: 'Retired: kept for the record, no longer in force.',
  requirement: 'Requirement',
  servqual: 'SERVQUAL dimension',
  kano: 'Kano category',
  source: 'Source',
  owner: 'Owner',
  appliesTo: 'Applies to',
  measuredBy: 'Measured by',
  /** How a KPI measures the standard: its criterion names it, or it counts the cases within the time limit. */
  byCriterion: 'the KPI its criterion names',
  countsWithin: (limit: string) => `counts the share of cases within ${limit}`,
  notMeasured: 'Not measured.',
  notMeasuredWhy: (limit: string) =>
    `No KPI counts the share of cases within ${limit}, so whether the promise is kept is not known from data. The time limit is checked in the steps of the SOPs that apply this standard.`,
  related: 'Related KPIs of its SOPs (they do not count this standard): ',
  sops: 'SOPs that implement it',
  noSops: 'No SOP implements this standard yet.',
  actions: 'Improvement actions',
  dimensions: { reliability: 'Reliability', assurance: 'Assurance', tangibles: 'Tangibles', empathy: 'Empathy', responsiveness: 'Responsiveness' } as Record<Dimension, string>,
  touchpoints: { phone: 'Phone', counter: 'Counter', online: 'Online', 'on-site': 'On-site', delivery: 'Delivery', all: 'All' } as Record<Touchpoint, string>,
  kanoCategories: {
    'must-be': 'Must-be',
    'one-dimensional': 'One-dimensional',
    attractive: 'Attractive',
    indifferent: 'Indifferent',
    reverse: 'Reverse',
  } as Record<Kano, string>,
};


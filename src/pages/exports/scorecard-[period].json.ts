/** `/exports/scorecard-<period>.json`: one scorecard as JSON rows for BI tools (see src/lib/exports.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHandbook } from '../../lib/handbook.ts';
import { scorecardJson } from '../../lib/exports.ts';
import { scorecardFor, scorecardPeriods } from '../../lib/scorecards.ts';

export const getStaticPaths = (() => scorecardPeriods(getHandbook().handbook).map((p) => ({ params: { period: p.key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(scorecardJson(scorecardFor(getHandbook().handbook, params.period!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

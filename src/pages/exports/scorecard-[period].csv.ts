/** `/exports/scorecard-<period>.csv`: one scorecard for Excel (see src/lib/exports.ts and csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHandbook } from '../../lib/handbook.ts';
import { scorecardCsv } from '../../lib/exports.ts';
import { scorecardFor, scorecardPeriods } from '../../lib/scorecards.ts';

export const getStaticPaths = (() => scorecardPeriods(getHandbook().handbook).map((p) => ({ params: { period: p.key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(scorecardCsv(scorecardFor(getHandbook().handbook, params.period!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

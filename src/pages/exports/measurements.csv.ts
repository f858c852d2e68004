/** `/exports/measurements.csv`: every measurement with its computed status, for Excel. */
import type { APIRoute } from 'astro';
import { getHandbook } from '../../lib/handbook.ts';
import { measurementsCsv } from '../../lib/exports.ts';

export const GET: APIRoute = () => new Response(measurementsCsv(getHandbook().handbook), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

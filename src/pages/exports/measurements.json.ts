/** `/exports/measurements.json`: every measurement with its computed status, for BI tools. */
import type { APIRoute } from 'astro';
import { getHandbook } from '../../lib/handbook.ts';
import { measurementsJson } from '../../lib/exports.ts';

export const GET: APIRoute = () => new Response(measurementsJson(getHandbook().handbook), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

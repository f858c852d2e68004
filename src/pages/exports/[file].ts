/**
 * `/exports/<file>` in the dev server (`npm run dev`): the scorecards and measurements as CSV and
 * JSON (see src/core/exports/files.ts). In a build there is no route here: the integration writes the
 * same files after the pages (src/integration/sqms.ts), overlapping with the search index, which
 * is much faster for large handbooks than rendering them as routes one after the other.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHandbook } from '../../site/stores/handbook.ts';
import { exportFiles, type ExportFile } from '../../core/exports/files.ts';
import { exportModelOf } from '../../site/stores/export-model.ts';

export const getStaticPaths = (() =>
  import.meta.env.DEV ? exportFiles(exportModelOf(getHandbook().handbook)).map((file) => ({ params: { file: file.name }, props: { file } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: ExportFile };
  return new Response(file.render(), { headers: { 'Content-Type': file.contentType } });
};

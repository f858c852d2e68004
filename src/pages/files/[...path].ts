/**
 * `/files/<path>`: the images and attachments next to the content (`content/team/org-chart.png` is
 * `/files/team/org-chart.png`), published as they are, the same in both interface languages. Every
 * one is published, linked or not: an attachment (a form, a signed PDF) is part of the handbook as
 * filed in Git, and an auditor or reader following an address from elsewhere (a printed SOP, an
 * e-mail) finds it. The check has read each (its size, an SVG's content) before the build starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHandbook } from '../../site/stores/handbook.ts';
import { contentAssets, assetContentType } from '../../core/assets.ts';

export const getStaticPaths = (() => contentAssets(getHandbook().handbook).map((a) => ({ params: { path: a.path }, props: { file: a.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: string };
  const { handbook } = getHandbook();
  return new Response(readFileSync(join(handbook.root, ...file.split('/'))), { headers: { 'Content-Type': assetContentType(file) } });
};

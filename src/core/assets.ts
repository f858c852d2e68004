/**
 * Images and attachments next to the content: `content/team/org-chart.png` is published at
 * `/files/team/org-chart.png` (one address for both interface languages, below the deployment
 * base), and a link or image in a body that names the file (`./org-chart.png`,
 * `/team/org-chart.png` from the content folder) leads there (content-files.ts). Files in the
 * handbook's own `public/` are published at their path (`/brand/logo.svg`).
 */
import type { Handbook } from './model/handbook.ts';
import { PATHS } from './site-paths.ts';

/** Each asset under `content/`: its path below `content/` (the route's parameter) and its file. */
export function contentAssets(h: Pick<Handbook, 'assets'>): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  for (const file of h.assets.keys()) if (file.startsWith('content/')) out.push({ path: file.slice('content/'.length), file });
  return out;
}

/** The site path of an asset under `content/` (`content/team/org-chart.png` → `/files/team/org-chart.png`). */
export function assetPath(file: string): string {
  return PATHS.file(file.slice('content/'.length));
}

/** Whether `path` (a site path, decoded or not) is a file of the handbook's `public/`. */
export function isPublicFile(h: Pick<Handbook, 'assets'>, path: string): boolean {
  if (path.endsWith('/')) return false;
  try {
    return h.assets.has(`public${decodeURI(path)}`) || h.assets.has(`public${path}`);
  } catch {
    return h.assets.has(`public${path}`);
  }
}

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** The media type the dev server sends for an asset (a static host decides by the name, as here). */
export function assetContentType(file: string): string {
  return CONTENT_TYPES[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

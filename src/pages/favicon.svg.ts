/**
 * The site's icon: its letters (`data/site.yaml` `iconText`, else the organisation's initials) in
 * white on its colour. Both come from checked data (capital letters, digits or Chinese characters;
 * a `#rrggbb` colour) and are escaped all the same.
 */
import type { APIRoute } from 'astro';
import { getHandbook } from '../site/stores/handbook.ts';
import { siteIdentity } from '../site/views/site.ts';

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = () => {
  const { colour, iconText } = siteIdentity(getHandbook().handbook);
  const size = iconText.length > 2 ? 24 : iconText.length === 2 ? 30 : 40;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${xml(colour)}"/><text x="32" y="33" fill="#ffffff" font-family="system-ui, sans-serif" font-weight="700" font-size="${size}" text-anchor="middle" dominant-baseline="central">${xml(iconText)}</text></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

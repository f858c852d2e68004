/**
 * The addresses the site generates, known from the handbook alone, so that a check can tell
 * whether a link written inside content leads somewhere. Paths are site-relative, without the
 * deployment `base` (content links are written as `/sops/SOP-CS-001/`), and end with a slash
 * except downloadable files.
 *
 * This mirrors `src/pages/` and the builders of `src/lib/urls.ts`: add a route there, add it
 * here. Every HTML page exists twice: in English at the root and in Chinese below `/zh/`. Two routes are approximated: scorecard periods (every period some measurement reports)
 * and unit scorecards (every unit with a
 * measurement of its own or below it).
 */
import type { Handbook } from './model/handbook.ts';

export type SitePathsInput = Pick<Handbook, 'sops' | 'standards' | 'kpis' | 'units' | 'pages' | 'measurements' | 'index'>;

const enc = (id: string) => id.split('/').map(encodeURIComponent).join('/');

/** Fixed pages of the site. */
export const STATIC_SITE_PATHS: readonly string[] = [
  '/',
  '/sops/',
  '/standards/',
  '/kpis/',
  '/units/',
  '/pages/',
  '/actions/',
  '/reviews/',
  '/traceability/',
  '/search/',
  '/scorecards/',
  '/scorecards/early-warnings/',
  '/scorecards/data-quality/',
  '/exports/measurements.csv',
  '/exports/measurements.json',
];

/** Every path the site generates for this handbook (superseded SOP versions aside, see `isSitePath`). */
export function sitePaths(h: SitePathsInput): Set<string> {
  const paths = new Set(STATIC_SITE_PATHS);
  for (const id of h.sops.keys()) paths.add(`/sops/${enc(id)}/`);
  for (const id of h.standards.keys()) paths.add(`/standards/${enc(id)}/`);
  for (const id of h.kpis.keys()) paths.add(`/kpis/${enc(id)}/`);
  const measuredUnits = new Set(h.measurements.map((m) => m.unit));
  for (const id of h.units.keys()) {
    paths.add(`/units/${enc(id)}/`);
    const below = h.index.unitAndDescendants(id);
    if ([...below].some((u) => measuredUnits.has(u))) paths.add(`/scorecards/units/${enc(id)}/`);
  }
  for (const id of h.pages.keys()) paths.add(`/pages/${enc(id)}/`);
  for (const period of new Set(h.measurements.map((m) => m.period))) {
    paths.add(`/scorecards/${enc(period)}/`);
    paths.add(`/exports/scorecard-${enc(period)}.csv`);
    paths.add(`/exports/scorecard-${enc(period)}.json`);
  }
  // Every HTML page also exists in the Chinese interface, below /zh/; downloads do not.
  for (const p of [...paths]) if (p.endsWith('/')) paths.add(`${CHINESE_PREFIX}${p}`);
  return paths;
}

/** The path prefix of the Chinese interface (see src/lib/locale.ts). */
export const CHINESE_PREFIX = '/zh';

/**
 * Whether `path` (decoded or encoded, with or without its trailing slash) is a page of the site.
 * Superseded versions of an SOP (`/sops/ID/v/VERSION/`) come from Git history, which the model
 * does not hold: any version of a known SOP is accepted.
 */
export function isSitePath(path: string, paths: ReadonlySet<string>): boolean {
  const candidates = [path, path.endsWith('/') ? path : `${path}/`];
  for (const p of candidates) {
    if (paths.has(p)) return true;
    try {
      if (paths.has(encodeURI(decodeURI(p)))) return true;
    } catch {
      // A malformed escape: not a known path.
    }
  }
  const version = /^((?:\/zh)?\/sops\/[^/]+\/)v\/[^/]+\/?$/.exec(path);
  return version !== null && paths.has(version[1]!);
}

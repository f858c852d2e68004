/**
 * The addresses the site generates, known from the handbook alone, so that a check can tell
 * whether a link written inside content leads somewhere. Paths are site-relative, without the
 * deployment `base` (content links are written as `/sops/SOP-CS-001/`), and end with a slash
 * except downloadable files.
 *
 * This mirrors `src/pages/`: add a route there, add its path to `PATHS` and, when it is always
 * there, to `STATIC_SITE_PATHS` or `sitePaths`. Every HTML page exists twice: in English at the root and in Chinese below `/zh/`. Two routes are approximated: scorecard periods (every period some measurement reports)
 * and unit scorecards (every unit with a
 * measurement of its own or below it).
 */
import type { Handbook } from './model/handbook.ts';
import { packQuarters } from './analysis/management-review-pack.ts';
import { ROOT_PAGE_ID } from './page-files.ts';

export type SitePathsInput = Pick<Handbook, 'sops' | 'standards' | 'kpis' | 'units' | 'pages' | 'measurements' | 'index' | 'risks' | 'managementReviews' | 'today'> & Partial<Pick<Handbook, 'audits' | 'findings' | 'people' | 'rejected' | 'assets'>>;

const enc = (id: string) => id.split('/').map(encodeURIComponent).join('/');

/**
 * The site path of each kind of page, without the deployment base or the language prefix. The URL
 * builders of the site (src/site/routes/urls.ts) put those in front of these; the link check compares
 * with them. One definition, so the two cannot drift apart.
 */
export const PATHS = {
  home: () => '/',
  sops: () => '/sops/',
  sop: (id: string) => `/sops/${enc(id)}/`,
  sopVersion: (id: string, version: string) => `/sops/${enc(id)}/v/${encodeURIComponent(version)}/`,
  /** The version an SOP's file holds when it is not in force yet, next to the version in force. */
  sopUpcoming: (id: string) => `/sops/${enc(id)}/upcoming/`,
  pages: () => '/pages/',
  /** A handbook page; the landing page (`content/index.md`, id `index`) is `/pages/` itself. */
  page: (id: string) => (id === ROOT_PAGE_ID ? '/pages/' : `/pages/${enc(id)}/`),
  standards: () => '/standards/',
  standard: (id: string) => `/standards/${enc(id)}/`,
  kpis: () => '/kpis/',
  kpi: (id: string) => `/kpis/${enc(id)}/`,
  units: () => '/units/',
  unit: (id: string) => `/units/${enc(id)}/`,
  records: () => '/records/',
  people: () => '/people/',
  person: (id: string) => `/people/${enc(id)}/`,
  actions: () => '/actions/',
  complaints: () => '/complaints/',
  audits: () => '/audits/',
  audit: (id: string) => `/audits/${enc(id)}/`,
  findings: () => '/findings/',
  finding: (id: string) => `/findings/${enc(id)}/`,
  risks: () => '/risks/',
  risk: (id: string) => `/risks/${enc(id)}/`,
  inspections: () => '/inspections/',
  managementReviews: () => '/management-reviews/',
  managementReview: (quarter: string) => `/management-reviews/${enc(quarter)}/`,
  reviews: () => '/reviews/',
  traceability: () => '/traceability/',
  training: () => '/training/',
  search: () => '/search/',
  scorecards: () => '/scorecards/',
  scorecard: (period: string) => `/scorecards/${enc(period)}/`,
  unitScorecard: (unit: string) => `/scorecards/units/${enc(unit)}/`,
  earlyWarnings: () => '/scorecards/early-warnings/',
  dataQuality: () => '/scorecards/data-quality/',
  /** An image or attachment next to the content (`content/team/org-chart.png` → `/files/team/org-chart.png`), the same in every language. */
  file: (path: string) => `/files/${enc(path)}`,
  /** A download below /exports/ (the same in every language). */
  export: (file: string) => `/exports/${enc(file)}`,
} as const;

/** Fixed pages of the site. */
export const STATIC_SITE_PATHS: readonly string[] = [
  PATHS.home(),
  PATHS.sops(),
  PATHS.standards(),
  PATHS.kpis(),
  PATHS.units(),
  PATHS.pages(),
  PATHS.records(),
  PATHS.people(),
  PATHS.actions(),
  PATHS.complaints(),
  PATHS.audits(),
  PATHS.findings(),
  PATHS.risks(),
  PATHS.inspections(),
  PATHS.managementReviews(),
  PATHS.reviews(),
  PATHS.traceability(),
  PATHS.training(),
  PATHS.search(),
  PATHS.scorecards(),
  PATHS.earlyWarnings(),
  PATHS.dataQuality(),
  PATHS.export('measurements.csv'),
  PATHS.export('measurements.json'),
];

/** Every path the site generates for this handbook (superseded SOP versions aside, see `isSitePath`). */
export function sitePaths(h: SitePathsInput): Set<string> {
  const paths = new Set(STATIC_SITE_PATHS);
  for (const id of h.sops.keys()) paths.add(PATHS.sop(id));
  for (const id of h.standards.keys()) paths.add(PATHS.standard(id));
  for (const id of h.kpis.keys()) paths.add(PATHS.kpi(id));
  for (const id of h.risks.keys()) paths.add(PATHS.risk(id));
  for (const id of h.people?.keys() ?? []) paths.add(PATHS.person(id));
  for (const q of packQuarters(h)) paths.add(PATHS.managementReview(q.key));
  const measuredUnits = new Set(h.measurements.map((m) => m.unit));
  for (const id of h.units.keys()) {
    paths.add(PATHS.unit(id));
    const below = h.index.unitAndDescendants(id);
    if ([...below].some((u) => measuredUnits.has(u))) paths.add(PATHS.unitScorecard(id));
  }
  for (const id of h.pages.keys()) paths.add(PATHS.page(id));
  for (const file of h.assets?.keys() ?? []) if (file.startsWith('content/')) paths.add(PATHS.file(file.slice('content/'.length)));
  // A page refused for its frontmatter is reported there; links to its address are not reported again.
  for (const id of h.rejected?.pages ?? []) paths.add(PATHS.page(id));
  for (const id of h.audits?.keys() ?? []) paths.add(PATHS.audit(id));
  for (const id of h.findings?.keys() ?? []) paths.add(PATHS.finding(id));
  for (const period of new Set(h.measurements.map((m) => m.period))) {
    paths.add(PATHS.scorecard(period));
    paths.add(PATHS.export(`scorecard-${period}.csv`));
    paths.add(PATHS.export(`scorecard-${period}.json`));
  }
  // Every HTML page also exists in the Chinese interface, below /zh/; downloads do not.
  for (const p of [...paths]) if (p.endsWith('/')) paths.add(`${CHINESE_PREFIX}${p}`);
  return paths;
}

/** The path prefix of the Chinese interface (see src/site/words/locale.ts). */
export const CHINESE_PREFIX = '/zh';

/**
 * Whether `path` (decoded or encoded, with or without its trailing slash) is a page of the site.
 * Superseded versions of an SOP (`/sops/ID/v/VERSION/`) and its upcoming version
 * (`/sops/ID/upcoming/`) depend on Git history, which the model does not hold: any of them is
 * accepted for a known SOP.
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
  const version = /^((?:\/zh)?\/sops\/[^/]+\/)(?:v\/[^/]+|upcoming)\/?$/.exec(path);
  return version !== null && paths.has(version[1]!);
}

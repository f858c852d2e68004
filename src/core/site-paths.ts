/**
 * The addresses the site generates, known from the handbook alone, so that a check can tell
 * whether a link written inside content leads somewhere. Paths are site-relative, without the
 * deployment `base` (content links are written as `/sops/SOP-CS-001/`), and end with a slash
 * except downloadable files.
 *
 * This mirrors `src/pages/`. A kind's list and item pages follow from its `pages` in the registry
 * (src/core/model/kinds/), with nothing to add here; for any other route, add its path to `PATHS`
 * and, when it is always there, to `STATIC_SITE_PATHS` or `sitePaths`. Every HTML page exists twice: in English at the root and in Chinese below `/zh/`. Two routes are approximated: scorecard periods (every period some measurement reports)
 * and unit scorecards (every unit with a
 * measurement of its own or below it).
 */
import type { Handbook } from './model/handbook.ts';
import { packQuarters } from './analysis/management-review-pack.ts';
import { ROOT_PAGE_ID } from './page-files.ts';
import { KINDS, kind } from './model/kinds/registry.ts';
import type { KindDefinition, KindPages } from './model/kinds/kind.ts';

export type SitePathsInput = Pick<Handbook, 'sops' | 'standards' | 'kpis' | 'units' | 'pages' | 'measurements' | 'index' | 'risks' | 'managementReviews' | 'today'> & Partial<Pick<Handbook, 'audits' | 'findings' | 'people' | 'rejected' | 'assets'>>;

const enc = (id: string) => id.split('/').map(encodeURIComponent).join('/');

/**
 * A kind's list (or register) page and each item's page, from its `pages` in the registry
 * (src/core/model/kinds/): `findings` gives `/findings/` and `/findings/AF-2026-001/`.
 */
export const kindPaths = (pages: KindPages) => ({ list: `/${pages.folder}/`, item: (id: string) => `/${pages.folder}/${enc(id)}/` });

/** The paths of the kind named `name`, which the code knows to have pages (a kind without pages is a programming error). */
export function pathsOf(name: string): ReturnType<typeof kindPaths> {
  const pages = kind(name).pages;
  if (!pages) throw new Error(`The kind "${name}" has no pages.`);
  return kindPaths(pages);
}
const SOPS = pathsOf('sop');
const STANDARDS = pathsOf('standard');
const KPIS = pathsOf('kpi');
const UNITS = pathsOf('unit');
const PEOPLE = pathsOf('person');
const ACTIONS = pathsOf('action');
const AUDITS = pathsOf('audit');
const FINDINGS = pathsOf('finding');
const RISKS = pathsOf('risk');
const MANAGEMENT_REVIEWS = pathsOf('management-review');

/**
 * The site path of each kind of page, without the deployment base or the language prefix. The URL
 * builders of the site (src/site/routes/urls.ts) put those in front of these; the link check compares
 * with them. One definition, so the two cannot drift apart.
 */
export const PATHS = {
  home: () => '/',
  sops: () => SOPS.list,
  sop: (id: string) => SOPS.item(id),
  sopVersion: (id: string, version: string) => `${SOPS.item(id)}v/${encodeURIComponent(version)}/`,
  /** The version an SOP's file holds when it is not in force yet, next to the version in force. */
  sopUpcoming: (id: string) => `${SOPS.item(id)}upcoming/`,
  pages: () => '/pages/',
  /** A handbook page; the landing page (`content/index.md`, id `index`) is `/pages/` itself. */
  page: (id: string) => (id === ROOT_PAGE_ID ? '/pages/' : `/pages/${enc(id)}/`),
  standards: () => STANDARDS.list,
  standard: (id: string) => STANDARDS.item(id),
  kpis: () => KPIS.list,
  kpi: (id: string) => KPIS.item(id),
  units: () => UNITS.list,
  unit: (id: string) => UNITS.item(id),
  records: () => '/records/',
  people: () => PEOPLE.list,
  person: (id: string) => PEOPLE.item(id),
  actions: () => ACTIONS.list,
  complaints: () => '/complaints/',
  audits: () => AUDITS.list,
  audit: (id: string) => AUDITS.item(id),
  findings: () => FINDINGS.list,
  finding: (id: string) => FINDINGS.item(id),
  risks: () => RISKS.list,
  risk: (id: string) => RISKS.item(id),
  inspections: () => '/inspections/',
  managementReviews: () => MANAGEMENT_REVIEWS.list,
  /** A quarter's review and its input pack, by the quarter (`2026-Q3`), whether or not a review record exists. */
  managementReview: (quarter: string) => MANAGEMENT_REVIEWS.item(quarter),
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

/** Fixed pages of the site: every kind's list or register (`pages` in the registry) and the pages below. */
export const STATIC_SITE_PATHS: readonly string[] = [
  ...KINDS.flatMap((k) => (k.pages ? [kindPaths(k.pages).list] : [])),
  PATHS.home(),
  PATHS.pages(),
  PATHS.records(),
  PATHS.complaints(),
  PATHS.inspections(),
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
export function sitePaths(h: SitePathsInput, kinds: readonly KindDefinition[] = KINDS): Set<string> {
  const paths = new Set(STATIC_SITE_PATHS);
  for (const k of kinds) if (k.pages) paths.add(kindPaths(k.pages).list);
  // Each item of a kind with a page per item (`pages.items` in the registry).
  for (const k of kinds) {
    if (!k.pages?.items || !k.collection) continue;
    const items = (h as Partial<Record<string, unknown>>)[k.collection];
    if (items instanceof Map) for (const id of items.keys()) paths.add(kindPaths(k.pages).item(String(id)));
  }
  for (const q of packQuarters(h)) paths.add(PATHS.managementReview(q.key));
  const measuredUnits = new Set(h.measurements.map((m) => m.unit));
  for (const id of h.units.keys()) {
    const below = h.index.unitAndDescendants(id);
    if ([...below].some((u) => measuredUnits.has(u))) paths.add(PATHS.unitScorecard(id));
  }
  for (const id of h.pages.keys()) paths.add(PATHS.page(id));
  for (const file of h.assets?.keys() ?? []) if (file.startsWith('content/')) paths.add(PATHS.file(file.slice('content/'.length)));
  // A page refused for its frontmatter is reported there; links to its address are not reported again.
  for (const id of h.rejected?.pages ?? []) paths.add(PATHS.page(id));
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

/**
 * The keys of pages that a build may restore from the previous build instead of rendering them
 * (Astro's `experimental.incrementalBuild`, astro.config.mjs): a page returned by `getStaticPaths`
 * with a `cacheKey` is copied from the last build when its key and the code it is made from (Astro
 * hashes the page's module graph, the config and the lock file itself) are the same. A page may be
 * restored only if EVERYTHING it shows is in its key, so a key is the digest (./stable-digest.ts)
 * of what the page is made from, not a guess at what changed:
 *
 * - what every page shows (`siteKeyParts`): the interface language, the build date (printed in
 *   every footer and print notice, so a build on another day renders every page again: restoring
 *   helps rebuilds on the same day, such as a pull request's), the site's name and identity, the
 *   navigation, the "propose a change" guide, the settings read from the environment that a page
 *   shows (`PAGE_SETTINGS`: base, site, edit links, strict, links, date window, root) and the
 *   package's version;
 * - everything in the handbook but the SOPs and pages themselves (`sharedDigest`, once per build):
 *   units, people, roles, process areas, standards and KPIs in force, measurements, actions,
 *   audits, findings, risks, campaigns, complaints, inspections, reviews, site and check settings,
 *   assets and what was derived from them; and which SOPs, pages and translations exist (the links
 *   in a body lead to them). A change to any data file renders every keyed page again;
 * - for an SOP page (`sopPageKeyParts`): the page's view (`sopPage`: the version in force, from Git
 *   history when the file holds a later one, its words in the page's language, approvals, what
 *   changed since approval, the audit, training, risk, management-review and evidence boxes) and
 *   glance, the SOP and its translations as loaded, the source of the body shown, the SOP's search
 *   data, its document control (approval records and state, versions in force, upcoming and
 *   superseded, the signed text, the Git history of its files), and, for every SOP it links to,
 *   what its list shows (the version in force and its title in the page's language, status,
 *   "changed since approval", a scheduled version).
 *
 * - for the page of a superseded version (`sopVersionPageKeyParts`): that version from Git history,
 *   its signatures, and the SOP's file and version in force today.
 *
 * Pages without a key are always rendered. The SOP pages (`/sops/<id>/`, `/sops/<id>/v/<version>/`)
 * have one, and the pages of risks, standards, KPIs and people (./record-page-keys.ts), and of units, unit and period scorecards, audits and findings
 * (./unit-page-keys.ts, ./scorecard-page-keys.ts, ./audit-page-keys.ts): the components of the pages were read for everything they take from `Astro.locals.handbook`, the
 * stores and the environment (test/site/views/page-keys.test.ts changes each ingredient and sees
 * the key change; test/build/incremental.test.ts compares a rebuild with a clean build).
 */
import packageJson from '../../../package.json' with { type: 'json' };
import type { ArchivedVersion } from '../../core/git/versions.ts';
import type { Handbook, SopEntity } from '../../core/model/handbook.ts';
import { availableLanguages } from '../../core/model/localize.ts';
import { setting, type SettingName } from '../../core/settings.ts';
import { searchData } from '../search/records.ts';
import { getDocumentControl, historyOf } from '../stores/document-control.ts';
import { shownInLocale, shownSop } from '../stores/in-force.ts';
import { siteBase, type UiLocale } from '../words/locale.ts';
import { changedSinceApproval } from './since-approval.ts';
import { navigation, siteIdentity, siteName } from './site.ts';
import { sopGlance } from './sop-glance.ts';
import { sopPage } from './sop-page.ts';
import { stableDigest } from './stable-digest.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Changed whenever what a key covers changes, so that no key of an older build matches. */
export const PAGE_KEY_VERSION = 1;

/** The settings read from the environment that change what a page shows (src/core/settings.ts). */
export const PAGE_SETTINGS = ['SQMS_ROOT', 'SQMS_TODAY', 'SQMS_STRICT', 'SQMS_LINKS', 'SQMS_DATE_WINDOW', 'SQMS_SITE', 'SQMS_BASE', 'SQMS_REPO_URL'] as const satisfies readonly SettingName[];

/**
 * The settings that change no page: where the cache is, timing notes in the log, the job file of
 * the build's last step, the bench's baseline site and the test suite's fuzz seed. Every setting is
 * in one of the two lists (a test checks it).
 */
export const SETTINGS_NOT_ON_PAGES = ['SQMS_CACHE_DIR', 'SQMS_TIMING', 'SQMS_PUBLISH_LATER', 'SQMS_BASELINE_REFERENCE', 'SQMS_FUZZ_SEED'] as const satisfies readonly SettingName[];

/** What every page shows besides its own content. */
export function siteKeyParts(handbook: Handbook, locale: UiLocale) {
  return {
    version: PAGE_KEY_VERSION,
    package: packageJson.version,
    locale,
    today: handbook.today,
    settings: PAGE_SETTINGS.map((name) => [name, setting(name)] as const),
    base: siteBase(),
    siteName: siteName(handbook, locale),
    identity: siteIdentity(handbook),
    navigation: navigation(locale),
    proposeChange: handbook.pages.has('guides/propose-a-change'),
  };
}

/** The parts of the handbook no SOP or page holds; each page's key adds the documents it shows. */
const SHARED_LEFT_OUT = new Set<keyof Handbook>(['sops', 'pages', 'translations', 'compiledBodies', 'index']);

const shared = new WeakMap<Handbook, string>();

/**
 * The digest of everything in the handbook except its SOPs and pages (their texts, steps and
 * titles), with which SOPs, pages and translations exist and where their files are. Computed once
 * per handbook.
 */
export function sharedDigest(handbook: Handbook): string {
  let digest = shared.get(handbook);
  if (digest === undefined) {
    const rest = Object.fromEntries(Object.entries(handbook).filter(([key]) => !SHARED_LEFT_OUT.has(key as keyof Handbook)));
    const files = (entities: Iterable<{ origin: { file: string }; lang?: string }>) => [...entities].map((e) => [e.origin.file, e.lang]);
    const control = getDocumentControl();
    digest = stableDigest({
      rest,
      sops: files(handbook.sops.values()),
      pages: files(handbook.pages.values()),
      // With the document each translates (a translation's `translationOf` is free frontmatter, and a body's link to it leads to that document's page).
      sopTranslations: [...handbook.translations.sops.entries()].map(([id, byLang]) => [id, files(byLang.values())]),
      pageTranslations: [...handbook.translations.pages.entries()].map(([id, byLang]) => [id, files(byLang.values())]),
      approvalsEnabled: control.approvals.enabled,
      history: control.history.available ? 'available' : control.history.reason,
    });
    shared.set(handbook, digest);
  }
  return digest;
}

/** The text of a file of the handbook, or undefined when it cannot be read. */
function source(handbook: Handbook, file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(join(handbook.root, file), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * What a page shows of SOPs it links to or lists by id (`ids`, repeats and unknown ids allowed): for
 * each, the SOP as loaded, the version in force on the build date (from Git history when the file
 * holds a later one), its title and words in the page's language, "changed since approval" and its
 * document-control state. NOT its body or the text of its steps beyond what the loaded SOP holds:
 * a page that shows an SOP's body must put the body's source in its key itself.
 */
export function linkedSopParts(handbook: Handbook, ids: Iterable<string>, locale: UiLocale) {
  const control = getDocumentControl();
  return [...new Set(ids)].sort().map((id) => {
    const working = handbook.sops.get(id);
    if (!working) return { id };
    const shown = shownSop(working, handbook.today);
    return { id, working, shown, words: shownInLocale(handbook, shown, locale), changed: changedSinceApproval(shown), state: control.states.get(id), versions: control.versions.get(id) };
  });
}

const linkedDigests = new WeakMap<Handbook, WeakMap<object, Map<string, string>>>();

/**
 * `linkedSopParts` of each SOP of `ids` (sorted, each once) as its digest, worked out once per
 * handbook, document-control store, language and SOP: an SOP is listed by many pages (the SOPs
 * that link to it, its standards, KPIs, units, people).
 */
export function linkedSopDigests(handbook: Handbook, ids: Iterable<string>, locale: UiLocale): [id: string, digest: string][] {
  const control = getDocumentControl();
  let byControl = linkedDigests.get(handbook);
  if (!byControl) linkedDigests.set(handbook, (byControl = new WeakMap()));
  let memo = byControl.get(control);
  if (!memo) byControl.set(control, (memo = new Map()));
  return [...new Set(ids)].sort().map((id) => {
    const at = `${locale}\u0000${id}`;
    let digest = memo.get(at);
    if (digest === undefined) memo.set(at, (digest = stableDigest(linkedSopParts(handbook, [id], locale))));
    return [id, digest];
  });
}

/**
 * The key of a page that shows no SOP body: what every page shows, everything in the handbook but
 * the SOPs and pages (`sharedDigest`), and `parts`, what the page shows beyond that (its view, and
 * `linkedSopParts` of the SOPs it shows). Callers list in `parts` everything else the page reads.
 */
export function recordPageKey(handbook: Handbook, locale: UiLocale, parts: unknown): string {
  return stableDigest({ site: siteKeyParts(handbook, locale), shared: sharedDigest(handbook), page: parts });
}

/** What an SOP's page in `locale` shows of the SOP itself and of the SOPs it links to (see the module's comment). */
export function sopPageKeyParts(handbook: Handbook, original: SopEntity, locale: UiLocale) {
  const page = sopPage(handbook, original, locale);
  const control = getDocumentControl();
  const translations = handbook.translations.sops.get(original.id);
  const files = [original.origin.file, ...[...(translations?.values() ?? [])].map((t) => t.origin.file)];
  // The links of the version shown (from Git history when the file holds a later one) and of the file's.
  const related = linkedSopDigests(handbook, [...page.sop.related, ...original.related], locale);
  return {
    page,
    glance: sopGlance(handbook, page.sop, locale),
    original,
    translations,
    body: source(handbook, page.bodyFile),
    search: { data: searchData(handbook, { kind: 'sop', item: page.inForce }), languages: availableLanguages(handbook, { kind: 'sop', id: page.inForce.id, lang: page.inForce.lang }) },
    control: {
      approvals: control.approvals.byDocument.get(original.id),
      state: control.states.get(original.id),
      versions: control.versions.get(original.id),
      approvedText: control.approvedTexts.get(original.id),
      history: files.map((file) => [file, historyOf(file)]),
    },
    related,
  };
}

/**
 * What the page of a superseded version of an SOP (`/sops/<id>/v/<version>/`) shows: that version as
 * Git history holds it (text, steps, change log, commit), its signatures, and of the SOP today the
 * file (its id, title and change log) and the version in force the page links to.
 */
export function sopVersionPageKeyParts(handbook: Handbook, current: SopEntity, archived: ArchivedVersion) {
  const control = getDocumentControl();
  return {
    current,
    archived,
    inForce: shownSop(current, handbook.today),
    control: { approvals: control.approvals.byDocument.get(current.id), state: control.states.get(current.id), versions: control.versions.get(current.id) },
  };
}

/** The key of the page of a superseded version of an SOP in `locale`. */
export function sopVersionPageKey(handbook: Handbook, current: SopEntity, archived: ArchivedVersion, locale: UiLocale): string {
  return stableDigest({ site: siteKeyParts(handbook, locale), shared: sharedDigest(handbook), version: sopVersionPageKeyParts(handbook, current, archived) });
}

/** The key of an SOP's page in `locale`. */
export function sopPageKey(handbook: Handbook, original: SopEntity, locale: UiLocale): string {
  return stableDigest({ site: siteKeyParts(handbook, locale), shared: sharedDigest(handbook), sop: sopPageKeyParts(handbook, original, locale) });
}

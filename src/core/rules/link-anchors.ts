/**
 * Whether the `#anchor` of a link exists on the page it leads to: the page's body as the build
 * renders it (its headings' ids, `{#id}` ids, `id=`/`<a name>` in its HTML: collected once per
 * body when the check compiles it, src/core/body/anchors.ts) and the ids the page around the body
 * has (an SOP's boxes and steps: src/core/page-anchors.ts). Only pages made of a body (SOPs and
 * handbook pages) are known; anchors on other pages are not checked.
 *
 * A body may be shown in a translation: the anchor is looked for in the text the reader of the
 * linking body sees, the target's text in the language of the linking body (its translation into
 * that language, else its original), or in the language of a `/zh/` address.
 */
import GithubSlugger from 'github-slugger';
import type { Handbook } from '../model/handbook.ts';
import type { Locale } from '../schema/common.ts';
import { CHINESE_PREFIX, PATHS } from '../site-paths.ts';
import { PAGE_ANCHORS, sopPageAnchors } from '../page-anchors.ts';
import { editDistance } from '../suggest.ts';

/** A page made of a body: an SOP or a handbook page, by its id. */
export interface BodyPage {
  kind: 'sop' | 'page';
  id: string;
}

/** What the anchor check says about one anchor. */
export type AnchorVerdict = { found: true } | { found: false; suggestion: string | undefined } | undefined;

/** Candidates are compared one by one only on pages with at most this many anchors (the check stays linear). */
const MAX_COMPARED = 200;

export class AnchorCheck {
  private readonly byFile = new Map<string, BodyPage>();
  private byPath: Map<string, { page: BodyPage; lang?: Locale }> | undefined;
  private readonly sets = new Map<string, PageAnchors | undefined>();

  private readonly h: Pick<Handbook, 'sops' | 'pages' | 'translations' | 'compiledBodies'>;

  constructor(h: Pick<Handbook, 'sops' | 'pages' | 'translations' | 'compiledBodies'>) {
    this.h = h;
    for (const sop of h.sops.values()) this.byFile.set(sop.origin.file, { kind: 'sop', id: sop.id });
    for (const page of h.pages.values()) this.byFile.set(page.origin.file, { kind: 'page', id: page.id });
    for (const [id, byLang] of h.translations.sops) for (const t of byLang.values()) this.byFile.set(t.origin.file, { kind: 'sop', id });
    for (const [id, byLang] of h.translations.pages) for (const t of byLang.values()) this.byFile.set(t.origin.file, { kind: 'page', id });
  }

  /** The page made of a content file. */
  pageOfFile(file: string): BodyPage | undefined {
    return this.byFile.get(file);
  }

  /** The page at a site path (`/sops/SOP-CS-001/`, `/zh/pages/glossary/`), with the language a `/zh/` address asks for. */
  pageOfPath(path: string): { page: BodyPage; lang?: Locale } | undefined {
    if (!this.byPath) {
      this.byPath = new Map();
      const add = (path: string, page: BodyPage) => {
        this.byPath!.set(path, { page });
        this.byPath!.set(`${CHINESE_PREFIX}${path}`, { page, lang: 'zh-CN' });
      };
      for (const sop of this.h.sops.values()) add(PATHS.sop(sop.id), { kind: 'sop', id: sop.id });
      for (const page of this.h.pages.values()) add(PATHS.page(page.id), { kind: 'page', id: page.id });
    }
    const withSlash = path.endsWith('/') ? path : `${path}/`;
    let decoded = withSlash;
    try {
      decoded = encodeURI(decodeURI(withSlash));
    } catch {
      // an address that cannot be decoded is looked up as written
    }
    return this.byPath.get(withSlash) ?? this.byPath.get(decoded);
  }

  /**
   * Whether `fragment` (as written after `#`) names an anchor of `page` shown in `lang`; undefined
   * when the page's anchors are not known (its body was not compiled, or failed to compile).
   */
  check(page: BodyPage, lang: Locale, fragment: string): AnchorVerdict {
    const known = this.anchorsOf(page, lang);
    if (!known) return undefined;
    const { anchors } = known;
    let decoded = fragment;
    try {
      decoded = decodeURIComponent(fragment);
    } catch {
      // kept as written
    }
    // An empty fragment and `#top` lead to the top of any page (HTML).
    if (fragment === '' || decoded.toLowerCase() === 'top' || anchors.has(fragment) || anchors.has(decoded)) return { found: true };
    return { found: false, suggestion: suggestAnchor(decoded, known) };
  }

  private anchorsOf(page: BodyPage, lang: Locale): PageAnchors | undefined {
    const key = `${page.kind} ${page.id} ${lang}`;
    if (this.sets.has(key)) return this.sets.get(key);
    const set = this.computeAnchors(page, lang);
    this.sets.set(key, set);
    return set;
  }

  private computeAnchors(page: BodyPage, lang: Locale): PageAnchors | undefined {
    const h = this.h;
    const original = page.kind === 'sop' ? h.sops.get(page.id) : h.pages.get(page.id);
    if (!original) return undefined;
    const translation = original.lang === lang ? undefined : (page.kind === 'sop' ? h.translations.sops : h.translations.pages).get(page.id)?.get(lang);
    const body = h.compiledBodies.get((translation ?? original).origin.file);
    if (!body?.anchors) return undefined;
    const around = page.kind === 'sop' ? sopPageAnchors(h.sops.get(page.id)!.steps) : PAGE_ANCHORS;
    return pageAnchors(new Set([...body.anchors, ...around]));
  }
}

/** A page's anchors, and the same in lower case for the suggestions. */
export interface PageAnchors {
  anchors: ReadonlySet<string>;
  byLowerCase: ReadonlyMap<string, readonly string[]>;
}

export function pageAnchors(anchors: ReadonlySet<string>): PageAnchors {
  const byLowerCase = new Map<string, string[]>();
  for (const a of anchors) {
    const key = a.toLowerCase();
    const list = byLowerCase.get(key);
    if (list) list.push(a);
    else byLowerCase.set(key, [a]);
  }
  return { anchors, byLowerCase };
}

/**
 * The anchor likely meant by `fragment`, when exactly one is close: the same in another case, the
 * slug of the words written (`#Before you start` → `before-you-start`), or (on pages with at most
 * 200 anchors) the one anchor within a few edits.
 */
export function suggestAnchor(fragment: string, { anchors, byLowerCase }: PageAnchors): string | undefined {
  const lower = fragment.toLowerCase();
  const slug = new GithubSlugger().slug(fragment);
  const sameWords = new Set([...(byLowerCase.get(lower) ?? []), ...(anchors.has(slug) ? [slug] : [])]);
  if (sameWords.size === 1) return [...sameWords][0];
  if (sameWords.size > 1 || anchors.size > MAX_COMPARED) return undefined;
  const max = Math.min(3, Math.max(1, Math.floor(lower.length / 4)));
  let best: string[] = [];
  let bestDistance = max + 1;
  for (const a of anchors) {
    const d = editDistance(lower, a.toLowerCase(), max);
    if (d < bestDistance) {
      best = [a];
      bestDistance = d;
    } else if (d === bestDistance) best.push(a);
  }
  return best.length === 1 && bestDistance <= max ? best[0] : undefined;
}

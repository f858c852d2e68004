/**
 * Links inside content must lead to a page of the site. The bodies of SOPs and handbook pages are
 * scanned for Markdown links and images (`[text](/sops/SOP-CS-002/)`, `![alt](…)`, reference
 * definitions `[id]: /path`) and HTML `<a href>` / `<img src>`. Links to content files
 * (`../policies/complaints.md`, `./team/`: ../content-files.ts) lead to the page made of the file;
 * other site-absolute targets (`/kpis/…`) and relative ones (`../SOP-CS-002`, resolved against the
 * document's own URL) are checked against the addresses the site generates (`../site-paths.ts`);
 * files under `public/` count too. The `#anchor` of a link to an SOP or a handbook page, or to a
 * place on the linking page itself, must exist there (link-anchors.ts): a missing one is a
 * warning, `link/anchor-missing`, since the link still opens the right page, at its top.
 * External links (any `scheme:`, `//host`) are not checked. Code blocks and inline code are skipped.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { CHINESE_PREFIX, isSitePath, PATHS, sitePaths } from '../site-paths.ts';
import { LinkSuggestions } from './link-suggestions.ts';
import { contentFileIndex, linkToFile, type ContentFileIndex } from '../content-files.ts';
import { runningScheme } from '../body/safety.ts';
import { isMdx } from '../body/compile.ts';
import { adaptTemplates } from '../body/templates.ts';
import type { Rule } from './rule.ts';
import { findLinks, type ContentLink } from '../text/markdown-links.ts';
import { AnchorCheck, type BodyPage } from './link-anchors.ts';
import type { Locale } from '../schema/common.ts';
import { isPublicFile } from '../assets.ts';
import { ASSET_EXTENSIONS } from '../model/sources.ts';
import { interfaceLanguageOf } from '../schema/language.ts';

export { findLinks, type ContentLink } from '../text/markdown-links.ts';

/**
 * Not checked: external links (any scheme, protocol-relative), in-page anchors, MDX expressions,
 * empty targets, and addresses that run code however they are disguised (reported as body/url).
 */
export function isCheckable(target: string): boolean {
  return target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//') && !target.startsWith('#') && !target.startsWith('{') && runningScheme(target) === undefined;
}

/** The site path a link leads to from a document at `fromUrl` (query and anchor dropped). */
export function resolveLink(target: string, fromUrl: string): string {
  const url = new URL(target, `https://handbook.invalid${fromUrl}`);
  return url.pathname;
}

export const links: Rule = {
  name: 'links',
  run(h, bag) {
    let paths: Set<string> | undefined;
    let suggestions: LinkSuggestions | undefined;
    let files: ContentFileIndex | undefined;
    let anchors: AnchorCheck | undefined;
    /** Reports the link's `#fragment` when the page it leads to (shown in `lang`) has no such anchor. */
    const checkAnchor = (link: ContentLink, file: string, bodyLine: number, to: { page: BodyPage; lang: Locale; path?: string }) => {
      const hash = link.target.indexOf('#');
      if (hash < 0) return;
      const fragment = link.target.slice(hash + 1);
      anchors ??= new AnchorCheck(h);
      const verdict = anchors.check(to.page, to.lang, fragment);
      if (!verdict || verdict.found) return;
      bag.report(
        'link/anchor-missing',
        { file, line: bodyLine + link.line, column: link.column + 1 },
        to.path === undefined
          ? `This page has no anchor "#${fragment}": the link leads to the top of the page.`
          : `The link to "${link.target}" leads to ${to.path}, which has no anchor "#${fragment}": it opens at the top of the page.`,
        `${verdict.suggestion !== undefined ? `Did you mean "#${verdict.suggestion}"? ` : ''}Link to a heading by its id: its words in lower case, spaces as hyphens, punctuation left out ("## Before you start" → #before-you-start), or give the heading an id that stays when its words change ("## Before you start {#before}") and link to that.`,
      );
    };
    const check = (body: string, bodyLine: number, file: string, fromUrl: string, self: BodyPage, lang: Locale) => {
      const found = linksIn(body, file).filter((l) => isCheckable(l.target) || (l.target.startsWith('#') && h.compiledBodies.size > 0));
      if (found.length === 0) return;
      paths ??= sitePaths(h);
      for (const link of found) {
        if (link.target.startsWith('#')) {
          checkAnchor(link, file, bodyLine, { page: self, lang });
          continue;
        }
        // A link to a content file (`../policies/complaints.md`, `./team/`) leads to its page.
        files ??= contentFileIndex(h);
        const toFile = linkToFile(link.target, file, files, h.rejected.pages);
        if (toFile?.kind === 'page') {
          anchors ??= new AnchorCheck(h);
          const to = anchors.pageOfPath(toFile.path);
          if (to) checkAnchor(link, file, bodyLine, { page: to.page, lang: to.lang ?? lang, path: toFile.path });
          continue;
        }
        if (toFile?.kind === 'missing' && ASSET_EXTENSIONS.test(toFile.file)) {
          bag.report(
            'link/broken',
            { file, line: bodyLine + link.line, column: link.column + 1 },
            `The link to "${link.target}" leads to the file ${toFile.file}, which does not exist.`,
            `Put the file at ${toFile.file}, or correct the path: images and attachments are linked by their path from this file (./org-chart.png, ../forms/leave.docx).`,
          );
          continue;
        }
        if (toFile?.kind === 'missing') {
          suggestions ??= new LinkSuggestions(paths);
          const guess = suggestions.suggest(`/pages/${toFile.file.replace(/^content\//, '').replace(/\.mdx?$/i, '')}/`, fromUrl);
          bag.report(
            'link/broken',
            { file, line: bodyLine + link.line, column: link.column + 1 },
            `The link to "${link.target}" leads to the file ${toFile.file}, which is not a page of the handbook.`,
            guess ? `Did you mean "${guess}"? Or link to the file by its path from this one, e.g. ../policies/complaints.md.` : 'Link to a Markdown file under content/ by its path from this file (../policies/complaints.md, ./team/), or to a page by its address (/pages/PATH/).',
          );
          continue;
        }
        const path = resolveLink(link.target, fromUrl);
        if (isSitePath(path, paths)) {
          anchors ??= new AnchorCheck(h);
          const to = anchors.pageOfPath(path);
          if (to) checkAnchor(link, file, bodyLine, { page: to.page, lang: to.lang ?? lang, path });
          continue;
        }
        if (isPublicFile(h, path)) continue;
        suggestions ??= new LinkSuggestions(paths);
        const guess = suggestions.suggest(path, fromUrl);
        bag.report(
          'link/broken',
          { file, line: bodyLine + link.line, column: link.column + 1 },
          `The link to "${link.target}" leads to ${path}, which is not a page of the handbook.`,
          guess
            ? `Did you mean "${guess}"? Link to the page's address, e.g. /sops/SOP-CS-001/ or ../SOP-CS-001/.`
            : 'Link to a page the site generates: /sops/ID/, /standards/ID/, /kpis/ID/, /units/ID/, /pages/PATH/, /scorecards/, /actions/, /reviews/ or /traceability/.',
        );
      }
    };
    for (const sop of h.sops.values()) check(sop.body, sop.bodyLine, sop.origin.file, PATHS.sop(sop.id), { kind: 'sop', id: sop.id }, sop.lang);
    // A page in another language (`ja`) is read in the English interface.
    for (const page of h.pages.values()) check(page.body, page.bodyLine, page.origin.file, PATHS.page(page.id), { kind: 'page', id: page.id }, interfaceLanguageOf(page.lang) ?? 'en');
    // Translations are shown in their own language's interface.
    const prefix = (lang: string) => (lang === 'zh-CN' ? CHINESE_PREFIX : '');
    for (const [id, byLang] of h.translations.sops) {
      for (const t of byLang.values()) check(t.body, t.bodyLine, t.origin.file, `${prefix(t.lang)}${PATHS.sop(id)}`, { kind: 'sop', id }, t.lang);
    }
    for (const [id, byLang] of h.translations.pages) {
      for (const [lang, t] of byLang) check(t.body, t.bodyLine, t.origin.file, `${prefix(lang)}${PATHS.page(id)}`, { kind: 'page', id }, lang);
    }
  },
};

/**
 * The links of a body as the build reads it: Hugo's `{{< ref "x.md" >}}` in a link's address and
 * a `figure` shortcode's image are links too (src/core/body/templates.ts), at the places written.
 */
function linksIn(body: string, file: string): ContentLink[] {
  const prepared = adaptTemplates(body, isMdx(file) ? 'mdx' : 'md');
  if (prepared.text === body) return findLinks(body);
  return findLinks(prepared.text).map((link) => {
    const p = prepared.originalPoint(link.line + 1, link.column + 1);
    return { ...link, line: p.line - 1, column: p.column - 1 };
  });
}

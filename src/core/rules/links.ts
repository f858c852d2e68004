/**
 * Links inside content must lead to a page of the site. The bodies of SOPs and handbook pages are
 * scanned for Markdown links and images (`[text](/sops/SOP-CS-002/)`, `![alt](…)`, reference
 * definitions `[id]: /path`) and HTML `<a href>` / `<img src>`. Links to content files
 * (`../policies/complaints.md`, `./team/`: ../content-files.ts) lead to the page made of the file;
 * other site-absolute targets (`/kpis/…`) and relative ones (`../SOP-CS-002`, resolved against the
 * document's own URL) are checked against the addresses the site generates (`../site-paths.ts`);
 * files under `public/` count too.
 * External links (any `scheme:`, `//host`) and in-page anchors (`#…`) are not checked. Code blocks
 * and inline code are skipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { CHINESE_PREFIX, isSitePath, PATHS, sitePaths } from '../site-paths.ts';
import { LinkSuggestions } from './link-suggestions.ts';
import { contentFileIndex, linkToFile, type ContentFileIndex } from '../content-files.ts';
import { runningScheme } from '../body/safety.ts';
import type { Rule } from './rule.ts';
import { findLinks } from '../text/markdown-links.ts';

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
    const check = (body: string, bodyLine: number, file: string, fromUrl: string) => {
      const found = findLinks(body).filter((l) => isCheckable(l.target));
      if (found.length === 0) return;
      paths ??= sitePaths(h);
      for (const link of found) {
        // A link to a content file (`../policies/complaints.md`, `./team/`) leads to its page.
        files ??= contentFileIndex(h);
        const toFile = linkToFile(link.target, file, files, h.rejected.pages);
        if (toFile?.kind === 'page') continue;
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
        if (isSitePath(path, paths) || inPublic(h, path)) continue;
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
    for (const sop of h.sops.values()) check(sop.body, sop.bodyLine, sop.origin.file, PATHS.sop(sop.id));
    for (const page of h.pages.values()) check(page.body, page.bodyLine, page.origin.file, PATHS.page(page.id));
    // Translations are shown in their own language's interface.
    const prefix = (lang: string) => (lang === 'zh-CN' ? CHINESE_PREFIX : '');
    for (const [id, byLang] of h.translations.sops) {
      for (const t of byLang.values()) check(t.body, t.bodyLine, t.origin.file, `${prefix(t.lang)}${PATHS.sop(id)}`);
    }
    for (const [id, byLang] of h.translations.pages) {
      for (const t of byLang.values()) check(t.body, t.bodyLine, t.origin.file, `${prefix(t.lang)}${PATHS.page(id)}`);
    }
  },
};

/** A file shipped as is from `public/` (images, PDFs). */
function inPublic(h: Pick<Handbook, 'root'>, path: string): boolean {
  if (path.endsWith('/')) return false;
  try {
    return existsSync(join(h.root, 'public', decodeURIComponent(path)));
  } catch {
    return false;
  }
}

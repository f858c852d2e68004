/**
 * The tree an import reads: a GitHub repository's docs, a GitHub wiki's clone, or a Hugo site
 * (a folder with `content/` and `static/` and a Hugo configuration). Every file is looked at and
 * put in one of three piles: Markdown pages (with their text), assets (images and attachments,
 * copied as they are) and files left out, each with the reason. Symbolic links are followed only
 * when they end inside the source; hidden entries (`.git`, `.DS_Store`) are skipped silently.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { insideRoot } from '../source/read-file.ts';
import { openFolder } from '../source/folders.ts';
import { decodeSourceText } from '../source/text-decoding.ts';
import { compareText } from '../order.ts';
import { ASSET_FILE, MARKDOWN_FILE } from './names.ts';

export interface SourceMarkdown {
  /** Path below the tree's Markdown root, forward slashes. */
  path: string;
  /** The text, or undefined when the file is not UTF-8 text (copied unchanged). */
  text: string | undefined;
  bytes: Uint8Array;
}

export interface SourceAsset {
  /** Path below the Markdown root (an asset next to the pages) or below `static/` (Hugo), forward slashes. */
  path: string;
  /** Where the file is on disk. */
  absolute: string;
  /** `static` for a Hugo static file (served at `/<path>`), `content` for a file next to the pages. */
  from: 'content' | 'static';
}

export interface LeftOut {
  /** Path below the source folder, forward slashes. */
  path: string;
  reason: 'not-markdown' | 'link-outside' | 'link-dangling' | 'unreadable' | 'wiki-special' | 'static-unused';
}

export interface SourceTree {
  shape: 'markdown' | 'hugo';
  /** The folder whose Markdown is imported, relative to the source (`content` for Hugo, `` otherwise). */
  markdownRoot: string;
  markdown: SourceMarkdown[];
  assets: SourceAsset[];
  leftOut: LeftOut[];
}

/** Why a folder that cannot be opened is left out. */
const FOLDER_LEFT_OUT = { unresolved: 'link-dangling', outside: 'link-outside', unreadable: 'unreadable' } as const;

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'config.yaml', 'config.json'];
/** A GitHub wiki's sidebar and footer: navigation the handbook makes itself. */
const WIKI_SPECIAL = /^_(Sidebar|Footer|Header)\.(md|markdown|mediawiki)$/i;

/** Whether `source` is a Hugo site: `content/` and a Hugo configuration file (or `static/`). */
export function isHugoSite(source: string): boolean {
  const dir = (name: string) => existsSync(join(source, name)) && statSync(join(source, name)).isDirectory();
  return dir('content') && (dir('static') || HUGO_CONFIGS.some((c) => existsSync(join(source, c))));
}

export function readSourceTree(source: string): SourceTree {
  const realSource = realpathSync(source);
  const hugo = isHugoSite(source);
  const tree: SourceTree = { shape: hugo ? 'hugo' : 'markdown', markdownRoot: hugo ? 'content' : '', markdown: [], assets: [], leftOut: [] };
  const visited = new Set<string>();
  /** Every file below `dir` (a path below the source), with links followed only inside it. */
  const walk = (dir: string, visit: (path: string, absolute: string) => void) => {
    const folder = openFolder(join(source, ...dir.split('/').filter(Boolean)), realSource, visited);
    if (!folder.ok) {
      if (folder.why !== 'visited') tree.leftOut.push({ path: dir, reason: FOLDER_LEFT_OUT[folder.why] });
      return;
    }
    const real = folder.real;
    for (const e of folder.entries) {
      const path = dir === '' ? e.name : `${dir}/${e.name}`;
      const absolute = join(real, e.name);
      let isDirectory = e.isDirectory();
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch {
          tree.leftOut.push({ path, reason: 'link-dangling' });
          continue;
        }
        if (!insideRoot(realSource, target)) {
          tree.leftOut.push({ path, reason: 'link-outside' });
          continue;
        }
        isDirectory = statSync(target).isDirectory();
      }
      if (isDirectory) walk(path, visit);
      else if (e.isFile() || e.isSymbolicLink()) visit(path, absolute);
      else tree.leftOut.push({ path, reason: 'unreadable' });
    }
  };
  const below = (root: string, path: string) => (root === '' ? path : path.slice(root.length + 1));
  const visitContent = (path: string, absolute: string) => {
    const rel = below(tree.markdownRoot, path);
    if (!hugo && WIKI_SPECIAL.test(rel)) tree.leftOut.push({ path, reason: 'wiki-special' });
    else if (MARKDOWN_FILE.test(rel)) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(absolute);
      } catch {
        tree.leftOut.push({ path, reason: 'unreadable' });
        return;
      }
      const decoded = decodeSourceText(bytes);
      tree.markdown.push({ path: rel, text: decoded.ok ? decoded.text : undefined, bytes });
    } else if (ASSET_FILE.test(rel)) tree.assets.push({ path: rel, absolute, from: 'content' });
    else tree.leftOut.push({ path, reason: 'not-markdown' });
  };
  if (hugo) {
    walk('content', visitContent);
    if (existsSync(join(source, 'static'))) {
      walk('static', (path, absolute) => {
        if (ASSET_FILE.test(path)) tree.assets.push({ path: below('static', path), absolute, from: 'static' });
        else tree.leftOut.push({ path, reason: 'not-markdown' });
      });
    }
    // The rest of a Hugo site (layouts, themes, configuration) is the site's machinery, not its content.
    for (const e of readdirSync(source, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
      if (e.name.startsWith('.') || e.name === 'content' || e.name === 'static' || e.name === 'node_modules') continue;
      tree.leftOut.push({ path: e.isDirectory() ? `${e.name}/` : e.name, reason: 'not-markdown' });
    }
  } else walk('', visitContent);
  return tree;
}

/**
 * The names imported files get in the handbook: the name they had, unless the check would refuse
 * it or links could not name it. Markdown extensions other than lower-case `.md`/`.mdx`
 * (`Guide.MD`, `notes.markdown`) become `.md` (the check reads only `.md` and `.mdx` in lower case:
 * `file/name-case`); spaces and the characters a link address cannot hold as written
 * (`# ? % " < > | * : \` and control characters) become `-`, as a GitHub wiki names the file of
 * "Page Name" `Page-Name.md`. Letters of any script stay (`中文/指南.md`).
 */
import { ASSET_EXTENSIONS } from '../model/sources.ts';

/** Markdown files, by extension (any case). */
export const MARKDOWN_FILE = /\.(md|mdx|markdown|mdown|mkdn|mkd|mdwn)$/i;

/** Files copied next to the pages: the images and attachments the handbook publishes next to them (model/sources.ts). */
export const ASSET_FILE = ASSET_EXTENSIONS;

/** Characters that become `-` in a file or folder name. */
const UNSAFE = /[\s#?%"<>|*:\\\u0000-\u001f\u007f]+/g;

/** The name a file or folder gets (one segment), `markdown` when it is a Markdown file. */
export function safeSegment(segment: string, markdown: boolean): string {
  let name = segment;
  if (markdown) name = name.replace(MARKDOWN_FILE, (m) => (m.toLowerCase() === '.mdx' ? '.mdx' : '.md'));
  name = name.replace(UNSAFE, '-').replace(/-{2,}/g, '-');
  // A name that would start with a dot is a hidden file the check never reads.
  if (name.startsWith('.')) name = `_${name.slice(1)}`;
  return name === '' || name === '-' ? '_' : name;
}

/** The path a source file gets (relative, forward slashes), before clashes are resolved. */
export function safePath(path: string, markdown: boolean): string {
  const parts = path.split('/');
  return parts.map((p, i) => safeSegment(p, markdown && i === parts.length - 1)).join('/');
}

/**
 * Unique target paths for `paths` (in order): a second file that would get a name already given
 * (`A b.md` and `A-b.md`) gets `-2` before its extension, a third `-3`, and so on. Names are
 * compared without case, since a handbook is checked out on case-insensitive disks too.
 */
export function uniquePaths(paths: readonly { path: string; markdown: boolean }[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  return paths.map(({ path, markdown }) => {
    const wanted = safePath(path, markdown);
    let candidate = wanted;
    const dot = wanted.lastIndexOf('.');
    const slash = wanted.lastIndexOf('/');
    const [stem, ext] = dot > slash ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

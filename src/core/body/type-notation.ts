/**
 * In a Markdown (`.md`) body, a tag that names no HTML element is text the author meant to show:
 * API and type notation (`{Array<Dispatcher>}`, `Promise<Buffer>`, `<T>`), a placeholder
 * (`<name>`). CommonMark reads it as raw HTML, which a browser hides (and the body check refuses as
 * an element a body may not use), so the wiki page would lose words. It is shown as written: its
 * `<` is escaped before the body is compiled. An HTML element a body may not use (`<script>`,
 * `<form>`, `<iframe>`) and a custom element (`<my-widget>`) are left to the body check, which
 * reports them; `.mdx` bodies are JSX, where `<Name>` is a component, and are not touched.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { applyEdits, unchanged, type AdaptedMarkup, type Edit } from './edits.ts';

/** Every element name of the HTML standard, including obsolete ones a browser still knows. */
const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br button ' +
    'canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset ' +
    'figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins ' +
    'isindex kbd keygen label legend li link listing main map mark marquee math menu menuitem meta meter multicol nav nextid nobr ' +
    'noembed noframes noscript object ol optgroup option output p param picture plaintext portal pre progress q rb rp rt rtc ruby ' +
    's samp script search section select slot small source spacer span strike strong style sub summary sup svg table tbody td ' +
    'template textarea tfoot th thead time title tr track tt u ul var video wbr xmp'
  ).split(' '),
);

/** One tag alone: `<Name>`, `</Name>` or `<Name/>`, without attributes. */
const BARE_TAG = /^<\/?([A-Za-z][A-Za-z0-9]*)\s*\/?>$/;

export function escapeTypeNotation(source: string): AdaptedMarkup {
  if (!source.includes('<')) return unchanged(source);
  const edits: Edit[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const name = BARE_TAG.exec(source.slice(start, end).trim())?.[1];
      if (name !== undefined && !HTML_ELEMENTS.has(name.toLowerCase())) {
        const at = source.indexOf('<', start);
        edits.push({ start: at, end: at + 1, text: '\\<' });
      }
      return;
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(markdownToMdast(source, { features: { gfm: true } }) as MdastNode);
  return edits.length === 0 ? unchanged(source) : applyEdits(source, edits);
}

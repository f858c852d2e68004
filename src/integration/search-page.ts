/**
 * The part of a built page that Pagefind reads, handed to it instead of the whole page.
 *
 * A page with `data-pagefind-body` is indexed from that element only (its text, headings with ids
 * for sub-results, `data-pagefind-meta`, `-filter`, `-sort` and `-ignore` inside it), with the
 * page's `<html lang>` and `<title>`; Pagefind reads the rest of the page only for
 * `data-pagefind-*` attributes placed outside the body element, which our layout has none of.
 * Yet Pagefind's Node API sends every page whole to its process (as JSON, in base64) and parses
 * all of it: the site header with the navigation, the footer and the styles of the `<head>`, about
 * a tenth of an SOP page. `searchedPart` keeps the page's start up to its `<body>` tag (without
 * `<style>` elements), the layout's `<main id="main">` element, which holds every
 * `data-pagefind-body` element, and nothing after it.
 *
 * The cut is made only where it is safe by construction: the boundaries are those of the layout
 * (src/layouts/Base.astro), outside the content (the first `<main id="main"` and the last
 * `</main>`; text from content is escaped there, so a body cannot forge them), and when anything
 * that would be dropped holds `data-pagefind` the page is handed over whole. A test indexes the
 * sample's pages both ways and compares Pagefind's files byte for byte
 * (test/build/search-page.test.ts).
 */

/** The opening of the layout's main element (src/layouts/Base.astro). */
const MAIN_OPEN = '<main id="main"';
const MAIN_CLOSE = '</main>';
const MARK = 'data-pagefind';
const STYLE = /<style[\s>][\s\S]*?<\/style\s*>/gi;

/** The page as Pagefind needs it: `html` itself when it cannot be cut safely. */
export function searchedPart(html: string): string {
  const body = html.indexOf('<body');
  const bodyEnd = body < 0 ? -1 : html.indexOf('>', body) + 1;
  const main = html.indexOf(MAIN_OPEN);
  const mainEnd = html.lastIndexOf(MAIN_CLOSE);
  if (body < 0 || bodyEnd <= 0 || main < bodyEnd || mainEnd < main) return html;
  const start = html.slice(0, bodyEnd);
  // Between <body> and <main>: the skip link and the site header; after </main>: the footer.
  if (start.includes(MARK) || html.slice(bodyEnd, main).includes(MARK) || html.indexOf(MARK, mainEnd) >= 0) return html;
  return `${start.replace(STYLE, '')}${html.slice(main, mainEnd + MAIN_CLOSE.length)}</body></html>`;
}

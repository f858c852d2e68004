/**
 * The plain text of a line of Markdown, for titles: a page's `title` written for GitHub or Hugo
 * may carry Markdown (`**Policy** _v2_`, `` `code` ``, `[links](…)`), and a title is shown as text
 * everywhere (the page's heading, the browser's title, navigation, lists, search, breadcrumbs).
 * The title is made plain once, where it is read (the SOP, translation and page schemas, and a
 * page's first heading), with the same Markdown parser as the bodies: emphasis, code, links and
 * images (their alt text), strike-through and HTML tags give their text; escapes are undone.
 */
import { markdownToMdast, type MdastNode } from 'satteri';

/** Characters without which a line holds no inline Markdown. */
const MARKUP = /[*_`[\]<>&\\~!]/;

export function plainText(markdown: string): string {
  const line = markdown.replace(/\s*\n\s*/g, ' ').trim();
  if (!MARKUP.test(line)) return line;
  // Read as one paragraph: what would start a block (`# `, `- `, `1. `, `> `) is text in a title.
  const paragraph = line.replace(/^(#{1,6}(?=\s|$)|[-+*](?=\s)|>)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  let out = '';
  const visit = (node: MdastNode) => {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'image') out += node.alt ?? '';
    else if (node.type === 'break') out += ' ';
    else if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(markdownToMdast(paragraph, { features: { gfm: true, frontmatter: false } }) as MdastNode);
  const text = out.replace(/\s+/g, ' ').trim();
  return text === '' ? line : text;
}

/**
 * Hugo shortcodes and other template syntax (Liquid, Jinja, Go templates), as handbooks written
 * for Hugo or Jekyll carry them. A small documented set is rendered as its Markdown equivalent
 * before the body is compiled, in `.md` and `.mdx` alike (the check, the build and versions from
 * Git history: prepare.ts):
 *  - `notice`, `hint`, `alert`, `admonition`, `callout` and `note`, `tip`, `info`, `important`,
 *    `warning`, `caution`, `danger` (open and close tags each alone on their line) → the callout of
 *    a GitHub alert (alerts.ts), its kind from the name or the first argument (`{{< notice warning >}}`);
 *  - `details`, `expand`, `collapse` → `<details><summary>…</summary>…</details>`;
 *  - `figure` (alone on its line) → `<figure>` with the image and `<figcaption>`;
 *  - `ref`, `relref` → the path they name, so `[policy]({{< ref "policy.md#scope" >}})` is the file
 *    link `[policy](policy.md#scope)`, resolved and checked like any file link;
 *  - Jekyll's `{{ "/x.png" | relative_url }}` → the path; `{{ site.baseurl }}` in a link → nothing
 *    (the build puts the site's base in front of site addresses itself);
 *  - comments (`{{/* … *\/}}`, `{# … #}`, `{% comment %}…{% endcomment %}`) → nothing, and an
 *    escaped shortcode `{{</* x *\/>}}` → its text `{{< x >}}`; `{% raw %}…{% endraw %}` → the text
 *    between, as written.
 * Any other tag is replaced by a visible mark, "Not shown here: {{< youtube >}}" (the words filled
 * in by the page, body-words.ts), never by nothing and never as raw text, and is reported: the
 * check warns once per kind of tag with the number of pages and the first place
 * (`markdown/template-syntax`, src/core/rules/template-syntax.ts). A closing tag of such a pair is
 * dropped (the text between stays). Nothing of a tag's arguments reaches the output as HTML: text
 * is written as character references, addresses as Markdown links, which the safety plugin and the
 * link check then see. Code blocks, inline code and HTML comments are left as written.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { BODY_WORD_ATTRIBUTE, type CalloutType } from './body-words.ts';
import { applyEdits, unchanged, type AdaptedMarkup, type Edit } from './edits.ts';
import { lineIndexOf, lineStarts } from '../text/line-index.ts';

/** A template tag the handbook does not render, as the check reports it. */
export interface TemplateTag {
  /** How it is shown in messages, without its arguments: `{{< youtube >}}`, `{% include %}`, `{{ … }}`. */
  syntax: string;
  /** What writes such tags: Hugo shortcodes, Liquid/Jinja tags, template values. */
  family: 'shortcode' | 'tag' | 'value';
  /** 0-based offset in the body. */
  offset: number;
}

export interface AdaptedTemplates extends AdaptedMarkup {
  /** The tags shown as "not shown here" marks, in body order. */
  unsupported: TemplateTag[];
}

/** A template tag found in the text. */
interface Tag {
  start: number;
  end: number;
  /** `{{<`/`{{%` shortcodes, `{%` tags, `{{` values; comments; an escaped shortcode; a `{% raw %}` block. */
  kind: 'shortcode' | 'tag' | 'value' | 'comment' | 'escaped' | 'raw';
  /** The shortcode's or tag's name (`notice`, `include`), lower case; '' for values. */
  name: string;
  /** A closing shortcode (`{{< /notice >}}`). */
  closing: boolean;
  /** The arguments as written (a value's expression); the text shown for `escaped` and `raw`. */
  args: string;
  /** For shortcodes: `<` or `%`. */
  delimiter: string;
}

/** Shortcodes named after the kind of callout they make. */
const CALLOUT_NAMES: Record<string, CalloutType> = { note: 'note', info: 'note', tip: 'tip', important: 'important', warning: 'warning', caution: 'caution', danger: 'caution' };
/** Shortcodes that make a callout of the kind their first argument names. */
const CALLOUT_SHORTCODES = new Set(['notice', 'hint', 'alert', 'admonition', 'callout', ...Object.keys(CALLOUT_NAMES)]);
/** The kinds themes give their notices, and the callout each becomes. */
const CALLOUT_KINDS: Record<string, CalloutType> = {
  note: 'note', info: 'note', information: 'note', primary: 'note', secondary: 'note', default: 'note',
  tip: 'tip', success: 'tip', hint: 'tip',
  important: 'important',
  warning: 'warning', warn: 'warning', attention: 'warning',
  caution: 'caution', danger: 'caution', error: 'caution', alert: 'caution',
};
const DETAILS_SHORTCODES = new Set(['details', 'expand', 'collapse']);
const LINK_SHORTCODES = new Set(['ref', 'relref']);
/** Liquid/Jinja tags that continue or end the block another tag opened: reported with that one. */
const INNER_TAGS = /^(end\w*|else|elsif|elif|when|empty)$/;
/** Template values that stand for the site's own address: nothing in a link (the build puts the base in front). */
const SITE_ADDRESS = /^(site\.baseurl|site\.url|\.Site\.BaseURL|\.Site\.Home\.RelPermalink|base_url|config\.base_url)$/i;
/** Jekyll's `{{ "/assets/x.png" | relative_url }}`. */
const RELATIVE_URL = /^["']([^"'\n]+)["']\s*\|\s*(?:relative_url|absolute_url)$/;
/** A tag longer than this, or one with a blank line inside, is not a tag. */
const MAX_TAG = 2000;

export type BodyFormat = 'md' | 'mdx';

/** The text with the template syntax rendered or marked; the text itself when there is none. */
export function adaptTemplates(source: string, format: BodyFormat): AdaptedTemplates {
  const none = { ...unchanged(source), unsupported: [] };
  if (!/\{\{|\{%|\{#\s/.test(source)) return none;
  const tags = findTags(source, codeRanges(source, format));
  if (tags.length === 0) return none;
  const lines = lineStarts(source);
  const edits: Edit[] = [];
  const unsupported: TemplateTag[] = [];
  const handled = new Set<Tag>();

  // Block shortcodes: callouts and details (open and close tag each alone on its line), figures.
  const blocks: { open: Tag; close?: Tag; callout?: CalloutType }[] = [];
  tags.forEach((open, i) => {
    if (open.kind !== 'shortcode' || open.closing || !aloneOnLine(source, open)) return;
    if (open.name === 'figure') return void blocks.push({ open });
    const callout = CALLOUT_SHORTCODES.has(open.name);
    if (!callout && !DETAILS_SHORTCODES.has(open.name)) return;
    const close = matchingClose(tags, i);
    if (close && aloneOnLine(source, close)) blocks.push({ open, close, callout: callout ? calloutType(open) : undefined });
  });
  // The quotation marks each line gets from the callouts around it.
  const depth = new Map<number, number>();
  for (const b of blocks) {
    if (!b.callout) continue;
    for (let l = lineIndexOf(lines, b.open.start) + 1; l < lineIndexOf(lines, b.close!.start); l++) depth.set(l, (depth.get(l) ?? 0) + 1);
  }
  /** Lines that replace a tag alone on its line, continued with the line's indentation and quotation marks. */
  const replaceLine = (tag: Tag, texts: string[]) => {
    const line = lineIndexOf(lines, tag.start);
    const prefix = source.slice(lines[line]!, tag.start) + '> '.repeat(depth.get(line) ?? 0);
    edits.push({ start: tag.start, end: lineEnd(source, tag.end), text: texts.join(`\n${prefix}`), atStart: true });
    handled.add(tag);
  };
  for (const { open, close, callout } of blocks) {
    const args = parseArgs(open.args);
    if (callout) {
      const title = args.named.get('title') ?? args.positional[CALLOUT_NAMES[open.name] ? 0 : 1];
      replaceLine(open, title ? [`> [!${callout.toUpperCase()}]`, `> **${markdownText(title)}**`, '>'] : [`> [!${callout.toUpperCase()}]`]);
      replaceLine(close!, ['']);
    } else if (close) {
      const summary = args.named.get('summary') ?? args.named.get('title') ?? args.positional[0];
      const summaryElement = summary ? `<summary>${htmlText(summary)}</summary>` : `<summary ${BODY_WORD_ATTRIBUTE}="markup.details"></summary>`;
      replaceLine(open, [`<details${args.named.get('open') === 'true' ? ' open' : ''}>`, summaryElement, '']);
      replaceLine(close, ['', '</details>', '']);
    } else {
      const src = args.named.get('src') ?? args.positional[0];
      if (!src) continue;
      const title = args.named.get('title');
      const caption = args.named.get('caption') ?? title;
      const link = args.named.get('link');
      let image = `![${markdownText(args.named.get('alt') ?? caption ?? '')}](<${angleDestination(src)}>${title ? ` "${title.replace(/["\\\n]/g, ' ')}"` : ''})`;
      if (link) image = `[${image}](<${angleDestination(link)}>)`;
      replaceLine(open, ['<figure>', '', image, '', ...(caption ? [`<figcaption>${htmlText(caption)}</figcaption>`] : []), '</figure>', '']);
    }
  }
  // Quotation marks at the start of the lines inside callouts.
  for (const [line, n] of depth) {
    const start = lines[line]!;
    const lead = /^[ \t]*/.exec(source.slice(start, lineEnd(source, start)))![0].length;
    edits.push({ start: start + lead, end: start + lead, text: '> '.repeat(n) });
  }
  // Every other tag, where it stands.
  for (const tag of tags) {
    if (handled.has(tag)) continue;
    const text = inlineReplacement(source, tag, format, unsupported);
    if (text !== undefined) edits.push({ start: tag.start, end: tag.end, text, atStart: true });
  }
  return { ...applyEdits(source, edits), unsupported };
}

/** What a tag that is not a block becomes; reports the tags the handbook does not render. */
function inlineReplacement(source: string, tag: Tag, format: BodyFormat, unsupported: TemplateTag[]): string | undefined {
  if (tag.kind === 'comment') return '';
  if (tag.kind === 'escaped') return htmlText(tag.args);
  if (tag.kind === 'raw') return format === 'mdx' ? tag.args.replace(/[{}<]/g, '\\$&') : tag.args;
  const inAddress = inLinkDestination(source, tag.start) || insideHtmlTag(source, tag.start);
  if (tag.kind === 'shortcode' && !tag.closing && LINK_SHORTCODES.has(tag.name)) {
    const args = parseArgs(tag.args);
    const path = args.named.get('path') ?? args.positional[0];
    if (path !== undefined) return inAddress ? inlineDestination(path) : htmlText(path);
  }
  if (tag.kind === 'value') {
    const path = RELATIVE_URL.exec(tag.args)?.[1];
    if (path !== undefined) return inAddress ? inlineDestination(path) : htmlText(path);
    if (inAddress && SITE_ADDRESS.test(tag.args)) return '';
  }
  if (tag.closing || (tag.kind === 'tag' && INNER_TAGS.test(tag.name))) return '';
  const syntax = tag.kind === 'shortcode' ? `{{${tag.delimiter} ${tag.name} ${tag.delimiter === '<' ? '>' : '%'}}}` : tag.kind === 'tag' ? `{% ${tag.name} %}` : '{{ … }}';
  unsupported.push({ syntax, family: tag.kind === 'shortcode' ? 'shortcode' : tag.kind === 'tag' ? 'tag' : 'value', offset: tag.start });
  if (inAddress) return '';
  return `<span class="unsupported-markup"><span ${BODY_WORD_ATTRIBUTE}="markup.unsupported"></span> <code>${htmlText(syntax)}</code></span>`;
}

/** The template tags of the text outside `skip` (code), in order. */
function findTags(source: string, skip: readonly [number, number][]): Tag[] {
  const tags: Tag[] = [];
  const opening = /\{\{|\{%|\{#\s/g;
  let r = 0;
  for (let m = opening.exec(source); m; m = opening.exec(source)) {
    const at = m.index;
    while (r < skip.length && skip[r]![1] <= at) r++;
    if (r < skip.length && skip[r]![0] <= at) {
      opening.lastIndex = skip[r]![1];
      continue;
    }
    const tag = tagAt(source, at);
    if (tag) {
      tags.push(tag);
      opening.lastIndex = tag.end;
    } else opening.lastIndex = at + 2;
  }
  return tags;
}

/** The end of `close` searched from `from`, when the tag is short and holds no blank line. */
function endOf(source: string, from: number, close: string): number | undefined {
  const i = source.indexOf(close, from);
  if (i < 0 || i - from > MAX_TAG || /\n[ \t]*\n/.test(source.slice(from, i))) return undefined;
  return i + close.length;
}

function tagAt(source: string, at: number): Tag | undefined {
  const tag = (kind: Tag['kind'], end: number, name = '', args = '', closing = false, delimiter = ''): Tag => ({ start: at, end, kind, name, args, closing, delimiter });
  const two = source.slice(at, at + 3);
  if (two === '{{<' || two === '{{%') {
    const delimiter = two[2]!;
    const rest = source.slice(at + 3, at + 8).trimStart();
    if (rest.startsWith('/*')) {
      // An escaped shortcode, {{</* name */>}}: shown as written without the comment marks.
      const end = endOf(source, at + 3, `*/${delimiter === '<' ? '>' : '%'}}}`);
      if (end === undefined) return undefined;
      const inner = source.slice(at + 3, end - 3).trim().replace(/^\/\*/, '').replace(/\*\/$/, '').trim();
      return tag('escaped', end, '', `{{${delimiter} ${inner} ${delimiter === '<' ? '>' : '%'}}}`);
    }
    const end = endOf(source, at + 3, `${delimiter === '<' ? '>' : '%'}}}`);
    if (end === undefined) return undefined;
    let inner = source.slice(at + 3, end - 3).trim();
    const closing = inner.startsWith('/');
    inner = inner.replace(/^\//, '').replace(/\/$/, '').trim();
    const name = /^[\w./-]+/.exec(inner)?.[0];
    if (!name) return undefined;
    return tag('shortcode', end, name.toLowerCase(), inner.slice(name.length).trim(), closing, delimiter);
  }
  if (source.startsWith('{#', at)) {
    const end = endOf(source, at + 2, '#}');
    return end === undefined ? undefined : tag('comment', end);
  }
  if (source.startsWith('{%', at)) {
    const end = endOf(source, at + 2, '%}');
    if (end === undefined) return undefined;
    const inner = source.slice(at + 2, end - 2).replace(/^-/, '').replace(/-$/, '').trim();
    const name = /^\w+/.exec(inner)?.[0]?.toLowerCase();
    if (!name) return undefined;
    if (name === 'raw' || name === 'comment') {
      // The text up to {% endraw %} is shown as written; a comment is not shown.
      const close = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g');
      close.lastIndex = end;
      const m = close.exec(source);
      if (!m) return undefined;
      return name === 'raw' ? tag('raw', m.index + m[0].length, name, source.slice(end, m.index)) : tag('comment', m.index + m[0].length);
    }
    return tag('tag', end, name, inner.slice(name.length).trim());
  }
  // {{ value }}, {{- value -}}, and the comment {{/* … */}}.
  const end = endOf(source, at + 2, '}}');
  if (end === undefined) return undefined;
  const inner = source.slice(at + 2, end - 2).replace(/^-/, '').replace(/-$/, '').trim();
  if (inner.startsWith('/*') && inner.endsWith('*/')) return tag('comment', end);
  if (inner === '') return undefined;
  return tag('value', end, '', inner);
}

/** The closing tag of the shortcode opened at `tags[i]`, nested ones of the same name skipped. */
function matchingClose(tags: readonly Tag[], i: number): Tag | undefined {
  const name = tags[i]!.name;
  let depth = 0;
  for (let j = i + 1; j < tags.length; j++) {
    const t = tags[j]!;
    if (t.kind !== 'shortcode' || t.name !== name) continue;
    if (!t.closing) depth++;
    else if (depth-- === 0) return t;
  }
  return undefined;
}

function calloutType(open: Tag): CalloutType {
  const named = CALLOUT_NAMES[open.name];
  if (named) return named;
  const args = parseArgs(open.args);
  const kind = (args.named.get('type') ?? args.named.get('style') ?? args.named.get('theme') ?? args.positional[0] ?? '').toLowerCase();
  return CALLOUT_KINDS[kind] ?? 'note';
}

/** A shortcode's arguments: positional (`"Summary"`, `warning`) and named (`src="x.png"`). */
export function parseArgs(args: string): { positional: string[]; named: Map<string, string> } {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const m of args.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+))/g)) {
    const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? m[4] ?? m[5] ?? '');
    if (m[1]) named.set(m[1].toLowerCase(), value);
    else positional.push(value);
  }
  return { positional, named };
}

/** Fenced code and inline code (and, in `.md`, indented code), HTML comments and frontmatter: template syntax there is left alone. */
function codeRanges(source: string, format: BodyFormat): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (node: MdastNode) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      // MDX has no indented code: only fences are code there.
      if (node.type === 'inlineCode' || (node.type === 'code' && (format === 'md' || /^[ \t]*(`{3,}|~{3,})/.test(source.slice(start, end))))) return void ranges.push([start, end]);
      if (node.type === 'yaml' || node.type === 'toml') return void ranges.push([start, end]);
      if (node.type === 'html') {
        for (const c of source.slice(start, end).matchAll(/<!--[\s\S]*?-->/g)) ranges.push([start + c.index, start + c.index + c[0].length]);
        return;
      }
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(markdownToMdast(source, { features: { gfm: true } }) as MdastNode);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The offset of the end of the line holding `offset` (before its line break). */
function lineEnd(source: string, offset: number): number {
  const i = source.indexOf('\n', offset);
  const end = i < 0 ? source.length : i;
  return source[end - 1] === '\r' ? end - 1 : end;
}

/** Whether the tag is the only thing on its line (apart from indentation and spaces). */
function aloneOnLine(source: string, tag: Tag): boolean {
  const start = source.lastIndexOf('\n', tag.start - 1) + 1;
  return source.slice(start, tag.start).trim() === '' && source.slice(tag.end, lineEnd(source, tag.end)).trim() === '';
}

/** Whether the offset lies in a Markdown link's address (`[text](…` or `[id]: …`). */
function inLinkDestination(source: string, offset: number): boolean {
  const before = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
  return /\]\(\s*<?[^\s)>]*$/.test(before) || /^\s{0,3}\[[^\]]+\]:\s*<?[^\s>]*$/.test(before);
}

/** Whether the offset lies inside an HTML tag (an attribute's value). */
function insideHtmlTag(source: string, offset: number): boolean {
  const before = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
  const open = before.lastIndexOf('<');
  return open >= 0 && open > before.lastIndexOf('>') && /^<[a-z]/i.test(before.slice(open));
}

/** Text shown as it is, in Markdown and MDX: ASCII punctuation escaped with a backslash, lines joined. */
function markdownText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Text shown as it is inside HTML, in Markdown and MDX: ASCII punctuation as character references, lines joined. */
function htmlText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An address inside `<…>`: no angle brackets or line breaks. */
function angleDestination(url: string): string {
  return url.trim().replace(/[<>\n\r]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** An address written straight after `](`: no spaces, brackets or parentheses. */
function inlineDestination(url: string): string {
  return url.trim().replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * GitHub alerts, as GitHub writes them (and as wikis and handbooks written for GitHub carry them):
 * a blockquote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or
 * `[!CAUTION]` (in any case), alone on its line, followed by the alert's text. It becomes a
 * callout: `<div class="callout callout-note" role="note">`, opened by a label the page fills in
 * in the reader's interface language (body-words.ts), then the text. A blockquote that starts with
 * other text, or with the marker followed by text on the same line, stays a blockquote, as on
 * GitHub. The check and the build compile bodies with this plugin (compile.ts,
 * src/integration/body-processor.ts), in `.md` and `.mdx` alike.
 */
import { defineHastPlugin, type HastNode } from 'satteri';
import { BODY_WORD_PROPERTY, CALLOUT_TYPES, type CalloutType } from './body-words.ts';

const MARKER = /^\[!([A-Za-z]+)\][ \t]*(?:\r?\n|$)/;

/**
 * The callout type of a paragraph's first text, and the text after the marker line; undefined
 * when the text does not open with an alert marker alone on its line.
 */
export function alertMarker(text: string): { type: CalloutType; rest: string } | undefined {
  const m = MARKER.exec(text);
  const type = m?.[1]!.toLowerCase();
  if (!m || !(CALLOUT_TYPES as readonly string[]).includes(type!)) return undefined;
  return { type: type as CalloutType, rest: text.slice(m[0].length) };
}

type Element = Extract<HastNode, { type: 'element' }>;
type Child = Element['children'][number];

/** The callout's element around `children` (its label first). */
export function calloutElement(type: CalloutType, children: Child[]): Element {
  const label: Element = { type: 'element', tagName: 'p', properties: { className: ['callout-label'], [BODY_WORD_PROPERTY]: `callout.${type}` }, children: [] };
  return { type: 'element', tagName: 'div', properties: { className: ['callout', `callout-${type}`], role: 'note' }, children: [label, ...children] };
}

/** The callout a blockquote stands for, or undefined when it is a plain quotation. */
export function alertOf(blockquote: Readonly<Element>): Element | undefined {
  const first = blockquote.children.find((c) => c.type === 'element');
  if (!first || first.type !== 'element' || first.tagName !== 'p') return undefined;
  const text = first.children[0];
  if (!text || text.type !== 'text') return undefined;
  const marker = alertMarker(text.value);
  if (!marker) return undefined;
  const rest: Child[] = marker.rest === '' ? first.children.slice(1) : [{ type: 'text', value: marker.rest }, ...first.children.slice(1)];
  const children: Child[] = [];
  for (const child of blockquote.children) {
    if (child !== first) children.push(child);
    else if (rest.length > 0) children.push({ ...first, children: rest });
  }
  // GitHub shows a marker without any text as the quotation it is.
  if (!children.some((c) => c.type !== 'text' || c.value.trim() !== '')) return undefined;
  return calloutElement(marker.type, children);
}

/** Turns GitHub alerts into callouts. */
export function githubAlertsPlugin() {
  return defineHastPlugin({
    name: 'sqms-github-alerts',
    element: {
      filter: ['blockquote'],
      visit(node, ctx) {
        const callout = alertOf(node);
        if (callout) ctx.replaceNode(node, callout);
      },
    },
  });
}

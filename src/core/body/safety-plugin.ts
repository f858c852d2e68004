/**
 * The Sätteri HTML-tree (hast) plugin that applies safety.ts to a compiled body, in the check and
 * in the build alike. It sees what the compiler made of the body: Markdown links and images as
 * `<a>`/`<img>`, HTML (in `.md`) as elements or raw HTML, and MDX's JSX elements, `{…}`
 * expressions and `import`/`export` statements. Every finding is passed to `found` with its place
 * in the compiled text; with `sanitize` the node or attribute is also removed, so that a body
 * nobody checked (an old version from Git, a build run without the check) publishes nothing that
 * runs.
 */
import { defineHastPlugin, htmlToHast, type HastNode, type HastVisitorContext, type MdxJsxAttributeUnion, type Point } from 'satteri';
import { attributeFinding, elementFinding, esmFinding, expressionFinding, type BodyFinding } from './safety.ts';

export interface SafetyOptions {
  /**
   * What is compiled. In MDX, HTML written by the author is JSX; the only elements are those
   * Markdown makes, of which only links and images carry addresses and only headings carry
   * attributes the author wrote (`## Scope {#scope}`), so only those are visited (each visit
   * crosses from the compiler to JavaScript: about a third of the check's time).
   */
  format: 'mdx' | 'markdown';
  /** Remove what is found (the build); without it the tree is left as it is (the check). */
  sanitize: boolean;
  /** Told about each finding, with its start in the compiled text when the compiler tracked it. */
  found?: (finding: BodyFinding, at: Point | undefined) => void;
}

type Attributes = readonly MdxJsxAttributeUnion[];

export function bodySafetyPlugin(options: SafetyOptions) {
  const { sanitize } = options;
  const report = (finding: BodyFinding, at: Point | undefined) => options.found?.(finding, at);

  /**
   * Whether the node lies inside an element that is removed as a whole (`<circle>` in `<svg>`):
   * what is in it is neither reported again nor changed (the compiler would drop the change).
   */
  const insideRemoved = (node: Readonly<HastNode>, ctx: HastVisitorContext): boolean => {
    for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent as HastNode)) {
      if (parent.type === 'element' && elementFinding(parent.tagName, parent.properties ?? {})) return true;
      if ((parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') && parent.name !== null && elementFinding(parent.name, jsxTexts(parent.attributes))) return true;
    }
    return false;
  };

  /** Reports a finding about `node` (unless it is inside a removed element); says whether to act on it. */
  const found = (finding: BodyFinding, node: Readonly<HastNode>, ctx: HastVisitorContext): boolean => {
    if (insideRemoved(node, ctx)) return false;
    report(finding, node.position?.start);
    return sanitize;
  };

  const jsxElement = (node: Readonly<HastNode & { name: string | null; attributes: Attributes }>, ctx: HastVisitorContext): void => {
    if (node.name === null) return; // a fragment <>…</>
    const element = elementFinding(node.name, jsxTexts(node.attributes));
    if (element) {
      if (found(element, node, ctx)) ctx.removeNode(node);
      return;
    }
    const findings = node.attributes.map((a) =>
      a.type === 'mdxJsxExpressionAttribute'
        ? expressionFinding(a.value, 'attribute')
        : (attributeFinding(node.name!, a.name, a.value) ?? (a.value !== null && typeof a.value === 'object' ? expressionFinding(a.value.value, 'attribute') : undefined)),
    );
    if (findings.every((f) => f === undefined)) return;
    let act = false;
    for (const f of findings) if (f) act = found(f, node, ctx);
    if (act) ctx.replaceNode(node, { ...node, attributes: node.attributes.filter((_, i) => findings[i] === undefined) } as HastNode);
  };

  const expression = (node: Readonly<HastNode & { value: string }>, ctx: HastVisitorContext): void => {
    const finding = expressionFinding(node.value, 'text');
    if (finding && found(finding, node, ctx)) ctx.removeNode(node);
  };

  return defineHastPlugin({
    name: 'sqms-body-safety',
    // Places are read only to report them.
    options: { position: options.found !== undefined },
    element: {
      // Headings too: their attributes (`## Scope {#scope}`) may be written after them.
      filter: options.format === 'mdx' ? ['a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'] : [],
      visit(node, ctx) {
        const properties = node.properties ?? {};
        const element = elementFinding(node.tagName, properties);
        if (element) {
          if (found(element, node, ctx)) ctx.removeNode(node);
          return;
        }
        for (const [name, value] of Object.entries(properties)) {
          const finding = attributeFinding(node.tagName, name, value);
          if (finding && found(finding, node, ctx)) ctx.setProperty(node, name, null);
        }
      },
    },
    mdxJsxFlowElement: { filter: [], visit: jsxElement },
    mdxJsxTextElement: { filter: [], visit: jsxElement },
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxjsEsm(node, ctx) {
      // One node may hold several statements on consecutive lines: each is reported.
      if (insideRemoved(node, ctx)) return;
      const start = node.position?.start;
      node.value.split('\n').forEach((line, i) => {
        if (!/^\s*(import|export)\b/.test(line)) return;
        report(esmFinding(line), start ? { line: start.line + i, column: i === 0 ? start.column : 1, offset: undefined } : undefined);
      });
      if (sanitize) ctx.removeNode(node);
    },
    raw(node, ctx) {
      // HTML in Markdown kept as written (the check compiles `.md` this way to know where each
      // piece of HTML is; the build parses it into elements, seen above).
      const findings = rawHtmlFindings(node.value);
      for (const { finding, offset } of findings) report(finding, node.position ? advance(node.position.start, node.value, offset) : undefined);
      if (sanitize && findings.length > 0) ctx.removeNode(node);
    },
  });
}

/** The text values of JSX attributes, by name. */
function jsxTexts(attributes: Attributes): Record<string, string> {
  return Object.fromEntries(attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])));
}

/** Findings in a piece of HTML, each with the offset in it of the tag or attribute concerned. */
export function rawHtmlFindings(html: string): { finding: BodyFinding; offset: number }[] {
  const out: { finding: BodyFinding; offset: number }[] = [];
  const lower = html.toLowerCase();
  let from = 0;
  const locate = (needle: string) => {
    const i = lower.indexOf(needle.toLowerCase(), from);
    if (i < 0) return from;
    from = i;
    return i;
  };
  const walk = (node: HastNode) => {
    if (node.type === 'element') {
      const tag = locate(`<${node.tagName}`);
      const properties = node.properties ?? {};
      const element = elementFinding(node.tagName, properties);
      if (element) out.push({ finding: element, offset: tag });
      else {
        for (const [name, value] of Object.entries(properties)) {
          const finding = attributeFinding(node.tagName, name, value);
          if (finding) out.push({ finding, offset: locate(attributeName(name)) });
          from = tag;
        }
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as HastNode);
  };
  walk(htmlToHast(html, { fragment: true }) as HastNode);
  return out;
}

/** The HTML attribute name of a hast property name (`onClick` → `onclick`, `srcSet` → `srcset`). */
function attributeName(property: string): string {
  return property.toLowerCase();
}

/** The point `offset` characters after `start` in `text`. */
function advance(start: Point, text: string, offset: number): Point {
  let { line, column } = start;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset: start.offset === undefined ? undefined : start.offset + offset };
}

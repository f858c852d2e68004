/**
 * The check compiles every SOP and page body with the compiler the build uses (Sätteri, Astro's
 * Markdown and MDX engine, with the options Astro gives it and the handbook's processor:
 * src/integration/body-processor.ts) and reports, at their places in the file, what would stop the
 * build (a syntax error) and what would run code (safety.ts). A body the check accepts is one
 * the build compiles.
 */
import { markdownToHtml, mdxToJs, type Features, type Point } from 'satteri';
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { BodyFinding } from './safety.ts';
import { bodySafetyPlugin } from './safety-plugin.ts';
import { prepareBody } from './prepare.ts';
import { pointOf } from './edits.ts';
import type { TemplateTag } from './templates.ts';
import { markupPlugins } from './markup-plugins.ts';
import { anchorsPlugin, textAnchors } from './anchors.ts';

/**
 * Parser features of the build for MDX: Astro's defaults for Sätteri, and heading ids written
 * after a heading as Hugo, Pandoc and kramdown write them (`## Scope {#scope}`).
 */
export const MDX_FEATURES: Features = { gfm: true, smartPunctuation: true, headingAttributes: true };
/**
 * For Markdown, the handbook also has HTML parsed into elements (`rawHtml`), so that what the
 * build publishes is HTML it has read and cleaned, never a piece of text passed on as written.
 */
export const MARKDOWN_FEATURES: Features = { ...MDX_FEATURES, rawHtml: true };
/** The code-generation options @astrojs/mdx gives Sätteri. */
export const MDX_OUTPUT = { jsxImportSource: 'astro', elementAttributeNameCase: 'html' } as const;

export interface BodySource {
  /** The file, relative to the handbook root. */
  file: string;
  /** The body (the file's text after the frontmatter). */
  body: string;
  /** The line of the file on which the body starts. */
  bodyLine: number;
}

/** Whether the file is compiled as MDX (`.mdx`, any case) rather than Markdown. */
export function isMdx(file: string): boolean {
  return /\.mdx$/i.test(file);
}

/** What the check learns of a body while compiling it. */
export interface CompiledBody {
  /**
   * The ids a link's `#anchor` can name in the body as the build renders it (anchors.ts);
   * undefined when the body cannot be compiled.
   */
  anchors: ReadonlySet<string> | undefined;
  /** The template tags the body shows as "not shown here" marks (templates.ts), at their places in the file. */
  unsupported: (Omit<TemplateTag, 'offset'> & { line: number; column: number })[];
}

/** The unsupported template tags of a prepared body, at their places in the file. */
function placed(body: string, bodyLine: number, tags: readonly TemplateTag[]): CompiledBody['unsupported'] {
  return tags.map(({ offset, ...tag }) => {
    const p = pointOf(body, offset);
    return { ...tag, line: bodyLine + p.line - 1, column: p.column };
  });
}

/** Compiles one body as the build would, reports its syntax errors and unsafe content, and says what it holds. */
export function checkBody(source: BodySource, bag: DiagnosticBag): CompiledBody {
  return isMdx(source.file) ? checkMdx(source, bag) : checkMarkdown(source, bag);
}

/**
 * MDX is compiled as the build compiles it, the unsafe parts removed as they are found (an
 * `export` would otherwise be compiled, and fail, only to be removed by the build).
 */
function checkMdx({ file, body, bodyLine }: BodySource, bag: DiagnosticBag): CompiledBody {
  const adapted = prepareBody(body, 'mdx');
  const unsupported = placed(body, bodyLine, adapted.unsupported);
  const place = (line: number, column: number) => {
    const p = adapted.originalPoint(line, column);
    return { file, line: bodyLine + p.line - 1, column: p.column };
  };
  const findings: { finding: BodyFinding; at: Point | undefined }[] = [];
  const anchors = new Set<string>();
  try {
    mdxToJs(adapted.text, { ...MDX_OUTPUT, features: MDX_FEATURES, hastPlugins: [bodySafetyPlugin({ format: 'mdx', sanitize: true, found: (finding, at) => findings.push({ finding, at }) }), ...markupPlugins(), anchorsPlugin(anchors)] });
  } catch (error) {
    const { line, column, reason } = compileError(error);
    const p = place(line, column);
    bag.report('body/syntax', p, `The MDX body cannot be compiled: ${reason}.`, syntaxHint(reason));
    return { anchors: undefined, unsupported };
  }
  for (const { finding, at } of findings) bag.report(finding.code, at ? place(at.line, at.column) : { file, line: bodyLine, column: 1 }, finding.message, finding.hint);
  textAnchors(body, 'mdx', anchors);
  return { anchors, unsupported };
}

function checkMarkdown({ file, body, bodyLine }: BodySource, bag: DiagnosticBag): CompiledBody {
  const prepared = prepareBody(body, 'md');
  const place = (line: number, column: number) => {
    const p = prepared.originalPoint(line, column);
    return { file, line: bodyLine + p.line - 1, column: p.column };
  };
  const located: { finding: BodyFinding; at: Point | undefined }[] = [];
  const built: BodyFinding[] = [];
  const anchors = new Set<string>();
  // HTML kept as written, to know where each piece is…
  markdownToHtml(prepared.text, { features: { ...MARKDOWN_FEATURES, rawHtml: false }, hastPlugins: [bodySafetyPlugin({ format: 'markdown', sanitize: false, found: (finding, at) => located.push({ finding, at }) })] });
  // …and parsed as the build parses it (a tag may open in one piece and close in another).
  markdownToHtml(prepared.text, { features: MARKDOWN_FEATURES, hastPlugins: [bodySafetyPlugin({ format: 'markdown', sanitize: false, found: (finding) => built.push(finding) }), ...markupPlugins(), anchorsPlugin(anchors)] });
  textAnchors(body, 'markdown', anchors);
  const unmatched = [...located];
  for (const finding of built) {
    const i = unmatched.findIndex((l) => l.finding.code === finding.code && l.finding.subject === finding.subject);
    const at = i >= 0 ? unmatched.splice(i, 1)[0]!.at : undefined;
    bag.report(finding.code, at ? place(at.line, at.column) : { file, line: bodyLine, column: 1 }, finding.message, finding.hint);
  }
  return { anchors, unsupported: placed(body, bodyLine, prepared.unsupported) };
}

/** The place and reason of a compiler error (`3:1: Expected a closing tag for <Note> (3:1) (mdx-jsx:…)`). */
function compileError(error: unknown): { line: number; column: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const m = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\([a-z-]+:[a-z-]+\))?$/.exec(message.trim());
  if (!m) return { line: 1, column: 1, reason: message.trim().replace(/\.$/, '') };
  const reason = m[3]!.replace(/\s*\(\d+:\d+\)/g, '').replace(/\.$/, '');
  return { line: Number(m[1]), column: Number(m[2]), reason };
}

/** How to fix the common MDX syntax errors. */
function syntaxHint(reason: string): string {
  if (/create a comment in MDX/i.test(reason)) return 'End the comment with --> before the next blank line (an HTML comment is one paragraph), or write it as {/* … */}.';
  if (/closing tag/i.test(reason)) return 'Close the tag (<Tag>…</Tag>, or <br /> for an element without content), or write \\< to show a "<" as text.';
  if (/brace|expression/i.test(reason)) return 'MDX reads { and } as code: write \\{ and \\} to show braces as text.';
  if (/after `<`|before name|valid JSX tag/i.test(reason)) return 'MDX reads < as the start of a tag: write \\< (or &lt;) to show a "<" as text, as in "\\<5 minutes".';
  return 'Fix the MDX at this place. MDX reads < and { as the start of a tag or of code: write \\< and \\{ to show them as text.';
}

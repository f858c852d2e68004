/**
 * `.mdx` bodies that use nothing of MDX's own (no JSX or HTML, no `{…}` expressions, no
 * `import`/`export`: most SOPs and pages) rendered when the content is synced, into HTML that
 * Astro keeps in its content store with the entry (and reuses while the file's digest is
 * unchanged), instead of each becoming a module that Vite compiles and bundles in every build.
 *
 * The HTML must be the very HTML @astrojs/mdx gives, byte for byte, so the body is not handed to
 * a Markdown renderer (Sätteri's HTML writer differs from Astro's JSX rendering in escaping,
 * void elements, styles and empty attributes): it is compiled exactly as @astrojs/mdx compiles it
 * (the handbook's processor: prepareBody, MDX parser features, safety, markup and link plugins,
 * body-processor.ts; then Astro's own code highlighting and heading ids, in @astrojs/mdx's order)
 * into the MDX component's code, which is evaluated with Astro's JSX runtime and rendered with
 * Astro's own JSX renderer. The body is first judged by its text (src/core/body/mdx-syntax.ts);
 * what the compiler made of it is then checked too, and anything that needs the module path
 * (MDX syntax, an image Astro would import, a layout, a link whose text is only spaces: the
 * page's link component drops such text) gives `undefined`: that body goes to @astrojs/mdx.
 * The compiled code holds only the compiler's calls of the JSX runtime with the text and
 * attributes of the body as string literals; nothing of the body runs.
 */
import { mdxToJs, defineHastPlugin } from 'satteri';
import { satteriCollectImagesPlugin, satteriCreateHighlightFn, satteriHeadingIdsPlugin, satteriHighlightPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { renderJSX } from 'astro/runtime/server/jsx.js';
import { pathToFileURL } from 'node:url';
import { prepareBody } from '../core/body/prepare.ts';
import { mayUseMdxSyntax } from '../core/body/mdx-syntax.ts';
import { mdxPipeline } from './body-processor.ts';

/** The Markdown settings of Astro's resolved config that @astrojs/mdx extends and passes to the processor (`config.markdown`). */
export interface MarkdownSettings {
  syntaxHighlight: unknown;
  shikiConfig: unknown;
}

/** What the content store keeps of a rendered body (as Astro's `.md` entries have it). */
export interface RenderedBody {
  html: string;
  metadata: { headings: SatteriAstroData['headings']; localImagePaths: string[]; remoteImagePaths: string[]; imagePaths: string[]; frontmatter: Record<string, unknown> };
}

/** What the compiled body holds that only the module path renders, found while compiling it. */
interface Needs {
  mdx: boolean;
}

/** Notes MDX's own nodes (before the safety plugin removes unsafe ones) and links whose text is only white space. */
function mdxNodesPlugin(needs: Needs) {
  const mark = () => {
    needs.mdx = true;
  };
  return defineHastPlugin({
    name: 'sqms-plain-mdx',
    mdxJsxFlowElement: { filter: [], visit: mark },
    mdxJsxTextElement: { filter: [], visit: mark },
    mdxFlowExpression: mark,
    mdxTextExpression: mark,
    mdxjsEsm: mark,
    element: {
      filter: ['a'],
      visit(node, ctx) {
        // The pages render `a` with their link component (ContentLink.astro), which drops a slot of white space only.
        const text = ctx.textContent(node);
        if (text !== '' && text.trim() === '') needs.mdx = true;
      },
    },
  });
}

/**
 * The renderer of plain `.mdx` bodies for a config's Markdown settings: a function from the body
 * (as Astro's content entry gives it), its file and frontmatter to the rendered body, or
 * `undefined` when the body must go through @astrojs/mdx.
 */
export async function plainMdxRenderer(markdown: MarkdownSettings) {
  const { syntaxHighlight, shikiConfig } = markdown;
  const highlight = await satteriCreateHighlightFn(syntaxHighlight as never, shikiConfig as never);
  const excludeLangs = typeof syntaxHighlight === 'object' && syntaxHighlight !== null ? (syntaxHighlight as { excludeLangs?: string[] }).excludeLangs : undefined;

  return async function render(body: string, filePath: string, frontmatter: Record<string, unknown>): Promise<RenderedBody | undefined> {
    if (mayUseMdxSyntax(body) || frontmatter['layout'] !== undefined) return undefined;
    const prepared = prepareBody(body, 'mdx').text;
    if (prepared !== body && mayUseMdxSyntax(prepared)) return undefined;
    const pipeline = mdxPipeline();
    const needs: Needs = { mdx: false };
    const astro: SatteriAstroData = { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
    // @astrojs/mdx's order (create-processor.js): highlighting, the processor's plugins, images, heading ids.
    const hastPlugins = [mdxNodesPlugin(needs), ...(highlight ? [satteriHighlightPlugin(highlight, excludeLangs)] : []), ...pipeline.hastPlugins, satteriHeadingIdsPlugin()];
    const result = await mdxToJs(prepared, {
      mdastPlugins: [...pipeline.mdastPlugins, satteriCollectImagesPlugin()],
      hastPlugins,
      features: pipeline.features,
      fileURL: pathToFileURL(filePath),
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      outputFormat: 'function-body',
      data: { astro },
    } as never);
    const data = (result as { data: { astro?: SatteriAstroData } }).data.astro ?? astro;
    if (needs.mdx || data.localImagePaths.size > 0 || data.remoteImagePaths.size > 0) return undefined;
    const exports = new Function((result as { code: string }).code)({ Fragment, jsx, jsxs }) as { default: (props: unknown) => unknown };
    const vnode = exports.default({ components: { Fragment } });
    const html = String(await renderJSX({} as never, vnode));
    return { html, metadata: { headings: data.headings, localImagePaths: [], remoteImagePaths: [], imagePaths: [], frontmatter: data.frontmatter } };
  };
}

/**
 * The Markdown processor of the build (`markdown.processor` in astro.config.mjs, which @astrojs/mdx
 * uses for `.mdx` too): Sätteri, Astro's own, with the handbook's safety plugin in both pipelines,
 * so that `astro build` on its own publishes nothing that runs (src/core/body/safety.ts). HTML in
 * Markdown is parsed into elements and cleaned; MDX bodies first get their wiki markup adapted
 * (comments, `<br>`, autolinks: src/core/body/wiki-markup.ts), as the check compiles them
 * (src/core/body/compile.ts), so the check and the build accept the same bodies.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES, MDX_FEATURES } from '../core/body/compile.ts';
import { bodySafetyPlugin } from '../core/body/safety-plugin.ts';
import { adaptWikiMarkup } from '../core/body/wiki-markup.ts';

export function handbookMarkdown(): ReturnType<typeof satteri> {
  const markdown = satteri({ hastPlugins: [bodySafetyPlugin({ format: 'markdown', sanitize: true })], features: MARKDOWN_FEATURES });
  const mdx = satteri({ hastPlugins: [bodySafetyPlugin({ format: 'mdx', sanitize: true })], features: MDX_FEATURES });
  return {
    ...markdown,
    async createMdxRenderer(shared, options) {
      const renderer = await mdx.createMdxRenderer!(shared, options);
      return { ...renderer, process: (content, file, frontmatter) => renderer.process(adaptWikiMarkup(content).text, file, frontmatter) };
    },
  };
}

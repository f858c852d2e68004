/**
 * The Markdown processor of the build (`markdown.processor` in astro.config.mjs, which @astrojs/mdx
 * uses for `.mdx` too): Sätteri, Astro's own, with the handbook's safety plugin in both pipelines,
 * so that `astro build` on its own publishes nothing that runs (src/core/body/safety.ts). HTML in
 * Markdown is parsed into elements and cleaned; bodies are first prepared as the check prepares
 * them (src/core/body/prepare.ts: Hugo shortcodes and template tags rendered or marked, and in MDX
 * the wiki markup MDX rejects adapted: comments, `<br>`, autolinks) and compiled as the check
 * compiles them (src/core/body/compile.ts), so the check and the build accept the same bodies. Other tools'
 * markup is rendered as the check renders it (GitHub alerts: src/core/body/markup-plugins.ts). Links and images
 * are then taken to where they lead in the built site (content-links-plugin.ts), images next to the
 * content kept out of Astro's image pipeline (content-images-plugin.ts).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES, MDX_FEATURES } from '../core/body/compile.ts';
import { bodySafetyPlugin } from '../core/body/safety-plugin.ts';
import { prepareBody } from '../core/body/prepare.ts';
import { markupPlugins } from '../core/body/markup-plugins.ts';
import { contentLinksPlugin } from './content-links-plugin.ts';
import { contentImagesPlugin } from './content-images-plugin.ts';

/**
 * The plugins and parser features `.mdx` bodies are compiled with, by @astrojs/mdx and, for bodies
 * that use nothing of MDX's own, when the content is synced (plain-mdx.ts).
 */
export function mdxPipeline(links = contentLinksPlugin()) {
  return { mdastPlugins: [contentImagesPlugin()], hastPlugins: [bodySafetyPlugin({ format: 'mdx', sanitize: true }), ...markupPlugins(), links], features: MDX_FEATURES };
}

/**
 * The handbook's Markdown processor. Bodies hold no deployment base: their links are resolved, with
 * the base and the reader's language, when a page renders them (src/site/routes/content-links.ts).
 */
export function handbookMarkdown(): ReturnType<typeof satteri> {
  const links = contentLinksPlugin();
  const markdown = satteri({ mdastPlugins: [contentImagesPlugin()], hastPlugins: [bodySafetyPlugin({ format: 'markdown', sanitize: true }), ...markupPlugins(), links], features: MARKDOWN_FEATURES });
  const mdx = satteri(mdxPipeline(links));
  return {
    ...markdown,
    async createRenderer(shared) {
      const renderer = await markdown.createRenderer(shared);
      return { ...renderer, render: (content, options) => renderer.render(prepareBody(content, 'md').text, options) };
    },
    async createMdxRenderer(shared, options) {
      const renderer = await mdx.createMdxRenderer!(shared, options);
      return { ...renderer, process: (content, file, frontmatter) => renderer.process(prepareBody(content, 'mdx').text, file, frontmatter) };
    },
  };
}

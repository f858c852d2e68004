/**
 * Renders an `.mdx` file as the build renders it through @astrojs/mdx, outside a build: the
 * handbook's processor compiles it as @astrojs/mdx's Vite plugin does (its frontmatter parsed the
 * same way, Astro's default Markdown settings), @astrojs/mdx's post-processing adds the `Content`
 * export, and Astro's container renders it with the pages' link component (ContentLink.astro,
 * compiled by Astro's compiler), as `<Content components={{ a: ContentLink }} />` does on the
 * SOP and page templates. For comparing the bodies rendered when the content is synced
 * (src/integration/plain-mdx.ts) with what they replace.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from '@astrojs/compiler-rs';
import { transformSync } from 'esbuild';
import { init, parse } from 'es-module-lexer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxServer from '@astrojs/mdx/server.js';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
// Not exported by the package: the post-processing @astrojs/mdx's Vite plugin applies to every module.
import { annotateContentExport, injectMetadataExports, injectUnderscoreFragmentImport, transformContentExport } from '../../node_modules/@astrojs/mdx/dist/vite-plugin-mdx-postprocess.js';
import { handbookMarkdown } from '../../src/integration/body-processor.ts';

const project = new URL('../../', import.meta.url);

/** Astro's Markdown settings when astro.config.mjs sets none but the processor (as the handbook's). */
export const MARKDOWN_SETTINGS = { syntaxHighlight: markdownConfigDefaults.syntaxHighlight, shikiConfig: markdownConfigDefaults.shikiConfig };

/** The body and frontmatter of an `.mdx` file as Astro's content entry has them (trimmed) and as @astrojs/mdx compiles it. */
export function mdxFile(text: string): { entryBody: string; mdxBody: string; frontmatter: Record<string, unknown> } {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  return { entryBody: parseFrontmatter(text).content.trim(), mdxBody: content, frontmatter };
}

/** A renderer of `.mdx` files through @astrojs/mdx's path; `folder` (inside the project, so that `astro/…` resolves) keeps the compiled modules. */
export async function mdxModuleRenderer(folder: string) {
  mkdirSync(folder, { recursive: true });
  await init;
  const compiled = transform(readFileSync(new URL('src/components/ContentLink.astro', project), 'utf8'), {
    compact: true,
    filename: '/src/components/ContentLink.astro',
    normalizedFilename: '/src/components/ContentLink.astro',
    internalURL: 'astro/compiler-runtime',
    resultScopedSlot: true,
    sourcemap: 'inline',
  } as never);
  // The component's metadata is for Vite's module graph only.
  const linkCode = transformSync(compiled.code, { loader: 'ts', format: 'esm' })
    .code.replace(', createMetadata as $$createMetadata', '')
    .replace(/const \$\$metadata = [\s\S]*?\}\);\n/, '')
    .replace('  $$metadata,\n', '');
  const linkFile = join(folder, 'ContentLink.mjs');
  writeFileSync(linkFile, linkCode);
  const ContentLink = (await import(pathToFileURL(linkFile).href)).default;
  const shared = { ...MARKDOWN_SETTINGS, gfm: true, smartypants: true };
  const renderer = await handbookMarkdown().createMdxRenderer!(shared as never, { optimize: false, srcDir: new URL('src/', project), sourcemap: false } as never);
  const container = await AstroContainer.create();
  container.addServerRenderer({ renderer: mdxServer, name: 'astro:jsx' });
  let count = 0;

  return async function render(text: string, file: string): Promise<{ html: string; headings: unknown }> {
    const { mdxBody, frontmatter } = mdxFile(text);
    let { code } = await renderer.process(mdxBody, file, frontmatter);
    code = injectUnderscoreFragmentImport(code, parse(code)[0]);
    code = injectMetadataExports(code, parse(code)[1], { fileId: file, fileUrl: file });
    code = transformContentExport(code, parse(code)[1]);
    code = annotateContentExport(code, file, true, parse(code)[0]);
    const moduleFile = join(folder, `body-${++count}.mjs`);
    writeFileSync(moduleFile, code);
    const module = await import(pathToFileURL(moduleFile).href);
    const html = await container.renderToString(module.Content, { props: { components: { a: ContentLink } } } as never);
    return { html, headings: module.getHeadings() };
  };
}

// @ts-check
/**
 * The handbook's Astro configuration without the sqms integration, which runs the check and stops
 * the build on its errors. Used by test/build/bodies.test.ts and test/browser/unsafe-links.test.ts
 * to show that the build itself (the Markdown processor with the safety plugin) compiles what the
 * check accepts and publishes nothing that runs from a body nobody checked.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { handbookMarkdown } from '../../src/integration/body-processor.ts';

const project = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  // The handbook's folder is Astro's root, so that its `.astro/` folder (the content modules) is
  // its own and builds of other handbooks at the same time (the sample for the browser tests)
  // do not overwrite it; the site's code comes from the project (the test links node_modules).
  root: process.env.SQMS_ROOT ?? project,
  srcDir: `${project}/src`,
  publicDir: `${project}/public`,
  site: 'https://handbook.example.com',
  integrations: [mdx()],
  markdown: { processor: handbookMarkdown() },
  build: { format: 'directory' },
  ...(process.env.SQMS_CACHE_DIR ? { cacheDir: process.env.SQMS_CACHE_DIR } : {}),
});

// @ts-check
/**
 * The handbook's Astro configuration without the sqms integration, which runs the check and stops
 * the build on its errors. Used by test/build/bodies.test.ts to show that the build itself (the
 * Markdown processor with the safety plugin) publishes nothing that runs from a body nobody checked.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { handbookMarkdown } from '../../src/integration/body-processor.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  site: 'https://handbook.example.com',
  integrations: [mdx()],
  markdown: { processor: handbookMarkdown() },
  build: { format: 'directory' },
  ...(process.env.SQMS_CACHE_DIR ? { cacheDir: process.env.SQMS_CACHE_DIR } : {}),
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sqms } from './src/integration/sqms.ts';
import { handbookMarkdown } from './src/integration/body-processor.ts';
import { resolve } from 'node:path';
import { handbookRootSetting, setting } from './src/core/settings.ts';

const base = setting('SQMS_BASE');
const cacheDir = setting('SQMS_CACHE_DIR');

export default defineConfig({
  // The public URL of the handbook (used for canonical links and printed URLs).
  site: setting('SQMS_SITE') ?? 'https://handbook.example.com',
  // A folder below the site, e.g. `/handbook` for GitHub Pages of a project (set by the deploy workflow).
  ...(base ? { base } : {}),
  integrations: [sqms(), mdx()],
  // The handbook's own public/ (logos, files linked from the site's root), as the check reads it.
  publicDir: resolve(handbookRootSetting(), 'public'),
  // Sätteri, with the handbook's safety plugin: nothing in a body runs, even in `astro build` alone.
  // Links in bodies are marked for the page, which resolves them below the base (content-links-plugin.ts).
  markdown: { processor: handbookMarkdown() },
  // A few pages are rendered at a time, so that the main thread renders while earlier pages are
  // written to disk (about 15 % less time generating pages on the benchmark).
  build: { format: 'directory', concurrency: 4 },
  // Separate caches let tests and benchmarks build other handbooks side by side.
  ...(cacheDir ? { cacheDir } : {}),
  // Completion and hover help for SOP frontmatter in editors with the Astro extension
  // (with "astro.content-intellisense": true, set in .vscode/settings.json).
  // Incremental builds: a page whose `getStaticPaths` entry has a `cacheKey` is copied from the previous
  // build (kept in cacheDir: incremental-build.json and dist/) when its key, the code it is made from,
  // this config and the lock file are unchanged. Only pages whose key covers everything they show have
  // one (src/site/views/page-keys.ts); the others are always rendered. `npm run build -- --force`, or
  // removing the cache folder, builds everything again.
  experimental: { contentIntellisense: true, incrementalBuild: true },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry an Astro directive the bundler cannot keep at module level; it warns
        // once per MDX file (5,000 lines for 5,000 SOPs) and buries real messages. Harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

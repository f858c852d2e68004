// @ts-check
/**
 * The baseline of `npm run bench`: the smallest Astro site that renders the same MDX bodies as the
 * handbook (every SOP of SQMS_ROOT/content/sops), with nothing of the handbook's own: no model,
 * no validation, no navigation, no scorecards, no search index. The handbook's build is compared
 * with this one, built on the same machine from the same files.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://baseline.example.com',
  integrations: [mdx()],
  build: { format: 'directory' },
  ...(process.env.SQMS_CACHE_DIR ? { cacheDir: process.env.SQMS_CACHE_DIR } : {}),
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

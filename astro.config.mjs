// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sqms } from './src/integration/sqms.ts';

export default defineConfig({
  // The public URL of the handbook (used for canonical links and printed URLs).
  site: process.env.SQMS_SITE ?? 'https://handbook.example.com',
  integrations: [sqms(), mdx()],
  build: { format: 'directory' },
});

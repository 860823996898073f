// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { archiveIntegration } from './src/integrations/archive.ts';
import { readSiteSettings } from './src/integrations/siteSettings.ts';
import { normalizeMdx } from './src/integrations/normalizeMdx.ts';

const { url } = readSiteSettings();

export default defineConfig({
  site: url,
  trailingSlash: 'always',
  // Two pages at one URL must stop the build, not silently drop one.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [
    archiveIntegration(),
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
  ],
  vite: { plugins: [normalizeMdx(), tailwindcss()] },
});

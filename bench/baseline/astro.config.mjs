// @ts-check
/**
 * The plain Astro baseline of `npm run bench`: the shape of Astro's blog example (MDX posts in a
 * glob-loaded collection, one layout, one page per post, an index). It uses the project's own
 * astro and @astrojs/mdx; scripts/lib/bench/builds.ts sets the folders through the environment.
 */
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const cacheDir = process.env.BENCH_CACHE_DIR || 'node_modules/.astro';

export default defineConfig({
  site: 'https://bench.example.vn',
  outDir: process.env.BENCH_OUT_DIR || 'dist',
  cacheDir,
  // Vite's cache too goes into the cache folder, which the benchmark empties for a fresh build.
  vite: { cacheDir: path.join(cacheDir, 'vite') },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});

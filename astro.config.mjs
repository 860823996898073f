// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { archiveIntegration } from './src/integrations/archive.ts';
import { editorIntegration } from './src/integrations/editor.ts';
import { readArticleFacts, readSiteSettings } from './src/integrations/siteSettings.ts';
import { contentCacheDir, outDir } from './src/lib/shared/environment.ts';

const { url } = readSiteSettings();
const articles = readArticleFacts();

export default defineConfig({
  site: url,
  outDir: outDir(),
  cacheDir: contentCacheDir(),
  trailingSlash: 'always',
  // A renamed article's old URL keeps working (formerSlugs in its front matter).
  redirects: articles.redirects,
  // Two pages at one URL must stop the build, not silently drop one.
  prerenderConflictBehavior: 'error',
  // Pages are written four at a time: a link-preview card is painted and encoded on libuv's
  // threads while the next page renders, so a large archive's cards use every core (BENCHMARKS.md).
  build: { format: 'directory', concurrency: 4 },
  // A build renders only the pages whose data changed and restores the rest from Astro's cache
  // (src/lib/shared/pageReuse.ts gives each page its cacheKey).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: scripts only from this site, by hash, plus
  // WebAssembly and a worker for Pagefind. frame-ancestors cannot be set in a <meta>: public/_headers does it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Article bodies are rendered by the archive itself (src/lib/body/renderBody.ts), with no code
  // highlighting: news needs none, and Shiki's inline styles would need a CSP exception.
  markdown: { syntaxHighlight: false },
  // WebP at effort 0: measured on a 1600 px photo, 2-4 times faster to encode than sharp's
  // default effort (4) for a file within a few percent of its size (BENCHMARKS.md).
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { webp: { effort: 0 } } },
  },
  // The sitemaps are the archive's own endpoints (src/pages/sitemap-*.xml.ts): their image:image
  // entries name cover files that only the image pipeline knows, after this config has run.
  integrations: [archiveIntegration({ withAudio: articles.withAudio }), editorIntegration()],
  vite: {
    plugins: [tailwindcss()],
    // The benchmark's generated archives and the builds are not sources: watching them stalls
    // `npm run dev` for minutes while a benchmark runs.
    server: { watch: { ignored: ['**/bench/work/**', '**/dist/**', '**/dist.*/**'] } },
  },
});

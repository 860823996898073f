/**
 * The archive's integration: stops `astro dev` and `astro build` on any content error, with the
 * checker's messages; writes searchable pages first; renders only the pages whose data changed
 * since the previous build (pageReuse below); copies the recordings.
 */
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { audioPath } from '../lib/content/assets.ts';
import { buildTime } from '../lib/content/publication.ts';
import { loadContent, publishedArticlesWith } from '../lib/content/loadContent.ts';
import type { Entry } from '../lib/content/validateContent.ts';
import type { ArticleData } from '../schemas/article.ts';
import { readSiteSettings } from './siteSettings.ts';
import { contentPictures } from './contentPictures.ts';
import { searchableFirst } from '../lib/search/indexedText.ts';
import { formatReport, hasErrors } from '../lib/content/problems.ts';
import { withReads } from '../lib/shared/readTracking.ts';
import {
  pageFingerprint,
  pageTokens,
  publishedPageCells,
  readPageManifest,
  PAGE_MANIFEST_FILE,
  writePageManifest,
  type PageManifest,
  type PageRecord,
} from '../lib/shared/pageReuse.ts';
import { buildFingerprint } from './buildFingerprint.ts';
import {
  cachedOutputs,
  readIncrementalManifest,
  removeUnmade,
  startPrelink,
} from './prelinkOutputs.ts';
import { commandMessages } from '../i18n/messageLanguage.ts';
import {
  contentDir,
  buildNowSetting,
  setShowsUnpublished,
  contentChecked,
  freshBuild,
} from '../lib/shared/environment.ts';

/** What the build's process tells `npm run build` of its pages at the end. */
export type PagesReused = { pages: { rendered: number; reused: number } };
/**
 * What it tells before rendering: the HTML pages it will restore from the previous build, by
 * their path in the build folder, a batch at a time as their fingerprints are checked. The search
 * index takes them as unchanged from then on, and merges without waiting for Astro to restore
 * them one by one.
 */
export type PagesReusing = { reusing: string[] };

/**
 * Pages told in one batch: `npm run build` takes a batch in (a look at each page's previous copy)
 * while the next is checked here, instead of 29,000 at once once all are (0.8 s at 10,000
 * articles, on the way to the search index's merge).
 */
const REUSING_BATCH = 2000;

/** A path as Astro gives it and as a request for it reads: without its trailing slash. */
const pathKey = (pathname: string) => decodeURI(pathname).replace(/\/$/, '');

/**
 * Pages taken from the previous build (src/lib/shared/pageReuse.ts). The manifest lives in
 * Astro's cache folder beside the incremental cache it describes, and is removed once pages
 * start to be written: a build stopped halfway leaves none, and the next one renders everything.
 */
function pageReuse(cacheDir: URL) {
  const manifestFile = fileURLToPath(new URL(PAGE_MANIFEST_FILE, cacheDir));
  const build = buildFingerprint(process.cwd(), contentDir());
  let previous = new Map<string, PageRecord>();
  if (!freshBuild()) {
    try {
      previous = readPageManifest(
        JSON.parse(readFileSync(manifestFile, 'utf8')) as PageManifest,
        build,
      );
    } catch {
      // No manifest, or an unreadable one: nothing is reused.
    }
  }
  const next = new Map<string, PageRecord>();
  const keys = new Map<string, { pathname: string; key: string; token: string }>();
  let rendered = 0;
  // Read now: Astro writes this build's record over it once the pages are written.
  const previousOutputs = previous.size
    ? cachedOutputs(readIncrementalManifest(fileURLToPath(cacheDir)))
    : [];
  let prelinked: Promise<Map<string, number>> | undefined;
  return {
    /** Links the previous build's files into the build folder (prelinkOutputs.ts). */
    prelink(outDir: URL): void {
      if (!previousOutputs.length) return;
      prelinked = startPrelink(
        previousOutputs,
        fileURLToPath(new URL('dist/', cacheDir)),
        fileURLToPath(outDir),
      ).done;
    },
    /** Removes the linked files this build did not make; says how many. */
    async removeUnmade(outDir: URL): Promise<number> {
      const linked = await prelinked;
      if (!linked) return 0;
      const made = new Set(cachedOutputs(readIncrementalManifest(fileURLToPath(cacheDir))));
      return removeUnmade(linked, made, fileURLToPath(outDir).replace(/[\\/]$/, ''));
    },
    /**
     * Gives each path its token, Astro's cacheKey; remembers the reused pages' records. The
     * pages to render come first, otherwise in the same order: the search index, which knows
     * the reused ones unchanged, merges once the searchable ones among them are written.
     */
    tokens<P extends { pathname: string; cacheKey?: string }>(paths: P[]): P[] {
      rmSync(manifestFile, { force: true });
      const tokenOf = pageTokens(previous, publishedPageCells());
      const reusing: string[] = [];
      const toRender: P[] = [];
      const toRestore: P[] = [];
      for (const path of paths) {
        const key = path.cacheKey ?? '';
        const { token, reused } = tokenOf(path.pathname, key);
        if (reused) next.set(path.pathname, previous.get(path.pathname)!);
        // A page (build.format 'directory'), not an endpoint's file.
        if (reused && path.pathname.endsWith('/')) {
          reusing.push(`${decodeURI(path.pathname)}index.html`);
          if (reusing.length === REUSING_BATCH)
            process.send?.({ reusing: reusing.splice(0) } satisfies PagesReusing);
        }
        keys.set(pathKey(path.pathname), { pathname: path.pathname, key, token });
        (reused ? toRestore : toRender).push({ ...path, cacheKey: token });
      }
      process.send?.({ reusing } satisfies PagesReusing);
      return [...toRender, ...toRestore];
    },
    /** Renders one page, recording what it read. */
    async render<T>(request: Request, render: () => Promise<T>): Promise<T> {
      const { value, reads } = await withReads(render);
      const page = keys.get(pathKey(new URL(request.url).pathname));
      const cells = publishedPageCells();
      rendered++;
      if (page && cells) {
        next.set(page.pathname, {
          token: page.token,
          fingerprint: pageFingerprint(page.key, reads, cells),
          reads: [...reads],
        });
      }
      return value;
    },
    /** Writes the manifest for the next build; says how many pages were rendered and reused. */
    finish(): PagesReused['pages'] {
      const temporary = `${manifestFile}.writing`;
      writeFileSync(temporary, JSON.stringify(writePageManifest(build, next)));
      renameSync(temporary, manifestFile);
      return { rendered, reused: keys.size - rendered };
    },
  };
}

/**
 * The archive's integration: validates the content before Astro reads a file of it. `withAudio`
 * gives the articles with a recording published at a moment, as the config read them
 * (readArticleFacts); without it they are read at the end of the build.
 */
export function archiveIntegration({
  withAudio = (now) =>
    publishedArticlesWith(contentDir(), 'audio', now, readSiteSettings().timezone),
}: { withAudio?: (now: Date) => Entry<ArticleData>[] } = {}): AstroIntegration {
  let pictures: ReturnType<typeof contentPictures> | undefined;
  let reuse: ReturnType<typeof pageReuse> | undefined;
  let outDir: URL | undefined;
  return {
    name: 'story-archive',
    hooks: {
      'astro:config:setup': ({ logger, command, config }) => {
        setShowsUnpublished(command === 'dev');
        pictures = contentPictures(config.outDir);
        outDir = config.outDir;
        if (command === 'build') reuse = pageReuse(config.cacheDir);
        // Astro writes the image imports of the content into .astro/ once, shared by every
        // content folder, and rewrites the file only when an entry changed: after a build of
        // another CONTENT_DIR it would name that folder's pictures. Removed, it is written anew
        // from this folder's data store.
        rmSync(new URL('.astro/content-assets.mjs', config.root), { force: true });
        if (contentChecked()) return;
        // Astro's own arguments are not the checker's: the language comes from LANG here.
        const say = commandMessages([]);
        const { problems } = loadContent(contentDir(), process.cwd(), { say });
        if (problems.length) logger.warn(`\n${formatReport(problems, say)}`);
        if (hasErrors(problems)) throw new Error(say.report.devStopped);
      },
      // First of all plugins: Astro's own loader of pictures would read them otherwise.
      'astro:build:setup': ({ vite }) => {
        if (pictures) vite.plugins = [pictures.plugin, ...(vite.plugins ?? [])];
        // After Astro has emptied the build folder, while Vite bundles the pages.
        if (outDir) reuse?.prelink(outDir);
      },
      // Searchable pages first, so that `npm run build` can write the search index meanwhile.
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) => ({
          name: base.name,
          setup: base.setup?.bind(base),
          getStaticPaths: async () => {
            const paths = await base.getStaticPaths();
            return searchableFirst(reuse ? reuse.tokens(paths) : paths);
          },
          render: (request, options) =>
            reuse
              ? reuse.render(request, () => base.render(request, options))
              : base.render(request, options),
          collectStaticImages: base.collectStaticImages?.bind(base),
          teardown: base.teardown?.bind(base),
        }));
      },
      // Originals no page used go; recordings live next to their article, and published ones
      // are copied next to its page.
      'astro:build:done': async ({ dir }) => {
        await reuse?.removeUnmade(dir);
        pictures?.removeUnusedOriginals();
        const pages = reuse?.finish();
        if (pages) process.send?.({ pages } satisfies PagesReused);
        const { timezone } = readSiteSettings();
        const now = buildTime(buildNowSetting(), timezone);
        for (const article of withAudio(now)) {
          const audio = article.data.audio;
          if (!audio) continue;
          const target = path.join(fileURLToPath(dir), audioPath(article.id, audio.src));
          mkdirSync(path.dirname(target), { recursive: true });
          copyFileSync(path.resolve(path.dirname(article.file), audio.src), target);
        }
      },
    },
  };
}

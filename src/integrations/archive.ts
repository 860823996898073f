/** Stops `astro dev` and `astro build` on any content error, with the checker's messages. */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { audioPath } from '../lib/content/assets.ts';
import { buildTime } from '../lib/content/publication.ts';
import { loadContent, publishedArticlesWith } from '../lib/content/loadContent.ts';
import { readSiteSettings } from './siteSettings.ts';
import { contentPictures } from './contentPictures.ts';
import { searchableFirst } from '../lib/search/indexedText.ts';
import { formatReport, hasErrors } from '../lib/content/problems.ts';
import { commandMessages } from '../i18n/messageLanguage.ts';
import {
  contentDir,
  buildNowSetting,
  setShowsUnpublished,
  contentChecked,
} from '../lib/shared/environment.ts';

/** The archive's integration: validates the content before Astro reads a file of it. */
export function archiveIntegration(): AstroIntegration {
  let pictures: ReturnType<typeof contentPictures> | undefined;
  return {
    name: 'story-archive',
    hooks: {
      'astro:config:setup': ({ logger, command, config }) => {
        setShowsUnpublished(command === 'dev');
        pictures = contentPictures(config.outDir);
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
      },
      // Searchable pages first, so that `npm run build` can write the search index meanwhile.
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) => ({
          name: base.name,
          setup: base.setup?.bind(base),
          getStaticPaths: async () => searchableFirst(await base.getStaticPaths()),
          render: base.render.bind(base),
          collectStaticImages: base.collectStaticImages?.bind(base),
          teardown: base.teardown?.bind(base),
        }));
      },
      // Originals no page used go; recordings live next to their article, and published ones
      // are copied next to its page.
      'astro:build:done': ({ dir }) => {
        pictures?.removeUnusedOriginals();
        const { timezone } = readSiteSettings();
        const now = buildTime(buildNowSetting(), timezone);
        for (const article of publishedArticlesWith(contentDir(), 'audio', now, timezone)) {
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

/**
 * The browser editor at /admin/: served by `astro dev` (and so by `npm run cms`), written into
 * the build when content/site.yaml names the git host it saves to. Not an Astro page: Decap
 * needs a policy of its own (adminPolicy), and nothing of it belongs in the archive's pages,
 * sitemaps, search index or feeds.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { stringify } from 'yaml';
import { t } from '../i18n/vi.ts';
import { z } from 'zod';
import { archiveCards } from '../lib/body/drawComponents.ts';
import {
  ADMIN_PATH,
  adminHtml,
  type EditorCard,
  type EditorPageData,
} from '../lib/cms/adminPage.ts';
import { editorConfig, type EditorBackend } from '../lib/cms/editorConfig.ts';
import type { PartsTaken } from '../lib/cms/articleProblems.ts';
import {
  listCollectionFiles,
  readSourceFile,
  type CollectionName,
} from '../lib/content/sourceFiles.ts';
import { DistrictSchema, ModelSchema, PersonSchema } from '../schemas/index.ts';
import { publishedArticlesWith } from '../lib/content/loadContent.ts';
import { buildTime } from '../lib/content/publication.ts';
import { readSiteSettings } from './siteSettings.ts';
import { contentDir, buildNowSetting } from '../lib/shared/environment.ts';
import { once } from '../lib/shared/collections.ts';

/** Decap CMS as its package ships it, ready for the browser. */
const DECAP_DIST = path.dirname(
  createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'),
);
/** The files of Decap's bundle that the browser loads (no source maps). */
const DECAP_FILE = /^[\w-]+(?:\.decap-cms)?\.(?:js|wasm)$|^decap-cms\.js$/;
const ADMIN_SOURCES = fileURLToPath(new URL('../admin/', import.meta.url));
/** The site's stylesheet as `astro dev` serves it (compiled by Tailwind's Vite plugin). */
const DEV_STYLESHEET = '/src/styles/global.css?direct';

/** The editor's scripts, bundled for the browser from src/admin/. */
function script(name: 'setup' | 'editor'): string {
  const result = buildSync({
    entryPoints: [path.join(ADMIN_SOURCES, `${name}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  });
  return result.outputFiles[0].text;
}

/** The entries of one kind that its schema accepts, by id (the checker reports the others). */
function validEntries<Data>(dir: string, collection: CollectionName, schema: z.ZodType<Data>) {
  return new Map(
    listCollectionFiles(dir, collection).flatMap((file) => {
      const { id, path: filePath, data } = readSourceFile(file);
      const parsed = schema.safeParse(data);
      return parsed.success ? [[id, { id, file: filePath, data: parsed.data }] as const] : [];
    }),
  );
}

/** The cards of the content folder's models and people, as a body shows them, by name. */
function editorCards(dir: string): EditorPageData['cards'] {
  const maps = {
    modelById: validEntries(dir, 'models', ModelSchema),
    personById: validEntries(dir, 'people', PersonSchema),
    districtById: validEntries(dir, 'districts', DistrictSchema),
  };
  const lookup = archiveCards(maps);
  const cards = (collection: 'models' | 'people', ids: Iterable<string>): EditorCard[] =>
    [...ids]
      .map((id) => ({ id, ...lookup(collection, id)! }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return {
    models: cards('models', maps.modelById.keys()),
    people: cards('people', maps.personById.keys()),
  };
}

/** Articles as the parts check needs them: their file and front matter. */
type PartHolder = { file: string; data: unknown };

/** The part numbers each series has, by the id (articles/<id>.mdx) of the article holding it. */
function partsTaken(dir: string, holders: readonly PartHolder[]): PartsTaken {
  const parts: PartsTaken = {};
  const articles = path.join(dir, 'articles');
  for (const { file, data } of holders) {
    const { series, part } = (data ?? {}) as { series?: unknown; part?: unknown };
    if (typeof series !== 'string' || typeof part !== 'number') continue;
    const id = path
      .relative(articles, file)
      .replace(/\.mdx$/, '')
      .split(path.sep)
      .join('/');
    (parts[series] ??= {})[String(part)] = id;
  }
  return parts;
}

/**
 * The articles whose parts the editor knows: on this machine all of them, drafts too; in the
 * built site, which anyone can read, only the published ones (an unpublished article's name
 * stays unpublished; the pipeline's check finds a clash with it).
 */
function partHolders(dir: string, everything: boolean): PartHolder[] {
  if (everything)
    return listCollectionFiles(dir, 'articles').map((file) => ({
      file,
      data: readSourceFile(file).data,
    }));
  const { timezone } = readSiteSettings();
  return publishedArticlesWith(dir, 'series', buildTime(buildNowSetting(), timezone), timezone);
}

/** The site's stylesheet in a build, for the editor's preview (`<link>` of its home page). */
function builtStylesheet(dir: string): string | undefined {
  const home = path.join(dir, 'index.html');
  if (!existsSync(home)) return undefined;
  return /<link rel="stylesheet" href="([^"]+\.css)"/.exec(readFileSync(home, 'utf8'))?.[1];
}

/** Every file of the editor, by its path under /admin/, for a given backend and content path. */
function adminFiles(
  backend: EditorBackend,
  contentFolder: string,
  previewStyle: string | undefined,
): Map<string, string | Buffer> {
  const { url, timezone, dateline } = readSiteSettings();
  const config = editorConfig({ backend, contentFolder, siteUrl: url, timeZone: timezone });
  const files = new Map<string, string | Buffer>([
    [
      'index.html',
      adminHtml({
        title: t.editor.title,
        config,
        data: {
          timeZone: timezone,
          dateline,
          previewStyle,
          cards: editorCards(contentDir()),
          parts: partsTaken(contentDir(), partHolders(contentDir(), backend.backend === 'local')),
        },
      }),
    ],
    ['config.yml', stringify(config, { lineWidth: 0 })],
    ['huong-dan.html', readFileSync(path.join(ADMIN_SOURCES, 'huong-dan.html'))],
    ['setup.js', script('setup')],
    ['editor.js', script('editor')],
  ]);
  for (const [name, bytes] of decapFiles()) files.set(`decap/${name}`, bytes);
  return files;
}

/** Decap's own files (about 10 MB), read once: `npm run cms` serves the editor page often. */
const decapFiles = once(
  (): Map<string, Buffer> =>
    new Map(
      readdirSync(DECAP_DIST)
        .filter((file) => DECAP_FILE.test(file))
        .map((name) => [name, readFileSync(path.join(DECAP_DIST, name))]),
    ),
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The editor: local in `astro dev`, the configured git host in the build. */
export function editorIntegration(): AstroIntegration {
  return {
    name: 'story-archive:editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // The local server of `npm run cms` holds the content folder itself: paths from there.
        let files: Map<string, string | Buffer> | undefined;
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(ADMIN_PATH)) return next();
          const name = url.pathname.slice(ADMIN_PATH.length) || 'index.html';
          if (name === 'index.html' || !files)
            files = adminFiles({ backend: 'local' }, '', DEV_STYLESHEET);
          const body = files.get(name);
          if (body === undefined) return next();
          response.setHeader(
            'content-type',
            TYPES[path.extname(name)] ?? 'application/octet-stream',
          );
          response.end(body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const { editor } = readSiteSettings();
        if (!editor) return;
        const root = fileURLToPath(new URL('../../', import.meta.url));
        const contentFolder = path.relative(root, contentDir()).split(path.sep).join('/');
        if (contentFolder.startsWith('..')) {
          logger.warn(`no editor at ${ADMIN_PATH}: the content folder is outside the repository`);
          return;
        }
        const target = path.join(fileURLToPath(dir), ADMIN_PATH);
        const site = fileURLToPath(dir);
        for (const [name, body] of adminFiles(editor, contentFolder, builtStylesheet(site))) {
          const file = path.join(target, name);
          if (!existsSync(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, body);
        }
      },
    },
  };
}

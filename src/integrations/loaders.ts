/**
 * Content loaders that read YAML with the `yaml` package instead of Astro's js-yaml, which
 * turns "2024-02-30" into 1 March and reads a time without an offset as UTC, and that leave
 * plain article bodies out of Astro's MDX pipeline.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { rendersItself } from '../lib/articleBody.ts';
import {
  contentDir,
  listCollectionFiles,
  readSourceFile,
  type CollectionName,
  type SourceFile,
} from '../lib/contentFiles.ts';

/**
 * One entry per file of a collection folder, the id being the file name (in NFC), read again
 * whenever a file of the folder changes in `astro dev`. `extra` adds what an entry needs beyond
 * its data.
 */
function folderLoader(
  collection: CollectionName,
  extra: (source: SourceFile) => { deferredRender?: boolean } = () => ({}),
): Loader {
  return {
    name: `archive-${collection}`,
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const folder = path.join(contentDir(), collection);
      const sync = async () => {
        store.clear();
        for (const file of listCollectionFiles(contentDir(), collection)) {
          const source = readSourceFile(file);
          const id = source.id.normalize('NFC');
          const data = await parseData({
            id,
            data: source.data as Record<string, unknown>,
            filePath: file,
          });
          store.set({
            id,
            data,
            filePath: relativeTo(config.root, file),
            digest: generateDigest(JSON.stringify([source.data, source.body])),
            ...extra(source),
          });
        }
      };
      await sync();
      watcher?.add(folder);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(folder)) void sync();
      });
    },
  };
}

/** A data collection: one YAML file per entry. */
export function yamlLoader(collection: Exclude<CollectionName, 'articles'>): Loader {
  return folderLoader(collection);
}

/**
 * Articles. A plain body (see isPlainBody) is rendered by the archive itself, which reads it from
 * the file when the page is written: keeping 10,000 bodies in Astro's data store made it slow to
 * save and load. Any other body is left to Astro's MDX pipeline, a module of its own.
 */
export function articleLoader(): Loader {
  return folderLoader('articles', (source) => ({
    deferredRender: !rendersItself((source.body ?? '').normalize('NFC')),
  }));
}

/** The site settings as a one-entry collection, id "site". */
export function siteLoader(): Loader {
  return {
    name: 'archive-site',
    load: async ({ store, parseData, generateDigest, config }) => {
      const file = path.join(contentDir(), 'site.yaml');
      const source = readSourceFile(file);
      const data = await parseData({
        id: 'site',
        data: source.data as Record<string, unknown>,
        filePath: file,
      });
      store.set({
        id: 'site',
        data,
        filePath: relativeTo(config.root, file),
        digest: generateDigest(JSON.stringify(source.data)),
      });
    },
  };
}

/** Astro wants entry paths relative to the project root. */
function relativeTo(root: URL, file: string): string {
  return path.relative(fileURLToPath(root), file);
}

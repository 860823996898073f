/**
 * Content loaders that read YAML with the `yaml` package instead of Astro's js-yaml, which
 * turns "2024-02-30" into 1 March and reads a time without an offset as UTC, and that leave
 * article bodies out of Astro's MDX pipeline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { bodyImageSources } from '../lib/body/bodyRules.ts';
import {
  listCollectionFiles,
  readSourceFile,
  sourceId,
  type CollectionName,
  type SourceFile,
} from '../lib/content/sourceFiles.ts';
import { contentDir } from '../lib/shared/environment.ts';
import { buildFingerprint } from './buildFingerprint.ts';

/**
 * One entry per file of a collection folder, the id being the file name (in NFC), read again
 * whenever a file of the folder changes in `astro dev`. `extra` adds to an entry's data what the
 * build needs beyond the file's fields.
 */
function folderLoader(
  collection: CollectionName,
  extra: (source: SourceFile) => Record<string, unknown> = () => ({}),
): Loader {
  return {
    name: `archive-${collection}`,
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const folder = path.join(contentDir(), collection);
      // The code that parses entries is part of their digest: changed code parses them all again.
      const code = buildFingerprint(fileURLToPath(config.root), contentDir());
      const syncFile = async (file: string, id: string) => {
        const digest = generateDigest(`${code}\n${readFileSync(file, 'utf8')}`);
        // An unchanged file keeps its entry as parsed: reading and parsing every entry again
        // was most of the content sync of a rebuild (BENCHMARKS.md).
        if (store.get(id)?.digest === digest) return;
        const source = readSourceFile(file);
        const data = await parseData({
          id,
          data: { ...(source.data as Record<string, unknown>), ...extra(source) },
          filePath: file,
        });
        store.set({ id, data, filePath: relativeTo(config.root, file), digest });
      };
      /**
       * Reads the folder. A change seen while `astro dev` runs may catch a file half-written (the
       * editor saving it): that file keeps its entry until its next change, and the live
       * preview goes on. The first read, which a build relies on, stops on any error.
       */
      const sync = async (firstRead: boolean) => {
        const found = new Set<string>();
        for (const file of listCollectionFiles(contentDir(), collection)) {
          const id = sourceId(file).normalize('NFC');
          found.add(id);
          try {
            await syncFile(file, id);
          } catch (error) {
            if (firstRead) throw error;
            logger.warn(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        for (const id of store.keys()) if (!found.has(id)) store.delete(id);
      };
      await sync(true);
      watcher?.add(folder);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(folder)) void sync(false);
      });
    },
  };
}

/** A data collection: one YAML file per entry. */
export function yamlLoader(collection: Exclude<CollectionName, 'articles'>): Loader {
  return folderLoader(collection);
}

/**
 * Articles. Their bodies are rendered by the archive itself (renderBody.ts), which reads each
 * from its file when the page is written: keeping 10,000 bodies in Astro's data store made it
 * slow to save and load. The pictures a body shows go into the entry's data, so that Astro's
 * image pipeline processes them like covers.
 */
export function articleLoader(): Loader {
  return folderLoader('articles', (source) => ({
    bodyImages: bodyImageSources((source.body ?? '').normalize('NFC')),
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

/**
 * Content loaders that read YAML with the `yaml` package instead of Astro's js-yaml, which
 * turns "2024-02-30" into 1 March and reads a time without an offset as UTC.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import {
  contentDir,
  listCollectionFiles,
  readSourceFile,
  type CollectionName,
} from '../lib/contentFiles.ts';

/** A data collection: one YAML file per entry, the id being the file name. */
export function yamlLoader(collection: Exclude<CollectionName, 'articles'>): Loader {
  return {
    name: `archive-${collection}`,
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const dir = contentDir();
      const sync = async () => {
        store.clear();
        for (const file of listCollectionFiles(dir, collection)) {
          const source = readSourceFile(file);
          const data = await parseData({
            id: source.id,
            data: source.data as Record<string, unknown>,
            filePath: file,
          });
          store.set({
            id: source.id,
            data,
            filePath: relativeTo(config.root, file),
            digest: generateDigest(JSON.stringify(source.data)),
          });
        }
      };
      await sync();
      watcher?.add(path.join(dir, collection));
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(path.join(dir, collection))) void sync();
      });
    },
  };
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

/** Articles: Astro's glob loader (it compiles the MDX), with the front matter re-read by `yaml`. */
export function articleLoader(): Loader {
  const inner = glob({
    base: path.join(contentDir(), 'articles'),
    pattern: '**/*.mdx',
    generateId: ({ entry }) =>
      path
        .basename(entry)
        .replace(/\.mdx$/, '')
        .normalize('NFC'),
  });
  return {
    name: 'archive-articles',
    load: (context) =>
      inner.load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(props: {
          id: string;
          data: TData;
          filePath?: string;
        }) =>
          context.parseData<TData>({
            ...props,
            data: readSourceFile(props.filePath!).data as TData,
          }),
      }),
  };
}

/** Astro wants entry paths relative to the project root. */
function relativeTo(root: URL, file: string): string {
  return path.relative(fileURLToPath(root), file);
}
